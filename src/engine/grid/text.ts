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

/** Text with nothing to fold: no full-width ASCII, no format character, no odd or repeated spaces, nothing to trim. */
const PLAIN = /^[^\s\p{Cf}\uff01-\uff5e]+(?: [^\s\p{Cf}\uff01-\uff5e]+)*$/u;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
/** JavaScript's \s covers every space separator (Zs: U+00A0, U+3000, U+2000–U+200A, U+202F…) and line breaks. */
const SPACES = /\s+/g;
/** Format characters (Cf): zero-width spaces and joiners, U+FEFF, soft hyphens, bidi controls. */
const INVISIBLE = /\p{Cf}/gu;

/** The normalised text with every space removed: for matching labels such as "项 目 名 称". Called by the million. */
export function compactText(s: string): string {
  if (!TO_COMPACT.test(s)) return s;
  return s.replace(ALL_SPACES, "").replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const TO_COMPACT = /[\s\p{Cf}\uff01-\uff5e]/u;
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
  return v === null || v === undefined || (typeof v === "string" && (v.trim() === "" || INVISIBLE_ONLY.test(v)));
}

const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;
