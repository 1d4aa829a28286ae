import type { Comparator } from "./types";

export interface ComparatorRead {
  comparator: Comparator;
  from: "symbol" | "word";
  /** Characters consumed. */
  length: number;
}

const SYMBOL_RE = /^(?:≥=|>=|=>|≥|≤=|<=|=<|≤|==|=|>|<)/u;
const SYMBOLS: Record<string, Comparator> = {
  "≥=": ">=",
  ">=": ">=",
  "=>": ">=",
  "≥": ">=",
  "≤=": "<=",
  "<=": "<=",
  "=<": "<=",
  "≤": "<=",
  "==": "=",
  "=": "=",
  ">": ">",
  "<": "<",
};

/**
 * Comparator words written before the number. 低于 is read as ≤ and 高于 as ≥, as forms use them ("不低于" is the
 * strict reading nobody means).
 */
const PREFIX_WORDS: Record<string, Comparator> = {
  大于或等于: ">=",
  大于等于: ">=",
  不少于: ">=",
  不低于: ">=",
  不小于: ">=",
  至少: ">=",
  达到: ">=",
  高于: ">=",
  小于或等于: "<=",
  小于等于: "<=",
  不多于: "<=",
  不高于: "<=",
  不超过: "<=",
  不大于: "<=",
  最多: "<=",
  低于: "<=",
  控制在: "<=",
  超过: ">",
  大于: ">",
  小于: "<",
};
const PREFIX_WORD_RE = new RegExp(`^(?:${byLengthDesc(Object.keys(PREFIX_WORDS)).join("|")})`, "u");

/** Comparator words written after the number and its unit ("95%以上", "48小时内"). */
const SUFFIX_WORDS: Record<string, Comparator> = {
  及以上: ">=",
  或以上: ">=",
  以上: ">=",
  及以下: "<=",
  或以下: "<=",
  以下: "<=",
  以内: "<=",
  之内: "<=",
  内: "<=",
};
const SUFFIX_WORD_RE = new RegExp(`(?:${byLengthDesc(Object.keys(SUFFIX_WORDS)).join("|")})$`, "u");

function byLengthDesc(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** A comparator sign at the start of compact text: "≥95%" → ">=", "=>5" → ">=". */
export function readSymbolComparator(s: string): ComparatorRead | null {
  const m = SYMBOL_RE.exec(s);
  return m ? { comparator: SYMBOLS[m[0]], from: "symbol", length: m[0].length } : null;
}

/** A comparator word at the start of compact text: "不少于100人" → ">=". */
export function readPrefixWordComparator(s: string): ComparatorRead | null {
  const m = PREFIX_WORD_RE.exec(s);
  return m ? { comparator: PREFIX_WORDS[m[0]], from: "word", length: m[0].length } : null;
}

/** A comparator word at the end of compact text: "95%以上" → ">=" (length counts from the end). */
export function readSuffixWordComparator(s: string): ComparatorRead | null {
  const m = SUFFIX_WORD_RE.exec(s);
  return m ? { comparator: SUFFIX_WORDS[m[0]], from: "word", length: m[0].length } : null;
}

const DIRECTION_WORDS: Record<string, Comparator> = { 正向: ">=", 正向指标: ">=", 反向: "<=", 反向指标: "<=" };

/** A separate comparator column (指标性质 / 符号): "≥", ">=", "=", "≤", 正向/反向; "定性" and anything else → null. */
export function comparatorFromColumn(compact: string): { comparator: Comparator; from: "symbol" | "word" } | null {
  if (compact === "") return null;
  const symbol = readSymbolComparator(compact);
  if (symbol && symbol.length === compact.length) return symbol;
  const word = readPrefixWordComparator(compact) ?? readSuffixWordComparator(compact);
  if (word && word.length === compact.length) return word;
  const direction = DIRECTION_WORDS[compact];
  return direction ? { comparator: direction, from: "word" } : null;
}
