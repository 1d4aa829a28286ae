import ExcelJS from "exceljs";
import type { LocalText, WorkbookGrid } from "../../engine";
import { loadLegacyWorkbook, readsAsLegacy } from "../legacy/loadLegacy";
import { completeForWriting } from "./afterLoad";
import { xlsxErrors, type XlsxError } from "./errors";
import { preparePackage } from "./package/preparePackage";
import { ownRecordSheet, readRecord } from "./recordSheet";
import { recordOfCustomParts } from "./package/recordParts";
import type { RecordRead } from "../../app/ownership/record";
import { cutNotice, DEFAULT_MAX_CELLS_PER_SHEET, sheetToGrid } from "./sheetGrid";

/** A sheet-level note from reading: a sheet cut short. Same shape as Report.notices. */
export interface ReadNotice {
  sheet: string;
  message: string;
  messages: LocalText;
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  notices: ReadNotice[];
  /** The add-in's record the workbook carries (WPS's record sheet, or an annotated copy's): its decisions. Untrusted. */
  record?: RecordRead;
}

export interface ReadOptions {
  /** Name used in error messages. */
  file?: string;
  lang?: "zh" | "en";
  maxCellsPerSheet?: number;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Why these bytes cannot be an .xlsx, judged by their first bytes; null when they may be one. */
export function sniffNotXlsx(bytes: Uint8Array, file?: string): XlsxError | null {
  if (bytes.length === 0) return xlsxErrors.empty(file);
  if (startsWith(bytes, CFB_SIGNATURE)) return xlsxErrors.legacyOrEncrypted(file);
  // "PK": a zip local header (PK\3\4), an empty archive (PK\5\6) or a spanned one (PK\7\8).
  if (!(bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2]))) return xlsxErrors.notZip(file);
  return null;
}

function shortDetail(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split("\n")[0].trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line || "unknown error";
}

/** Runs `work` with console.warn silenced: exceljs warns in English on the console ("… exceeds 31 chars") while it loads. */
async function withoutWarnings<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

/**
 * Loads .xlsx bytes with exceljs, or throws an XlsxError that says why not. The package is checked first (preparePackage:
 * size, duplicates, merged cells, a workbook part at all), so that what a file can cost exceljs is bounded.
 */
export async function loadWorkbook(bytes: Uint8Array, file?: string): Promise<ExcelJS.Workbook> {
  if (readsAsLegacy(bytes, file)) return loadLegacyWorkbook(bytes, file);
  const reason = sniffNotXlsx(bytes, file);
  if (reason) throw reason;
  const prepared = await preparePackage(bytes, file);
  const wb = new ExcelJS.Workbook();
  try {
    await withoutWarnings(() =>
      wb.xlsx.load(Buffer.from(prepared.buffer, prepared.byteOffset, prepared.byteLength) as unknown as ExcelJS.Buffer),
    );
  } catch (e) {
    throw xlsxErrors.corrupt(file, shortDetail(e));
  }
  completeForWriting(wb);
  return wb;
}

/**
 * The grid of every worksheet of a loaded workbook but the add-in's record sheet, a notice for each sheet read only
 * partly, and the record.
 */
export function workbookToGrid(wb: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookRead {
  const date1904 = Boolean(wb.properties?.date1904);
  const notices: ReadNotice[] = [];
  const grid: WorkbookGrid = { sheets: [] };
  const record = ownRecordSheet(wb);
  for (const ws of wb.worksheets) {
    if (ws === record) continue;
    const { grid: sheet, cut } = sheetToGrid(ws, date1904, options.maxCellsPerSheet ?? DEFAULT_MAX_CELLS_PER_SHEET);
    grid.sheets.push(sheet);
    if (cut) {
      const messages = cutNotice(cut);
      notices.push({ sheet: ws.name, messages, message: options.lang === "en" ? messages.en : messages.zh });
    }
  }
  return { grid, notices, record: readRecord(wb) };
}

/**
 * .xlsx bytes → grid + notices + the add-in's record: the Excel add-in's (a custom XML part) when the package has one,
 * else the record sheet's (WPS, an annotated copy). Works without a file system (for the browser).
 */
export async function readWorkbookBytes(bytes: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookRead> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const read = workbookToGrid(await loadWorkbook(view, options.file), options);
  const part = readsAsLegacy(view, options.file) ? { status: "none" as const } : await recordOfCustomParts(view);
  return part.status === "none" ? read : { ...read, record: part };
}
