import type { FakeCell, FakeScalar } from "./fakeModel";
import type { FakeSemantics } from "./fakeSemantics";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"]);

/** Days from Excel's epoch (1899-12-30) to an ISO-like date. */
function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What Excel makes of one element of `range.values` written to a cell, as far as the tests need: a leading
 * apostrophe keeps text (in a Text-formatted cell as `apostropheInTextCell` says), "=" starts a formula, numeric,
 * percent, boolean, date and error text is converted (unless the cell is formatted as text "@"), "" empties the cell.
 * Returns the cell fields to set.
 */
export function parseInput(
  input: unknown,
  cell: FakeCell,
  formulaValue: (formula: string) => FakeCell["value"],
  apostropheInTextCell: FakeSemantics["apostropheInTextCell"] = "prefix",
): Partial<FakeCell> | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : { error: "#NUM!" }, formula: null };
  if (typeof input === "boolean") return { value: input, formula: null };
  const text = String(input);
  if (text === "") return { value: null, formula: null };
  // Reading (g): a Text cell converts nothing, and may keep the apostrophe as a character.
  if (cell.numberFormat === "@" && apostropheInTextCell === "kept") return { value: text, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1) === "" ? null : text.slice(1), formula: null };
  if (cell.numberFormat === "@") return { value: text, formula: null };
  if (text.startsWith("=") && text.length > 1) return { formula: text, value: formulaValue(text) };
  if (ERRORS.has(text.toUpperCase())) return { value: { error: text.toUpperCase() }, formula: null };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toUpperCase() === "TRUE", formula: null };
  const num = /^\s*([-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?)\s*(%?)\s*$/i.exec(text);
  if (num) {
    const n = Number(num[1].replace(/,/g, ""));
    if (Number.isFinite(n)) {
      const value: FakeScalar = num[4] ? n / 100 : n;
      return num[4] && cell.numberFormat === "General" ? { value, formula: null, numberFormat: "0%" } : { value, formula: null };
    }
  }
  const date = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?\s*$/.exec(text);
  if (date) {
    const serial = dateSerial(Number(date[1]), Number(date[2]), Number(date[3] ?? 1));
    return cell.numberFormat === "General"
      ? { value: serial, formula: null, numberFormat: "yyyy-mm-dd" }
      : { value: serial, formula: null };
  }
  return { value: text, formula: null };
}

export function valueTypeOf(c: FakeCell): string {
  const v = c.value;
  if (v === null) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** The cell as `range.values` returns it: "" when empty, "#DIV/0!" for an error. */
export function valueOut(c: FakeCell): FakeScalar {
  const v = c.value;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}
