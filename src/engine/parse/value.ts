import { isCellError, type CellValue } from "../grid/types";
import { dayFromExcelSerial } from "./calendar";
import { comparatorFromColumn } from "./comparator";
import { MAY_BE_DATE_RE, readDate } from "./dates";
import { isDateFormat, isPercentFormat } from "./formats";
import { compactValueText, foldValueText, stripTrailingPunctuation, tidyNumber, tidyText } from "./normalize";
import { repairOcr } from "./ocr";
import { booleanTier, qualitativeTier } from "./qualitative";
import { readQuantity } from "./quantity";
import { readRange } from "./range";
import { MAY_BE_CHINESE_NUMERAL_RE } from "./chineseNumber";
import type { ParseContext, ParsedValue, Unit } from "./types";
import { PERCENT, lookupUnit } from "./units";

const HAS_DIGIT_RE = /\d/u;
const ERROR_TEXT_RE = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/u;
/** 9999-12-31, the last day Excel shows. */
const MAX_EXCEL_SERIAL = 2_958_465;
/** A unit column longer than this is a label that slipped in, not a unit. */
const MAX_UNIT_COLUMN = 12;

type NumberValue = Extract<ParsedValue, { kind: "number" }>;

/** A target or actual cell → a typed value (RULES.md §3). Never throws. */
export function parseValue(cell: CellValue, ctx?: ParseContext): ParsedValue {
  try {
    return withColumnComparator(parseCell(cell, ctx), ctx);
  } catch {
    return { kind: "text", text: safeText(cell) };
  }
}

function parseCell(cell: CellValue, ctx: ParseContext | undefined): ParsedValue {
  if (cell === null || cell === undefined) return { kind: "empty" };
  if (typeof cell === "boolean") return { kind: "qualitative", ...booleanTier(cell) };
  if (typeof cell === "number") return parseNumberValue(cell, ctx);
  if (isCellError(cell)) return { kind: "error", error: cell.error };
  if (typeof cell !== "string") return { kind: "text", text: safeText(cell) };
  return parseString(cell, ctx);
}

function parseNumberValue(n: number, ctx: ParseContext | undefined): ParsedValue {
  if (!Number.isFinite(n)) return { kind: "error", error: "#NUM!" };
  if (isDateFormat(ctx?.numberFormat) && n >= 1 && n <= MAX_EXCEL_SERIAL) {
    const day = dayFromExcelSerial(n);
    return { kind: "date", start: day, end: day, comparator: null };
  }
  if (isPercentFormat(ctx?.numberFormat)) {
    const percent = tidyNumber(n * 100);
    return Number.isFinite(percent) ? quantity(percent, PERCENT) : { kind: "error", error: "#NUM!" };
  }
  return quantity(n, unitFromColumn(ctx));
}

function parseString(raw: string, ctx: ParseContext | undefined): ParsedValue {
  const folded = foldValueText(raw);
  const text = stripTrailingPunctuation(folded);
  if (text === "") return { kind: "empty" };
  if (folded.startsWith("#") && ERROR_TEXT_RE.test(folded.toUpperCase())) return { kind: "error", error: folded.toUpperCase() };
  const compact = text.replace(/ /g, "");
  if (HAS_DIGIT_RE.test(compact)) {
    const number = readNumbers(compact, ctx);
    if (number) return number;
  }
  const tier = qualitativeTier(compact);
  if (tier) return { kind: "qualitative", text, tier };
  // Numbers in words ("两次", "百分之九十五") after the qualitative words, so "一般" stays a word.
  if (MAY_BE_CHINESE_NUMERAL_RE.test(compact)) {
    const read = readQuantity(compact);
    if (read) return { kind: "number", ...read, unit: read.unit ?? unitFromColumn(ctx) };
  }
  return { kind: "text", text };
}

/** Dates first ("2021.1.1-2021.12.31" is no number), then OCR repairs, then the quantity as written. */
function readNumbers(compact: string, ctx: ParseContext | undefined): ParsedValue | null {
  const date = MAY_BE_DATE_RE.test(compact) ? readDate(compact) : null;
  if (date) {
    const value: ParsedValue = { kind: "date", start: date.start, end: date.end, comparator: date.comparator };
    return date.yearUnknown ? { ...value, yearUnknown: true } : value;
  }
  const band = readRange(compact);
  if (band) return { kind: "range", low: band.low, high: band.high, unit: band.unit ?? unitFromColumn(ctx) };
  // OCR repairs come first: "290%" reads as a quantity as written, but a careful reader sees ≥90%.
  const repaired = repairOcr(compact);
  const fixed = repaired ? readQuantity(repaired.text) : null;
  if (fixed) return { kind: "number", ...fixed, unit: fixed.unit ?? unitFromColumn(ctx), ocrRepaired: true };
  const read = readQuantity(compact);
  return read ? { kind: "number", ...read, unit: read.unit ?? unitFromColumn(ctx) } : null;
}

function quantity(value: number, unit: Unit | null): NumberValue {
  return { kind: "number", value, unit, comparator: null, comparatorFrom: null };
}

/** The unit a separate unit column (度量单位) gives a bare number: "%", "%(百分比)", "万元". */
function unitFromColumn(ctx: ParseContext | undefined): Unit | null {
  const written = typeof ctx?.unitText === "string" ? compactValueText(ctx.unitText) : "";
  if (written === "" || written.length > MAX_UNIT_COLUMN) return null;
  return lookupUnit(written);
}

/** The comparator column (指标性质) applies when the cell wrote none; "定性" gives none. */
function withColumnComparator(value: ParsedValue, ctx: ParseContext | undefined): ParsedValue {
  if (value.kind !== "number" && value.kind !== "date") return value;
  if (value.comparator !== null || typeof ctx?.comparatorText !== "string") return value;
  const column = comparatorFromColumn(compactValueText(ctx.comparatorText));
  if (!column) return value;
  return value.kind === "number"
    ? { ...value, comparator: column.comparator, comparatorFrom: column.from }
    : { ...value, comparator: column.comparator };
}

function safeText(cell: unknown): string {
  try {
    return typeof cell === "string" ? tidyText(cell) : String(cell);
  } catch {
    return "";
  }
}
