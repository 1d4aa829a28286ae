import { promises as fs } from "fs";
import type { Edit } from "../../engine";
import { applyEdits, type ApplyResult } from "./applyEdits";
import { xlsxErrors } from "./errors";
import { lostParts, type LostPart } from "./lostParts";
import { loadWorkbook } from "./readBytes";
import { readSourceBytes, type WorkbookSource } from "./readWorkbook";
import { isSameFile } from "./samePath";
import { copyRecord, readRecord, writeRecord } from "./recordSheet";
import { recordOfCustomParts } from "./package/recordParts";
import { readsAsLegacy } from "../legacy/loadLegacy";
import { replaceOpinionSheet } from "./writeOpinion";
import type { OpinionSheet } from "../../app/review/opinionSheet";

export interface WriteOptions {
  /** Every input of the run: the copy may not land on any of them. The input itself is always protected when it is a path. */
  inputs?: readonly string[];
  /** Name used in error messages when the input is given as bytes. */
  file?: string;
  /**
   * The 审核意见 sheet to add (replacing only a 审核意见 sheet an earlier copy got from us), built from the report and
   * the decisions the input carries (`record` of readWorkbook).
   */
  opinion?: OpinionSheet;
}

export interface CopyResult extends ApplyResult {
  /** What the copy lacks of the input (parts exceljs does not write back): empty when nothing. */
  lost: LostPart[];
  /** False when the copy carries no record: the input has a sheet of the record sheet's name that is not ours. */
  recorded: boolean;
}

/**
 * Re-opens the input with exceljs, applies the edits and writes the result to outPath. Everything the edits do not touch
 * stays as exceljs read it (values, formulas, styles, merges, widths); what exceljs drops (charts, macros, custom XML…)
 * is found by comparing the packages and returned in `lost`. Never writes over an input: throws XlsxError.
 */
export async function writeAnnotatedCopy(
  input: WorkbookSource,
  edits: readonly Edit[],
  outPath: string,
  options: WriteOptions = {},
): Promise<CopyResult> {
  const protectedPaths = [...(options.inputs ?? []), ...(typeof input === "string" ? [input] : [])];
  if (protectedPaths.some((p) => isSameFile(p, outPath))) throw xlsxErrors.writeRefused(outPath);

  const file = options.file ?? (typeof input === "string" ? input : undefined);
  const bytes = await readSourceBytes(input);
  const wb = await loadWorkbook(bytes, file);
  const part = readsAsLegacy(bytes, file) ? { status: "none" as const } : await recordOfCustomParts(bytes);
  const record = copyRecord(wb, edits, part.status === "none" ? readRecord(wb) : part);
  const result = applyEdits(wb, edits);
  const recorded = writeRecord(wb, record);
  if (options.opinion) replaceOpinionSheet(wb, options.opinion);
  let out: Uint8Array;
  try {
    const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
    out = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    await fs.writeFile(outPath, out);
  } catch (e) {
    throw xlsxErrors.writeFailed(outPath, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  // The Excel add-in's record part is not lost: the copy carries the record in its record sheet.
  const ours = recorded && "parts" in part ? (part.parts ?? 0) : 0;
  const lost = (await lostParts(bytes, out)).map((p) => (p.kind === "customXml" ? { ...p, count: p.count - ours } : p));
  return { ...result, recorded, lost: lost.filter((p) => p.count > 0) };
}
