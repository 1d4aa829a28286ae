import { isCellError, type CellValue } from "./types";

/**
 * Folds the everyday noise of hand-typed cells: full-width ASCII (０-９, Ａ-Ｚ, ＞, ＝, ％, （）) to half-width,
 * every space character (the ideographic space, NBSP, thin spaces…) to a space, runs of white space to one space,
 * trimmed; invisible format characters pasted from web pages and chat (U+200B, U+FEFF, U+2060, bidi marks: Unicode
 * category Cf) are dropped.
 */
export function normalizeText(s: string): string {
  if (PLAIN.test(s)) return s;
  return s
    .replace(INVISIBLE, "")
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SPACES, " ")
    .trim();
}

/**
 * The format characters (Unicode Cf) pasted text carries: soft hyphen, Mongolian vowel separator, zero-width space,
 * non-joiner and joiner, bidi marks, embeddings and isolates, word joiner and invisible operators, U+FEFF. Spelt out
 * rather than \p{Cf}: compactText runs by the million, and a property class costs it double.
 */
export const INVISIBLE_CHARS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff";

/** Text with nothing to fold: no full-width ASCII, no format character, no odd or repeated spaces, nothing to trim. */
const PLAIN = new RegExp(`^[^\\s${INVISIBLE_CHARS}\\uff01-\\uff5e]+(?: [^\\s${INVISIBLE_CHARS}\\uff01-\\uff5e]+)*$`);
const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** JavaScript's \s covers every space separator (Zs: U+00A0, U+3000, U+2000–U+200A, U+202F…) and line breaks. */
const SPACES = /\s+/g;
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "g");

/** The normalised text with every space removed: for matching labels such as "项 目 名 称". Called by the million. */
export function compactText(s: string): string {
  if (!TO_COMPACT.test(s)) return s;
  return s.replace(ALL_SPACES, "").replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const TO_COMPACT = new RegExp(`[\\s${INVISIBLE_CHARS}\\uff01-\\uff5e]`);
const ALL_SPACES = new RegExp(`[\\s${INVISIBLE_CHARS}]+`, "g");

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
  return v === null || v === undefined || (typeof v === "string" && (v.trim() === "" || INVISIBLE_ONLY.test(v)));
}

const INVISIBLE_ONLY = new RegExp(`^[\\s${INVISIBLE_CHARS}]*$`);
