/**
 * Whether two rows give the same judgement: they agree on everything judgeRow reads (rowJudgement.ts). Compared field
 * by field, which on the first run of a check costs less than building a key for each row.
 */
import type { CellValue } from "../grid/types";
import type { IndicatorRow, Slot } from "../recognise/types";
import { isCellError } from "../grid/types";
import { textOf } from "./cells";

/**
 * The same value: texts by text, numbers by value (0 and -0 apart), error values by their text. Null when a value is
 * an object of no known type, which nothing compares with.
 */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean | null {
  const aObject = typeof a === "object" && a !== null;
  const bObject = typeof b === "object" && b !== null;
  if (!aObject && !bObject) return Object.is(a, b);
  if ((aObject && !isCellError(a)) || (bObject && !isCellError(b))) return null;
  return aObject && bObject && (a as { error: string }).error === (b as { error: string }).error;
}

/** Both absent, or the same value, number format and formula-or-not. */
export function sameSlot(a: Slot | null, b: Slot | null): boolean {
  if (a === null || b === null) return a === b;
  return sameValue(a.value, b.value) === true && a.numberFormat === b.numberFormat && !a.formula === !b.formula;
}

/** The name, 二级 and share; the target, actual and score cells; the unit and comparator texts. */
export function sameRowContent(a: IndicatorRow, aShare: number | null, b: IndicatorRow, bShare: number | null): boolean {
  return (
    a.name === b.name &&
    a.level2 === b.level2 &&
    Object.is(aShare, bShare) &&
    sameSlot(a.target, b.target) &&
    sameSlot(a.actual, b.actual) &&
    sameSlot(a.score, b.score) &&
    sameText(a.unit, b.unit) &&
    sameText(a.nature, b.nature)
  );
}

/** Cells that read as the same text (most unit and comparator columns are absent on both rows). */
const sameText = (a: Slot | null, b: Slot | null) => a === b || textOf(a) === textOf(b);

/** What readPair reads: the target and actual values and number formats, the unit and comparator texts. */
export function samePairContent(a: IndicatorRow, b: IndicatorRow): boolean {
  return (
    sameValue(a.target?.value ?? null, b.target?.value ?? null) === true &&
    sameValue(a.actual?.value ?? null, b.actual?.value ?? null) === true &&
    a.target?.numberFormat === b.target?.numberFormat &&
    a.actual?.numberFormat === b.actual?.numberFormat &&
    sameText(a.unit, b.unit) &&
    sameText(a.nature, b.nature)
  );
}

/** What the target is parsed from: its value and number format, the unit and comparator texts. */
export function sameTargetContent(a: IndicatorRow, b: IndicatorRow): boolean {
  return (
    sameValue(a.target?.value ?? null, b.target?.value ?? null) === true &&
    a.target?.numberFormat === b.target?.numberFormat &&
    sameText(a.unit, b.unit) &&
    sameText(a.nature, b.nature)
  );
}
