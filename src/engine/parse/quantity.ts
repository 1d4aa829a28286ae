import { readPrefixWordComparator, readSuffixWordComparator, readSymbolComparator, type ComparatorRead } from "./comparator";
import { readNumber, type NumberRead } from "./number";
import { readChineseNumber } from "./chineseNumber";
import type { Comparator, Unit } from "./types";
import { PERCENT, lookupUnit } from "./units";

export interface Quantity {
  value: number;
  unit: Unit | null;
  comparator: Comparator | null;
  comparatorFrom: "symbol" | "word" | null;
  /** Written with a hedge: 约, 左右, 余, 多, or a comparator word after the number (500人以上). Present only when true. */
  hedged?: true;
}

/** Words before the number that change nothing: "按合同10.5万元", "约300人", "共5套", "完成5套". */
const FILLER_RE = /^(?:按照合同|按合同|合同价|大约|约|共计|合计|累计|总计|共|计|完成|实际|实现|达)/u;
/** Fillers that are hedges: the number is approximate. */
const HEDGE_PREFIX_RE = /^(?:大约|约)$/u;
/** "500余人", "2万余元", "300多户": 余/多 after the number (or after its 万/亿) is a hedge. */
const HEDGE_AFTER_NUMBER_RE = /^(万|亿|千|百)?(?:余|多)/u;
/** "每亩300", "每人每年75元": per-unit prefixes; the number is per that unit. */
const PER_RE = /^每([\u4e00-\u9fff]{1,3}?)(?=每|[+\-\d.])/u;
const PERCENT_WORD = "百分之";
/** Words after the unit that change nothing: "(含)", "左右", "完成". */
const TRAILING_FILLER_RE = /(?:\(含\)|含|左右|完成)$/u;
const MAX_PREFIXES = 6;

/**
 * Reads comparator + number + unit from compact folded text: "≥735人次", "不少于100人", "95%以上", "每亩300",
 * "按合同10.5万元", "≥100百分比", "约500人", "500余人", Chinese numerals ("两次", "十二个", "百分之九十五"). Null when
 * anything else is written (a sentence with numbers in it is not a quantity).
 */
export function readQuantity(s: string): Quantity | null {
  let i = 0;
  let comparator: Comparator | null = null;
  let comparatorFrom: "symbol" | "word" | null = null;
  let hedged = false;
  const per: string[] = [];
  let percentWord = false;
  for (let step = 0; step < MAX_PREFIXES; step++) {
    const rest = s.slice(i);
    const written: ComparatorRead | null = comparator ? null : (readSymbolComparator(rest) ?? readPrefixWordComparator(rest));
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
      if (HEDGE_PREFIX_RE.test(filler[0])) hedged = true;
      i += filler[0].length;
      continue;
    }
    break;
  }
  const digits = readNumber(s.slice(i));
  const number: NumberRead | null = digits ?? readChineseNumber(s.slice(i));
  if (!number) return null;
  let tail = s.slice(i + number.length);
  const hedgeAfter = HEDGE_AFTER_NUMBER_RE.exec(tail);
  if (hedgeAfter) {
    tail = (hedgeAfter[1] ?? "") + tail.slice(hedgeAfter[0].length);
    hedged = true;
  }
  for (let step = 0; step < 3 && tail !== ""; step++) {
    const filler = TRAILING_FILLER_RE.exec(tail);
    if (filler) {
      if (filler[0] === "左右") hedged = true;
      tail = tail.slice(0, tail.length - filler[0].length);
      continue;
    }
    const suffix = readSuffixWordComparator(tail);
    if (!suffix) break;
    tail = tail.slice(0, tail.length - suffix.length);
    if (!comparator) {
      hedged = true;
      comparator = suffix.comparator;
      comparatorFrom = suffix.from;
    }
  }
  // A Chinese numeral takes only a known unit: "一般" and "三星级" are words, not 1 般 or 3 星级.
  let unit = tail === "" ? null : lookupUnit(tail, digits !== null);
  if (tail !== "" && !unit) return null;
  if (percentWord) {
    if (unit && unit.base !== "%") return null;
    unit = PERCENT;
  }
  if (per.length > 0) {
    unit = lookupUnit(`${unit?.text ?? ""}/${per.join("*")}`);
    if (!unit) return null;
  }
  return { value: number.value, unit, comparator, comparatorFrom, ...(hedged ? { hedged: true as const } : {}) };
}
