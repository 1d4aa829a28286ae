import { isCellError, type CellValue } from "./types";

/**
 * Folds the everyday noise of hand-typed cells: full-width ASCII (０-９, Ａ-Ｚ, ＞, ＝, ％, （）) to half-width,
 * the ideographic space and NBSP to a space, and runs of white space to one space, trimmed.
 */
export function normalizeText(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009) out += " ";
    else out += ch;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** The normalised text with every space removed: for matching labels such as "项 目 名 称". */
export function compactText(s: string): string {
  return normalizeText(s).replace(/ /g, "");
}

/** A cell's display text for matching and messages ("" for empty, "#DIV/0!" for errors). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && normalizeText(v) === "");
}
