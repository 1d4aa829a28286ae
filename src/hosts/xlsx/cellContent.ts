import ExcelJS from "exceljs";
import type { CellValue } from "../../engine";

export interface CellContent {
  value: CellValue;
  /** The formula with a leading "=", shared formulas translated to this cell; null when the cell holds none. */
  formula: string | null;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 to 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/**
 * A date as Excel stores it: the serial number (days since 1899-12-30, fraction = time of day), as Office.js hands dates
 * to the add-in. exceljs turns date-formatted numbers into UTC Dates; this turns them back, so both hosts agree.
 */
export function dateToSerial(d: Date, date1904: boolean): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  const serial = UNIX_EPOCH_SERIAL + t / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
  return Math.round(serial * 1e8) / 1e8;
}

type Loose = { [key: string]: unknown };

/** exceljs's value of a cell (or of a formula's result) as a host-neutral cell value. */
export function plainValue(raw: unknown, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (raw instanceof Date) return dateToSerial(raw, date1904);
  if (typeof raw !== "object") return null;
  const o = raw as Loose;
  if (Array.isArray(o.richText))
    return o.richText.map((run) => (typeof (run as Loose)?.text === "string" ? (run as Loose).text : "")).join("");
  if (typeof o.error === "string") return { error: o.error };
  if ("formula" in o || "sharedFormula" in o) return plainValue(o.result, date1904);
  if ("hyperlink" in o || "text" in o) return plainValue(o.text, date1904);
  return null;
}

/** What one exceljs cell holds. A merged cell other than its area's top-left holds nothing (the grid contract). */
export function cellContent(cell: ExcelJS.Cell, date1904: boolean): CellContent {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null, formula: null };
  if (cell.type === ExcelJS.ValueType.Formula) {
    const text = cell.formula;
    // Not cell.value: its copy of the formula drops a falsy result, so a formula whose result is 0, FALSE or "" would read as blank.
    return { value: plainValue(cell.result, date1904), formula: text ? `=${text.replace(/^=/, "")}` : null };
  }
  return { value: plainValue(cell.value, date1904), formula: null };
}
