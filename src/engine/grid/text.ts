import { isCellError, type CellValue } from "./types";

/**
 * Folds the everyday noise of hand-typed cells: full-width ASCII (０-９, Ａ-Ｚ, ＞, ＝, ％, （）) to half-width,
 * the ideographic space and NBSP to a space, and runs of white space to one space, trimmed.
 */
export function normalizeText(s: string): string {
  if (PLAIN.test(s)) return s;
  return s
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(SPACES, " ")
    .trim();
}

/** Text with nothing to fold: no full-width ASCII, no odd or repeated spaces, nothing to trim. */
const PLAIN = /^[^\s\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009]+(?: [^\s\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009]+)*$/;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const SPACES = /[\s\u3000\u00a0\u2002\u2003\u2009]+/g;

/** The normalised text with every space removed: for matching labels such as "项 目 名 称". Called by the million. */
export function compactText(s: string): string {
  if (!TO_COMPACT.test(s)) return s;
  return s.replace(ALL_SPACES, "").replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const TO_COMPACT = /[\s\uff01-\uff5e]/;
const ALL_SPACES = /\s+/g;

/** A cell's display text for matching and messages ("" for empty, "#DIV/0!" for errors). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

/** Empty, or text of white space only (JavaScript's trim removes the same characters normalizeText folds to spaces). */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
