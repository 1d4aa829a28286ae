import { promises as fs } from "fs";
import type { WorkbookGrid } from "../../engine";
import { xlsxErrors } from "./errors";
import { readWorkbookBytes, type ReadOptions, type WorkbookRead } from "./readBytes";

export type WorkbookSource = string | Uint8Array | ArrayBuffer;

/** A file's bytes, or an XlsxError for a missing path or a folder. */
export async function readSourceBytes(source: WorkbookSource): Promise<Uint8Array> {
  if (typeof source !== "string") return source instanceof Uint8Array ? source : new Uint8Array(source);
  let stat;
  try {
    stat = await fs.stat(source);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ELOOP") throw xlsxErrors.linkLoop(source);
    if (code === "ENOENT" || code === "ENOTDIR") throw xlsxErrors.missing(source);
    throw xlsxErrors.unreadable(source, e instanceof Error ? e.message : String(e));
  }
  if (!stat.isFile()) throw xlsxErrors.notAFile(source);
  try {
    return await fs.readFile(source);
  } catch (e) {
    throw xlsxErrors.unreadable(source, e instanceof Error ? e.message : String(e));
  }
}

/** Reads an .xlsx (a path or its bytes): the grid of every sheet plus notices of sheets read only partly. */
export async function readWorkbook(source: WorkbookSource, options: ReadOptions = {}): Promise<WorkbookRead> {
  const file = options.file ?? (typeof source === "string" ? source : undefined);
  return readWorkbookBytes(await readSourceBytes(source), { ...options, file });
}

/** Reads an .xlsx into a grid (notices dropped; use readWorkbook to keep them). Throws XlsxError with zh/en messages. */
export async function readWorkbookGrid(source: WorkbookSource, options: ReadOptions = {}): Promise<WorkbookGrid> {
  return (await readWorkbook(source, options)).grid;
}
