/** What a page break leaves inside a block when a form went through PDF or Word and back: footers and 续表 lines. */
import type { SheetView } from "../grid/sheetView";
import { isBlank, compactText } from "../grid/text";
import { isTitle } from "./labels";

const N = "[0-9一二三四五六七八九十百]+";
const FOOTER_RES = [
  new RegExp(`^第${N}页(?:[,，;；]?共${N}页)?$`, "u"),
  new RegExp(`^共${N}页(?:[,，;；]?第${N}页)?$`, "u"),
  /^[-—–]+\d+[-—–]+$/u,
  /^\d+\/\d+页$/u,
  /^page\d+(?:of\d+)?$/iu,
  /^(?:续表|续上表|接上表|\(续\)|（续）|续)$/u,
];

/** Every footer or 续表 line holds one of these; most cells hold none and skip the patterns. */
const MAY_BE_DEBRIS = /[页续\-—–Pp]/u;

/** "第 1 页，共 2 页", "- 2 -", "Page 1 of 2", "续表", "项目支出绩效自评表（续）": a page's footer or header, never data. */
export function isPageDebrisText(text: string): boolean {
  if (text.length > 60 || !MAY_BE_DEBRIS.test(text)) return false;
  const key = compactText(text);
  if (key === "") return false;
  for (let i = 0; i < FOOTER_RES.length; i++) if (FOOTER_RES[i].test(key)) return true;
  return /续/.test(key) && isTitle(key);
}

/** A row whose only content between `left` and `right` is page debris (at least one such cell). */
export function isPageDebrisRow(view: SheetView, row: number, left: number, right: number): boolean {
  const raw = view.values[row - view.top];
  // Every row is an array once sanitizeGrid has run; past the grid it is undefined. Bounds by comparison rather than
  // Math.min/max, and no Array.isArray: each call is a property read more, row after row on a first run.
  if (raw === undefined) return false;
  let found = false;
  const origin = view.left;
  const last = origin + raw.length - 1;
  const to = right < last ? right : last;
  for (let col = left > origin ? left : origin; col <= to; col++) {
    const v = raw[col - origin];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || !isPageDebrisText(v)) return false;
    found = true;
  }
  return found;
}
