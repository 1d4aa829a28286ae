import { isCellError, type CellValue } from "../engine";

/** Decimal places a format asks for in its first number section ("0.00%" → 2, "#,##0" → 0); null when it names none. */
function decimalsOf(section: string): number | null {
  const plain = section.replace(/"[^"]*"/g, "");
  if (!/[0#]/.test(plain)) return null;
  const m = /\.([0#]+)/.exec(plain);
  return m ? m[1].length : 0;
}

const isDateFormat = (section: string) =>
  /(^|[^"\\])[ymdhs]/i.test(section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "")) && !/[0#]/.test(section);

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(n: number, decimals: number, thousands: boolean): string {
  const text = Math.abs(n).toFixed(decimals);
  const [whole, frac] = text.split(".");
  const body = (thousands ? group(whole) : whole) + (frac ? `.${frac}` : "");
  return n < 0 && Number(text) !== 0 ? `-${body}` : body;
}

/** A serial date (days since 1899-12-30) as yyyy-mm-dd, with the time when it has one. */
function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return String(serial);
  const date = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 16);
  return serial % 1 === 0 ? date : `${date} ${time}`;
}

/** General format: up to 11 significant digits, no trailing zeros, as Excel shows a number in a wide enough cell. */
function general(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9)
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .toUpperCase();
  return String(Number(n.toPrecision(11)));
}

/** A cell's value as the grid shows it: the number format's percent, decimals, thousands and dates; text as it is. */
export function displayText(value: CellValue, format: string | null | undefined): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return String(value);
  const section = (format ?? "").split(";")[0];
  if (!section || /^general$/i.test(section) || section === "@") return general(value);
  if (isDateFormat(section)) return serialDate(value);
  const decimals = decimalsOf(section);
  if (decimals === null) return general(value);
  const thousands = section.includes(",");
  if (section.includes("%")) return `${fixed(value * 100, decimals, thousands)}%`;
  return fixed(value, decimals, thousands);
}

/** Numbers sit right in their cell, as in Excel; text, booleans and errors left. */
export const alignsRight = (value: CellValue) => typeof value === "number";
