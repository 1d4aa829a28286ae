import { isCellError, type CellValue } from "../grid/types";
import { perText } from "../grid/perText";
import { compactValueText } from "./normalize";

/** Wordings that explain nothing (RULES.md §5), compared after folding width, spaces and trailing punctuation. */
const PLACEHOLDERS = new Set(
  `无 无偏差 无偏差原因 暂无 没有 没有偏差 无差异 无差距 无误差 无问题 不存在偏差 未发生偏差 无偏离 正常 略 空 不适用 n/a na null none nil 0 无无`.split(
    " ",
  ),
);
/** Only dashes, slashes, dots or zeros: "—", "--", "/", "——", "0.00", "…". */
const MARKS_ONLY_RE = /^[-—–―─_/\\~·.。…0]*$/u;
/** A number alone says nothing about why a target was missed. */
const NUMBER_ONLY_RE = /^[+-]?\d+(?:\.\d+)?%?$/u;

/** True for reasons that explain nothing: blank, 无, 无偏差, 0, /, -, —, 暂无, N/A … False for any real explanation. */
export function isPlaceholderReason(cell: CellValue): boolean {
  if (cell === null || cell === undefined || typeof cell === "boolean" || typeof cell === "number") return true;
  if (isCellError(cell) || typeof cell !== "string") return true;
  return isPlaceholderText(cell);
}

/** Reasons repeat form after form: each distinct text is folded and matched once. */
const isPlaceholderText = perText((text: string): boolean => {
  const s = compactValueText(text).toLowerCase();
  return MARKS_ONLY_RE.test(s) || NUMBER_ONLY_RE.test(s) || PLACEHOLDERS.has(s);
});
