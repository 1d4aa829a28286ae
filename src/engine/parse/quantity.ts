import { readPrefixWordComparator, readSuffixWordComparator, readSymbolComparator, type ComparatorRead } from "./comparator";
import { readNumber } from "./number";
import type { Comparator, Unit } from "./types";
import { PERCENT, lookupUnit } from "./units";

export interface Quantity {
  value: number;
  unit: Unit | null;
  comparator: Comparator | null;
  comparatorFrom: "symbol" | "word" | null;
}

/** Words before the number that change nothing: "按合同10.5万元", "约300人", "共5套", "完成5套". */
const FILLER_RE = /^(?:按照合同|按合同|合同价|大约|约|共计|合计|累计|总计|共|计|完成|实际|实现|达)/u;
/** "每亩300", "每人每年75元": per-unit prefixes; the number is per that unit. */
const PER_RE = /^每([\u4e00-\u9fff]{1,3}?)(?=每|[+\-\d.])/u;
const PERCENT_WORD = "百分之";
/** Words after the unit that change nothing: "(含)", "左右", "完成". */
const TRAILING_FILLER_RE = /(?:\(含\)|含|左右|完成)$/u;
const MAX_PREFIXES = 6;

/**
 * Reads comparator + number + unit from compact folded text: "≥735人次", "不少于100人", "95%以上", "每亩300",
 * "按合同10.5万元", "≥100百分比". Null when anything else is written (a sentence with numbers in it is not a quantity).
 */
export function readQuantity(s: string): Quantity | null {
  let i = 0;
  let comparator: Comparator | null = null;
  let comparatorFrom: "symbol" | "word" | null = null;
  const per: string[] = [];
  let percentWord = false;
  for (let step = 0; step < MAX_PREFIXES; step++) {
    const rest = s.slice(i);
    const written: ComparatorRead | null = comparator ? null : readSymbolComparator(rest) ?? readPrefixWordComparator(rest);
    if (written) {
      comparator = written.comparator;
      comparatorFrom = written.from;
      i += written.length;
      continue;
    }
    const perUnit = PER_RE.exec(rest);
    if (perUnit) {
      per.push(perUnit[1]);
      i += perUnit[0].length;
      continue;
    }
    if (rest.startsWith(PERCENT_WORD)) {
      percentWord = true;
      i += PERCENT_WORD.length;
      continue;
    }
    const filler = FILLER_RE.exec(rest);
    if (filler) {
      i += filler[0].length;
      continue;
    }
    break;
  }
  const number = readNumber(s.slice(i));
  if (!number) return null;
  let tail = s.slice(i + number.length);
  for (let step = 0; step < 3 && tail !== ""; step++) {
    const filler = TRAILING_FILLER_RE.exec(tail);
    if (filler) {
      tail = tail.slice(0, tail.length - filler[0].length);
      continue;
    }
    const suffix = readSuffixWordComparator(tail);
    if (!suffix) break;
    tail = tail.slice(0, tail.length - suffix.length);
    if (!comparator) {
      comparator = suffix.comparator;
      comparatorFrom = suffix.from;
    }
  }
  let unit = tail === "" ? null : lookupUnit(tail);
  if (tail !== "" && !unit) return null;
  if (percentWord) {
    if (unit && unit.base !== "%") return null;
    unit = PERCENT;
  }
  if (per.length > 0) {
    unit = lookupUnit(`${unit?.text ?? ""}/${per.join("*")}`);
    if (!unit) return null;
  }
  return { value: number.value, unit, comparator, comparatorFrom };
}
