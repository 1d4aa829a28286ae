import { INVISIBLE_CHARS, mayHoldInvisible, normalizeText } from "../grid/text";

/** Glyphs that normalizeText leaves alone but that mean an ASCII sign in a value cell. */
const GLYPHS: Record<string, string> = {
  "≧": "≥",
  "⩾": "≥",
  "≦": "≤",
  "⩽": "≤",
  "═": "=",
  "﹦": "=",
  "﹥": ">",
  "﹤": "<",
  "﹪": "%",
  "﹢": "+",
  "﹣": "-",
  "−": "-",
  "，": ",",
  "﹐": ",",
  "㎡": "平方米",
  "㎞": "公里",
  "㎏": "公斤",
};
const GLYPH_RE = new RegExp(`[${Object.keys(GLYPHS).join("")}]`, "gu");
const GLYPH_TEST_RE = new RegExp(`[${Object.keys(GLYPHS).join("")}]`, "u");
/**
 * Text that normalizeText would change: full-width forms, odd spaces, invisible format characters, runs of white
 * space, or space at either end.
 */
const NEEDS_NORMALIZING_RE = new RegExp(`[\\uff01-\\uff5e${INVISIBLE_CHARS}]|[^\\S ]|\\s\\s|^\\s|\\s$`, "u");

/** Sentence punctuation that may close a value cell without meaning anything ("15万元。", "社会认可的办学环境."). */
const TRAILING_PUNCTUATION_RE = /[。.;；,，、!！\s]+$/u;

/** A value cell's text with full-width forms, comparator glyphs and white space folded: "≧ 735 人次" → "≥ 735 人次". */
export function foldValueText(text: string): string {
  const normal = NEEDS_NORMALIZING_RE.test(text) || mayHoldInvisible(text) ? normalizeText(text) : text;
  return GLYPH_TEST_RE.test(normal) ? normal.replace(GLYPH_RE, (ch) => GLYPHS[ch] ?? ch) : normal;
}

/** The folded text without trailing sentence punctuation: what a `text` value carries. */
export function tidyText(text: string): string {
  return stripTrailingPunctuation(foldValueText(text));
}

/** Drops sentence punctuation closing already folded text. */
export function stripTrailingPunctuation(folded: string): string {
  return folded.replace(TRAILING_PUNCTUATION_RE, "");
}

/** The tidied text with every space removed: what the value readers scan ("≥ 1,000 人次" → "≥1,000人次"). */
export function compactValueText(text: string): string {
  return tidyText(text).replace(/ /g, "");
}

/** Rounds away binary noise from unit conversion and percent scaling (0.7843000000000001 → 0.7843). */
export function tidyNumber(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
