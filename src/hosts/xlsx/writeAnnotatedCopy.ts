import { promises as fs } from "fs";
import type { Edit } from "../../engine";
import { applyEdits, type ApplyResult } from "./applyEdits";
import { xlsxErrors } from "./errors";
import { loadWorkbook } from "./readBytes";
import { readSourceBytes, type WorkbookSource } from "./readWorkbook";
import { isSameFile } from "./samePath";

export interface WriteOptions {
  /** Every input of the run: the copy may not land on any of them. The input itself is always protected when it is a path. */
  inputs?: readonly string[];
  /** Name used in error messages when the input is given as bytes. */
  file?: string;
}

/**
 * Re-opens the input with exceljs, applies the edits and writes the result to outPath. Everything the edits do not touch
 * stays as exceljs read it (values, formulas, styles, merges, widths). Never writes over an input: throws XlsxError.
 */
export async function writeAnnotatedCopy(input: WorkbookSource, edits: readonly Edit[], outPath: string, options: WriteOptions = {}): Promise<ApplyResult> {
  const protectedPaths = [...(options.inputs ?? []), ...(typeof input === "string" ? [input] : [])];
  if (protectedPaths.some((p) => isSameFile(p, outPath))) throw xlsxErrors.writeRefused(outPath);

  const file = options.file ?? (typeof input === "string" ? input : undefined);
  const wb = await loadWorkbook(await readSourceBytes(input), file);
  const result = applyEdits(wb, edits);
  let buffer: ArrayBuffer | Uint8Array;
  try {
    buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
    await fs.writeFile(outPath, buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
  } catch (e) {
    throw xlsxErrors.writeFailed(outPath, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  return result;
}
