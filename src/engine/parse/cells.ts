import type { CellValue } from "../grid/types";
import { isPercentFormat } from "./formats";
import { compactValueText, tidyNumber } from "./normalize";
import { readNumber } from "./number";

/** Money units a fund cell may carry, in 元. */
const MONEY_FACTORS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 百万元: 1e6, 亿元: 1e8 };
/** Units that leave a score, weight or amount as written: points, percent points of a weight. */
const PLAIN_UNITS = new Set(["分", "%", "百分比", "个百分点"]);
/** Rates at or below this are fractions (1.2 = 120%); above it they are percents written without % (86 = 86%). */
const RATE_FRACTION_LIMIT = 1.5;
/** "1 (=100%)": a fraction with its percent spelt out beside it. */
const RATE_GLOSS_RE = /^\(=?[+]?\d+(?:\.\d+)?%\)$/u;

/**
 * A score, weight or money cell → a number: 10, "10分", "7.84 分", "９０分", "1,000.5"; "620.82万元" is 620.82 in a
 * 万元 block, 6208200 in a 元 block, and as written (620.82) when the block unit is unknown; "10%" (a weight) is 10, and
 * so is 0.1 formatted as a percent (cells are read as shown).
 * Null for blank, dashes, "/", "无", any other text, errors and NaN/±Infinity. Never throws.
 */
export function parseNumberCell(cell: CellValue, ctx?: { numberFormat?: string | null; blockUnit?: "万元" | "元" }): number | null {
  try {
    // A cell formatted as a percent is read as shown, like the text "10%": 0.1 → 10.
    if (typeof cell === "number") return finiteOrNull(isPercentFormat(ctx?.numberFormat) ? tidyNumber(cell * 100) : cell);
    if (typeof cell !== "string") return null;
    const s = compactValueText(cell);
    const read = readNumber(s);
    if (!read) return null;
    const unit = s.slice(read.length);
    if (unit === "" || PLAIN_UNITS.has(unit)) return read.value;
    const factor = MONEY_FACTORS[unit];
    if (factor === undefined) return null;
    const block = ctx?.blockUnit ? MONEY_FACTORS[ctx.blockUnit] : undefined;
    return block === undefined ? read.value : finiteOrNull(tidyNumber((read.value * factor) / block));
  } catch {
    return null;
  }
}

/**
 * A 执行率 cell → a fraction: "78.43%" → 0.7843, 0.7843 → 0.7843 (whatever the format), 1 → 1, "100" or 86 → 0.86
 * (a bare number above 1.5 is a percent written without %), "1 (=100%)" → 1. Null for blank, dashes, negative
 * rates, text and errors. Never throws.
 */
export function parseRateCell(cell: CellValue, numberFormat?: string | null): number | null {
  void numberFormat; // A number cell holds the fraction whether or not it is formatted as a percent.
  try {
    if (typeof cell === "number") return rateFromNumber(cell);
    if (typeof cell !== "string") return null;
    const s = compactValueText(cell);
    const read = readNumber(s);
    if (!read) return null;
    const tail = s.slice(read.length);
    if (tail === "%") return nonNegative(tidyNumber(read.value / 100));
    if (tail === "" || RATE_GLOSS_RE.test(tail)) return rateFromNumber(read.value);
    return null;
  } catch {
    return null;
  }
}

function rateFromNumber(n: number): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  return n > RATE_FRACTION_LIMIT ? tidyNumber(n / 100) : n;
}

function nonNegative(n: number): number | null {
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function finiteOrNull(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}
