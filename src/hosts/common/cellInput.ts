import type { CellValue } from "../../engine";

/** Error values Excel shows and accepts typed back in. */
export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** A cell as Office.js returns it (`values` + `valueTypes`) → the engine's CellValue. */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || valueType === "Empty") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** Text Excel would turn into something else when written through `values`: a number, date, boolean or formula. */
function wouldBeConverted(text: string): boolean {
  return (
    /^[=+\-@']/.test(text) ||
    /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i.test(text) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}/.test(text)
  );
}

/**
 * What to put in `range.values` so that the cell ends up holding exactly `value`: "" clears it (null would leave the
 * cell unchanged), and text Excel would convert keeps a leading apostrophe. Error literals go in as they are.
 */
export function excelInput(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (value === "" || ERROR_LITERALS.has(value)) return value;
  return wouldBeConverted(value) ? `'${value}` : value;
}
