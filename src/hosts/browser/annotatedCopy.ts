import type { Edit } from "../../engine";
import { applyEdits } from "../xlsx/applyEdits";
import { lostParts, type LostPart } from "../xlsx/lostParts";
import { loadWorkbook } from "../xlsx/readBytes";
import { addGridSheet } from "../xlsx/writeGridWorkbook";
import type { WrittenSheet } from "./protocol";
import type { RecordRead } from "../../app/ownership/record";
import { copyRecord, writeRecord } from "../xlsx/recordSheet";

export interface AnnotatedCopy {
  bytes: Uint8Array;
  applied: number;
  skipped: number;
  /** What the copy lacks of the opened file. */
  lost: LostPart[];
}

/**
 * The opened file's bytes with the session's changes: each sheet written whole (校验报告, 示例) replayed in order, then the
 * edits (values, notes added below the user's, our marks as conditional formats). Everything else stays as exceljs read
 * it, and what exceljs could not keep is named in `lost`. With `record`, the copy carries it in our record sheet, as
 * the command line's copy does. Runs without a file system (worker or page).
 */
export async function buildAnnotatedCopy(
  original: Uint8Array,
  edits: readonly Edit[],
  written: readonly WrittenSheet[],
  file?: string,
  record?: RecordRead,
): Promise<AnnotatedCopy> {
  const wb = await loadWorkbook(original, file);
  // The session's record (its decisions; the notes recorded again for the copy's own cells) replaces the opened file's.
  const own = record && copyRecord(wb, edits, record);
  for (const sheet of written) {
    const existing = wb.getWorksheet(sheet.name);
    if (existing && sheet.replace) wb.removeWorksheet(existing.id);
    const { values, numberFormats, merges, widths } = sheet.content;
    addGridSheet(wb, { grid: { name: sheet.name, originRow: 0, originCol: 0, values, numberFormats, merges }, columnWidths: widths });
  }
  // The edits carry every mark the workbench holds now, the filled ones too: they replace all of ours in the file.
  const result = applyEdits(wb, edits, true);
  if (own) writeRecord(wb, own);
  const out = await wb.xlsx.writeBuffer();
  const bytes = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  return { bytes, applied: result.applied, skipped: result.skipped.length, lost: await lostParts(original, bytes) };
}
