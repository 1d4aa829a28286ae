import { readNumber } from "./number";
import { readQuantity } from "./quantity";
import type { Unit } from "./types";
import { lookupUnit } from "./units";

export interface RangeRead {
  low: number;
  high: number;
  unit: Unit | null;
}

/** "90%-95%", "3-5天", "3至5天", "90%~95%之间": a number, a separator, a number; the unit after either or both. */
const DASHED_RE = /^([^\-~—–至到]*?)(?:——|--|-|~|—|–|至|到)(.+?)(?:之间)?$/u;
/** "≥90%且≤100%", "不低于90%,不高于100%": two bounds joined by 且 or a comma. */
const JOINED_RE = /^(.+?)(?:并且|且|,|、|;)(.+)$/u;

/**
 * A band written as a target (RULES.md §3): "90%-95%", "3-5天", "≥90%且≤100%", in compact folded text. Null unless
 * both bounds read as quantities in one unit with low ≤ high; dates ("2021.1.1-2021.12.31") are read before this.
 */
export function readRange(s: string): RangeRead | null {
  return joined(s) ?? dashed(s);
}

function dashed(s: string): RangeRead | null {
  const m = DASHED_RE.exec(s);
  if (!m) return null;
  const first = readNumber(m[1]);
  if (!first) return null;
  const firstUnitText = m[1].slice(first.length);
  const firstUnit = firstUnitText === "" ? null : lookupUnit(firstUnitText, false);
  if (firstUnitText !== "" && !firstUnit) return null;
  const second = readQuantity(m[2]);
  if (!second || second.comparator !== null || second.hedged) return null;
  return band(first.value, firstUnit, second.value, second.unit);
}

function joined(s: string): RangeRead | null {
  const m = JOINED_RE.exec(s);
  if (!m) return null;
  const a = readQuantity(m[1]);
  const b = readQuantity(m[2]);
  if (!a || !b || !a.comparator || !b.comparator) return null;
  const atLeast = (c: string) => c === ">=" || c === ">";
  const atMost = (c: string) => c === "<=" || c === "<";
  if (atLeast(a.comparator) && atMost(b.comparator)) return band(a.value, a.unit, b.value, b.unit);
  if (atMost(a.comparator) && atLeast(b.comparator)) return band(b.value, b.unit, a.value, a.unit);
  return null;
}

/** Both bounds in one unit: a unit written once applies to both; 万元 and 元 convert to the upper bound's unit. */
function band(low: number, lowUnit: Unit | null, high: number, highUnit: Unit | null): RangeRead | null {
  let lo = low;
  const unit = highUnit ?? lowUnit;
  if (lowUnit && highUnit && lowUnit !== highUnit) {
    if (lowUnit.base !== highUnit.base) return null;
    lo = (low * lowUnit.factor) / highUnit.factor;
  }
  if (!Number.isFinite(lo) || !(lo <= high)) return null;
  return { low: lo, high, unit };
}
