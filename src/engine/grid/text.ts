import { isCellError, type CellValue } from "./types";

/**
 * Folds the everyday noise of hand-typed cells: full-width ASCII (０-９, Ａ-Ｚ, ＞, ＝, ％, （）) to half-width,
 * every space character (the ideographic space, NBSP, thin spaces…) to a space, runs of white space to one space,
 * trimmed; invisible format characters pasted from web pages and chat (U+200B, U+FEFF, U+2060, bidi marks: Unicode
 * category Cf) are dropped.
 */
export function normalizeText(s: string): string {
  if (PLAIN.test(s) && !RARE_INVISIBLE_BLOCKS.test(s)) return s;
  return s
    .replace(INVISIBLE, "")
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SPACES, " ")
    .trim();
}

/**
 * Format characters (Unicode Cf): the ones pasted text commonly carries (soft hyphen, Mongolian vowel separator,
 * zero-width space, non-joiner and joiner, bidi marks, embeddings and isolates, word joiner, U+FEFF), spelt out
 * because compactText runs by the million and a \p{Cf} class costs it double; the rest of Cf lives in the blocks
 * RARE_INVISIBLE_BLOCKS names, which send a text to the exact (\p{Cf}) path.
 */
export const INVISIBLE_CHARS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff";
/** Arabic and Syriac (U+0600–U+0605, U+061C, U+06DD, U+070F, U+0890–U+08E2), U+FFF9–U+FFFB, and the high surrogates of astral Cf. */
const RARE_INVISIBLE_BLOCKS = /[\u0600-\u070f\u0890-\u08e2\ufff9-\ufffb\ud804\ud80d\ud82f\ud834\udb40]/;

/** Text that may hold a format character (a cheap test; false positives only take the exact path). */
export function mayHoldInvisible(s: string): boolean {
  return !isPlainWord(s) && (COMMON_INVISIBLE.test(s) || RARE_INVISIBLE_BLOCKS.test(s));
}

/**
 * Only CJK ideographs and printable ASCII: nothing to fold or compact. Most labels and values are such, and a loop
 * over char codes tells it faster than any character class.
 */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x21 && c <= 0x7e)) continue;
    return false;
  }
  return true;
}

/** Text with nothing to fold: no full-width ASCII, no common format character, no odd or repeated spaces, nothing to trim. */
const PLAIN = new RegExp(`^[^\\s${INVISIBLE_CHARS}\\uff01-\\uff5e]+(?: [^\\s${INVISIBLE_CHARS}\\uff01-\\uff5e]+)*$`);
const COMMON_INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** JavaScript's \s covers every space separator (Zs: U+00A0, U+3000, U+2000–U+200A, U+202F…) and line breaks. */
const SPACES = /\s+/g;
const INVISIBLE = /\p{Cf}/gu;

/** The normalised text with every space removed: for matching labels such as "项 目 名 称". Called by the million. */
export function compactText(s: string): string {
  if (isPlainWord(s) || (!TO_COMPACT.test(s) && !RARE_INVISIBLE_BLOCKS.test(s))) return s;
  return s.replace(ALL_SPACES, "").replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const TO_COMPACT = new RegExp(`[\\s${INVISIBLE_CHARS}\\uff01-\\uff5e]`);
const ALL_SPACES = /[\s\p{Cf}]+/gu;

/** A cell's display text for matching and messages ("" for empty, "#DIV/0!" for errors). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

/** Empty, or text of white space and invisible characters only (what normalizeText folds to ""). */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Past leading ASCII spaces, an ideograph or printable ASCII is no space and no format character (most cells):
  // decided without the trimmed copy.
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x21 && c <= 0x7e)) return false;
    return isBlankText(v.trim());
  }
  return true;
}

function isBlankText(t: string): boolean {
  if (t === "") return true;
  const c = t.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x21 && c <= 0x7e)) return false;
  return mayHoldInvisible(t.slice(0, 2)) && INVISIBLE_ONLY.test(t);
}
const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;
