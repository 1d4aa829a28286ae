import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { xlsxErrors } from "./errors";
import { isSameFile } from "./samePath";

/** Where a new workbook of ours may go: never over an input, never into something that is not a regular file. */
export async function refuseUnsafeTarget(outPath: string, inputs: readonly string[]): Promise<void> {
  if (inputs.some((p) => isSameFile(p, outPath))) throw xlsxErrors.writeRefused(outPath);
  const stat = await fs.stat(outPath).catch(() => null);
  if (stat && !stat.isFile()) throw xlsxErrors.notARegularTarget(outPath);
}

/** Writes bytes (or a workbook) to a path checked first; a failure becomes a write-failed XlsxError. */
export async function writeNewFile(
  outPath: string,
  content: string | Uint8Array | ExcelJS.Workbook,
  inputs: readonly string[],
): Promise<void> {
  await refuseUnsafeTarget(outPath, inputs);
  try {
    let data: string | Uint8Array;
    if (typeof content === "string" || content instanceof Uint8Array) data = content;
    else {
      const buffer = await content.xlsx.writeBuffer();
      data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
    }
    await fs.writeFile(outPath, data);
  } catch (e) {
    throw xlsxErrors.writeFailed(outPath, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
}
