import type ExcelJS from "exceljs";
import { xlsxErrors } from "../xlsx/errors";
import { scanBiff } from "./biffScan";
import { readLooks } from "./biffStyles";
import { contentKindOf } from "./contentKind";
import { isLegacyName } from "./formats";
import { legacyErrors } from "./errors";
import { DEFAULT_LEGACY_LIMITS, type LegacyLimits } from "./limits";
import { PARSE_OPTIONS, sheetjs, type WorkBook } from "./sheetjs";
import { BuildRefused, toExcelJs } from "./toExcelJs";

interface Entry {
  name: string;
  type: number;
  content?: ArrayLike<number>;
}

function shortDetail(e: unknown): string {
  const line = (e instanceof Error ? e.message : String(e)).split("\n")[0].trim();
  return line.length > 100 ? `${line.slice(0, 97)}…` : line || "unknown error";
}

const STREAM = 2;

/** The compound file's streams by lower-cased name; a container that cannot be opened is a damaged file. */
function streamsOf(bytes: Uint8Array, file: string | undefined): Map<string, Entry> {
  let entries: Entry[];
  try {
    entries = (sheetjs.CFB.read(bytes, { type: "array" }) as { FileIndex: Entry[] }).FileIndex;
  } catch (e) {
    throw legacyErrors.truncated(file, `OLE: ${shortDetail(e)}`);
  }
  const streams = new Map<string, Entry>();
  for (const entry of entries) if (entry?.type === STREAM && typeof entry.name === "string") streams.set(entry.name.toLowerCase(), entry);
  return streams;
}

/** The workbook stream of an .xls/.et, or the error that says what the compound file is instead. */
function workbookStream(streams: Map<string, Entry>, file: string | undefined): ArrayLike<number> {
  if (streams.has("encryptedpackage") || streams.has("encryptioninfo")) throw legacyErrors.encrypted(file);
  const stream = streams.get("workbook") ?? streams.get("book");
  if (stream?.content) return stream.content;
  if (streams.has("worddocument")) throw legacyErrors.notAWorkbook(file, "word");
  if (streams.has("powerpoint document")) throw legacyErrors.notAWorkbook(file, "powerpoint");
  throw legacyErrors.notAWorkbook(file, "compound");
}

/** Refuses, before anything is parsed, a file that is encrypted, cut short or beyond the limits. */
function vet(stream: ArrayLike<number>, file: string | undefined, limits: LegacyLimits): void {
  const scan = scanBiff(stream);
  if (scan.encrypted) throw legacyErrors.encrypted(file);
  if (scan.damage) throw legacyErrors.truncated(file, scan.damage);
  if (scan.sheets.length > limits.maxSheets) {
    throw legacyErrors.tooLarge(file, {
      zh: `${scan.sheets.length} 张工作表（上限 ${limits.maxSheets}）`,
      en: `${scan.sheets.length} sheets (at most ${limits.maxSheets})`,
    });
  }
  if (scan.cells > limits.maxCells) {
    throw legacyErrors.tooLarge(file, {
      zh: `${scan.cells} 个单元格（上限 ${limits.maxCells}）`,
      en: `${scan.cells} cells (at most ${limits.maxCells})`,
    });
  }
  const crowded = scan.sheets.findIndex((s) => s.merges > limits.maxMerges);
  if (crowded >= 0) {
    const n = scan.sheets[crowded].merges;
    throw legacyErrors.tooLarge(file, {
      zh: `第 ${crowded + 1} 张工作表有 ${n} 个合并区域（上限 ${limits.maxMerges}）`,
      en: `sheet ${crowded + 1} has ${n} merged areas (at most ${limits.maxMerges})`,
    });
  }
}

/**
 * An .xls (Excel 97–2003 or 5.0/95) or WPS .et/.ett as an exceljs workbook, read by SheetJS. The file is untrusted: its kind
 * is judged by its bytes, its records are counted before parsing, and every failure is an XlsxError with zh/en messages.
 */
export async function loadLegacyWorkbook(
  bytes: Uint8Array,
  file?: string,
  limits: LegacyLimits = DEFAULT_LEGACY_LIMITS,
): Promise<ExcelJS.Workbook> {
  const kind = contentKindOf(bytes);
  if (kind === "empty") throw xlsxErrors.empty(file);
  if (kind !== "compound") throw legacyErrors.notAWorkbook(file, kind);
  if (bytes.length > limits.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw legacyErrors.tooLarge(file, {
      zh: `${mb(bytes.length)} MB（上限 ${mb(limits.maxBytes)} MB）`,
      en: `${mb(bytes.length)} MB (at most ${mb(limits.maxBytes)} MB)`,
    });
  }
  const stream = workbookStream(streamsOf(bytes, file), file);
  vet(stream, file, limits);
  let book: WorkBook;
  // SheetJS writes "Missing Info for XLS Record …" to console.error for records it passes over (WPS writes some): they
  // would land on the command line's stderr and in the page's console. It parses synchronously, so the silence is brief.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    book = sheetjs.read(bytes, PARSE_OPTIONS);
  } catch (e) {
    if (/password|encrypt/i.test(shortDetail(e))) throw legacyErrors.encrypted(file);
    throw legacyErrors.truncated(file, shortDetail(e));
  } finally {
    console.error = consoleError;
  }
  try {
    return toExcelJs(book, limits, readLooks(stream));
  } catch (e) {
    if (e instanceof BuildRefused) throw legacyErrors.tooLarge(file, e.what);
    throw legacyErrors.truncated(file, shortDetail(e));
  }
}

/**
 * Whether bytes go to this reader rather than to exceljs: every compound file (an .xls or .et whatever its name, an
 * encrypted .xlsx, a .doc), a Word or PowerPoint zip, and anything but a zip under a legacy name. This reader then says what
 * the file is; an ordinary zip, or a non-zip named .xlsx, stays with the .xlsx reader and its messages.
 */
export function readsAsLegacy(bytes: Uint8Array, file?: string): boolean {
  const kind = contentKindOf(bytes);
  if (kind === "compound" || kind === "word-zip" || kind === "powerpoint-zip") return true;
  return kind !== "zip" && kind !== "empty" && file !== undefined && isLegacyName(file);
}
