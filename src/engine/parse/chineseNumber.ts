import type { NumberRead } from "./number";

/** Digits, everyday and financial (大写) forms. 零/〇 only fill a gap ("一百零五") or stand alone. */
const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const ZEROS = new Set(["零", "〇"]);
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Any character a Chinese numeral may start with: text without one skips the reader. */
export const MAY_BE_CHINESE_NUMERAL_RE = /[一二两三四五六七八九十百千零〇壹贰叁肆伍陆柒捌玖拾佰仟]/u;

function isNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (DIGITS[ch] !== undefined || ZEROS.has(ch) || SMALL_UNITS[ch] !== undefined);
}

/**
 * The Chinese numeral a compact text starts with: "两" → 2, "十二" → 12, "三千" → 3000, "一百零五" → 105,
 * "一万二千" → 12000. A trailing 万 or 亿 is left to the unit ("三万人次" reads 三 + 万人次), so money and counts keep the
 * unit they were written in. Two digits in a row end the numeral ("二〇二一" is a year, not a number). Null when the
 * text starts with no numeral.
 */
export function readChineseNumber(s: string): NumberRead | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let consumed = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) break;
      digit = d;
    } else if (ZEROS.has(ch)) {
      if (digit !== null) break;
      if (consumed === 0) digit = 0;
    } else if (SMALL_UNITS[ch] !== undefined) {
      if (digit === 0) break;
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (LARGE_UNITS[ch] !== undefined && consumed > 0 && isNumeralChar(s[i + 1])) {
      total += (section + (digit ?? 0)) * LARGE_UNITS[ch];
      section = 0;
      digit = null;
    } else break;
    consumed = i + 1;
  }
  if (consumed === 0) return null;
  return { value: total + section + (digit ?? 0), length: consumed };
}
