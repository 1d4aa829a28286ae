/**
 * CSV as spreadsheets read it: a UTF-8 byte-order mark (without it Excel reads the file in the local code page and
 * garbles Chinese), CRLF line ends, and every text field safe to open (RFC 4180 quoting, no formula injection).
 */
export const UTF8_BOM = "\uFEFF";

/** Characters that make a spreadsheet treat a cell as a formula, plus tab and CR, which some readers strip first. */
const FORMULA_LEADERS = /^[=+\-@\t\r]/;

/**
 * One text field. Cell text is data: a leading formula character gets a ' so that no reader evaluates it, and a field
 * holding a quote, comma, semicolon, line break or edge space is quoted with its quotes doubled.
 */
export function csvField(text: string): string {
  const safe = FORMULA_LEADERS.test(text) ? `'${text}` : text;
  return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export type CsvValue = string | number | null;

/** A number is written as a number (so that it sorts as one); text goes through csvField; null is an empty field. */
function csvValue(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return csvField(value);
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvValue).join(",");
}

/** Whole CSV text: BOM, one line per row, CRLF after every line. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + rows.map(csvLine).join("\r\n") + "\r\n";
}
