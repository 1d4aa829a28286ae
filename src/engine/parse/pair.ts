import type { CellValue } from "../grid/types";
import { moveToYear, yearOfDay } from "./calendar";
import { tidyNumber } from "./normalize";
import type { ParseContext, ParsedPair, ParsedValue } from "./types";
import { MULTIPLIER_BASE } from "./units";
import { parseValue } from "./value";

type NumberValue = Extract<ParsedValue, { kind: "number" }>;
type RangeValue = Extract<ParsedValue, { kind: "range" }>;
type DateValue = Extract<ParsedValue, { kind: "date" }>;

/**
 * A target and its actual, parsed and brought to comparable units. The actual is parsed without the comparator
 * column (指标性质 describes the target), so actualHasComparator means the cell itself carries one, as a sign or a
 * word before the number; a hedge after it ("500人以上") is no copied comparator. Never throws.
 */
export function parsePair(
  target: CellValue,
  actual: CellValue,
  ctx?: { target?: ParseContext; actual?: ParseContext },
  /** The target already parsed with ctx.target (a workbook repeats its targets under many actuals). */
  parsedTarget: ParsedValue = parseValue(target, ctx?.target),
): ParsedPair {
  const t = parsedTarget;
  const actualCtx = ctx?.actual ? { ...ctx.actual, comparatorText: null } : undefined;
  const a = parseValue(actual, actualCtx);
  const pair: ParsedPair = {
    target: t,
    actual: a,
    actualUnitAssumed: false,
    unitMismatch: false,
    actualHasComparator: (a.kind === "number" && a.comparator !== null && !a.hedged) || (a.kind === "date" && a.comparator !== null),
  };
  try {
    const rawActual = typeof actual === "number" && !ctx?.actual?.numberFormat;
    if (t.kind === "number" && a.kind === "number") return alignNumbers(pair, t.unit, t.value, a, rawActual);
    if (t.kind === "range" && a.kind === "number") return alignNumbers(pair, t.unit, t.low, a, rawActual);
    if (t.kind === "date" && a.kind === "date") return { ...pair, ...alignYears(t, a) };
  } catch {
    // Alignment is a refinement: the parsed values stand on their own.
  }
  return pair;
}

/** The actual in the target's unit (`tu`; `tv` is the target's value, or a band's lower bound). */
function alignNumbers(
  pair: ParsedPair,
  tu: NumberValue["unit"] | RangeValue["unit"],
  tv: number,
  a: NumberValue,
  actualIsRawNumber: boolean,
): ParsedPair {
  const au = a.unit;
  if (!tu) return pair;
  if (!au) {
    if (tu.base === "%" && actualIsRawNumber && looksLikeLostPercentFormat(tv, a.value)) {
      return { ...pair, actual: { ...a, value: tidyNumber(a.value * 100), unit: tu }, actualUnitAssumed: true };
    }
    return { ...pair, actual: { ...a, unit: tu }, actualUnitAssumed: true };
  }
  if (au.base === MULTIPLIER_BASE || tu.base === MULTIPLIER_BASE || au.base === tu.base) {
    const converted = au.factor === tu.factor ? a.value : tidyNumber((a.value * au.factor) / tu.factor);
    if (!Number.isFinite(converted)) return pair;
    return { ...pair, actual: { ...a, value: converted, unit: tu }, actualUnitAssumed: au.base === MULTIPLIER_BASE };
  }
  return { ...pair, unitMismatch: true };
}

/** 0.95 in a cell that lost its % format next to a 95% target: the fraction is the percent / 100. */
function looksLikeLostPercentFormat(targetPercent: number, actual: number): boolean {
  return targetPercent >= 10 && actual > 0 && actual <= 1;
}

/** A date written without a year ("11月底完成") takes the year of the other side. */
function alignYears(t: DateValue, a: DateValue): { target: DateValue; actual: DateValue } {
  if (t.yearUnknown && !a.yearUnknown) return { target: inYear(t, yearOfDay(a.end)), actual: a };
  if (a.yearUnknown && !t.yearUnknown) return { target: t, actual: inYear(a, yearOfDay(t.end)) };
  return { target: t, actual: a };
}

function inYear(d: DateValue, year: number): DateValue {
  return { kind: "date", start: moveToYear(d.start, year), end: moveToYear(d.end, year), comparator: d.comparator };
}
