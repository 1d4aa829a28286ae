import { UNKNOWN_YEAR, dayNumber, daysInMonth } from "./calendar";
import { readSymbolComparator } from "./comparator";
import type { Comparator } from "./types";

export interface DateRead {
  start: number;
  end: number;
  comparator: Comparator | null;
  yearUnknown: boolean;
}

/** One written date or period, before it becomes day numbers. */
interface Token {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Last month of a "2021年1-12月" span. */
  toMonth?: number;
  length: number;
}

/** "2021年12月31日", or one sign throughout: "2021.1.1", "2021-12-31", "2021/12/31" (a time may follow). */
const YMD_RE = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|([.\-/])(\d{1,2})\4(\d{1,2}))(?:\d{1,2}:\d{2}(?::\d{2})?)?/u;
const Y_MONTH_SPAN_RE = /^(\d{4})年(\d{1,2})月?(?:-|~|至|到)(\d{1,2})月份?/u;
const YM_CJK_RE = /^(\d{4})年(\d{1,2})月份?/u;
const YM_SIGN_RE = /^(\d{4})[-/](\d{1,2})(?![\d./-])/u;
const YM_DOT_RE = /^(\d{4})\.(\d{1,2})(?![\d.])/u;
const Y_RE = /^(\d{4})年度?/u;
const MD_CJK_RE = /^(\d{1,2})月(\d{1,2})日/u;
const MD_SIGN_RE = /^(\d{1,2})[.\-/](\d{1,2})(?![\d.\-/])/u;
const M_RE = /^(\d{1,2})月份?/u;
const DAY_RE = /^(\d{1,2})日/u;

/** Every date readDate knows writes 年 or 月, a sign between numbers (- / ~ — – 至 到) or two dots (2021.1.1). */
export const MAY_BE_DATE_RE = /[年月\-/~—–至到]|\..*\./u;

const LEAD_RE = /^(?:截至|截止到|截止|截止于|于|在|计划|预计|争取|力争)/u;
const DEADLINE_LEADS = new Set(["截至", "截止到", "截止", "截止于"]);
const RANGE_SEPARATOR_RE = /^(?:——|-|~|—|–|至|到)/u;
/** What may follow a date: a part of the period (全年, 底, 上半年), a deadline word (前, 以内), a verb (完成). */
const SUFFIX_RE =
  /^(全年|整年|上半年|下半年|年底|年末|底|末)?(前|之前|以前|内|以内|之内|止|为止)?(全部完成|完成|完工|结束|办结|实施|开工|竣工|验收|支付)?$/u;

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2099;
}

/** A token at the start of s. `inherit` supplies year/month for the second half of a range ("2021.1.1-12.31"). */
function readToken(s: string, inherit: Token | null): Token | null {
  let m = YMD_RE.exec(s);
  if (m) return { year: +m[1], month: +(m[2] ?? m[5]), day: +(m[3] ?? m[6]), length: m[0].length };
  m = Y_MONTH_SPAN_RE.exec(s);
  if (m) return { year: +m[1], month: +m[2], day: null, toMonth: +m[3], length: m[0].length };
  m = YM_CJK_RE.exec(s) ?? YM_SIGN_RE.exec(s);
  if (m) return { year: +m[1], month: +m[2], day: null, length: m[0].length };
  // "2021.12" alone is a decimal number; it is a month only inside a range.
  m = YM_DOT_RE.exec(s);
  if (m && (inherit || RANGE_SEPARATOR_RE.test(s.slice(m[0].length)))) return { year: +m[1], month: +m[2], day: null, length: m[0].length };
  m = Y_RE.exec(s);
  if (m) return { year: +m[1], month: null, day: null, length: m[0].length };
  m = MD_CJK_RE.exec(s) ?? (inherit ? MD_SIGN_RE.exec(s) : null);
  if (m) return { year: inherit?.year ?? null, month: +m[1], day: +m[2], length: m[0].length };
  m = M_RE.exec(s);
  if (m) return { year: inherit?.year ?? null, month: +m[1], day: null, length: m[0].length };
  m = inherit?.month ? DAY_RE.exec(s) : null;
  if (m) return { year: inherit!.year, month: inherit!.month, day: +m[1], length: m[0].length };
  return null;
}

/** First and last day of a token, or null when it names no real day (2021年2月30日). */
function spanOf(t: Token): [number, number] | null {
  const year = t.year ?? UNKNOWN_YEAR;
  if (!validYear(year)) return null;
  if (t.month === null) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  const last = t.toMonth ?? t.month;
  if (t.month < 1 || t.month > 12 || last < t.month || last > 12) return null;
  if (t.day === null) return [dayNumber(year, t.month, 1), dayNumber(year, last, daysInMonth(year, last))];
  if (t.day < 1 || t.day > daysInMonth(year, t.month)) return null;
  const day = dayNumber(year, t.month, t.day);
  return [day, day];
}

/**
 * A date or period written in compact folded text: "2021.1.1-2021.12.31", "2021年12月", "2021年12月底前" (≤ 12-31),
 * "2020年全年", "11月底完成" (no year: placed in 2000, yearUnknown). A lone yearless month ("6月") is not a date: it
 * may be a duration. Null when the text is not a date.
 */
export function readDate(s: string): DateRead | null {
  let i = 0;
  let comparator: Comparator | null = null;
  const symbol = readSymbolComparator(s);
  if (symbol) {
    comparator = symbol.comparator;
    i += symbol.length;
  }
  const lead = LEAD_RE.exec(s.slice(i));
  if (lead) {
    i += lead[0].length;
    if (!comparator && DEADLINE_LEADS.has(lead[0])) comparator = "<=";
  }
  const first = readToken(s.slice(i), null);
  if (!first) return null;
  i += first.length;
  let second: Token | null = null;
  const separator = RANGE_SEPARATOR_RE.exec(s.slice(i));
  if (separator) {
    second = readToken(s.slice(i + separator[0].length), first);
    if (!second) return null;
    i += separator[0].length + second.length;
  }
  const suffix = SUFFIX_RE.exec(s.slice(i));
  if (!suffix) return null;
  const [, part, deadline, verb] = suffix;
  const yearless = first.year === null;
  if (yearless && first.day === null && !second && !part && !deadline && !verb) return null;
  const firstSpan = spanOf(first);
  const secondSpan = second ? spanOf(second) : null;
  if (!firstSpan || (second && !secondSpan)) return null;
  let start = firstSpan[0];
  let end = secondSpan ? secondSpan[1] : firstSpan[1];
  if (end < start) return null;
  if (part) {
    if (part === "上半年" || part === "下半年") {
      if (first.month !== null || second) return null;
      const year = first.year ?? UNKNOWN_YEAR;
      [start, end] = part === "上半年" ? [dayNumber(year, 1, 1), dayNumber(year, 6, 30)] : [dayNumber(year, 7, 1), dayNumber(year, 12, 31)];
    } else if (part === "全年" || part === "整年") {
      if (first.month !== null) return null;
    } else {
      if ((part === "年底" || part === "年末") && first.month !== null) return null;
      start = end;
    }
  }
  if (deadline) {
    comparator = comparator ?? "<=";
    start = end;
  }
  return { start, end, comparator, yearUnknown: yearless };
}
