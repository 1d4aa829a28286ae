/** The 总分 row: its 分值 cell (usually 100), the reported total ("90分") and a grade if one is written. */
import type { SheetView } from "../grid/sheetView";
import { cellText, normalizeText } from "../grid/text";
import type { IndicatorColumns, Slot, TotalRow } from "./types";
import { gradeOf } from "./labels";
import { slotAt } from "./slot";

/** "100", 91.44, "90分", " 91.44 分" — a cell that holds a score or a weight. */
export function isNumericish(view: SheetView, row: number, col: number): boolean {
  const v = view.raw(row, col);
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "string") return false;
  return /^[-+]?\d+(\.\d+)?\s*分?$/.test(normalizeText(v));
}

/** Anchored cells of this row strictly right of `from` up to `to`, left to right. */
function anchorsRightOf(view: SheetView, row: number, from: number, to: number): number[] {
  const cols: number[] = [];
  for (let col = from + 1; col <= to; col++) {
    const a = view.anchor(row, col);
    if (a.row === row && a.col === col) cols.push(col);
  }
  return cols;
}

/**
 * Reads the total row whose label sits at (row, labelCol). The weight and score come from the indicator block's
 * columns when they lie right of the label; otherwise from the first numeric cells right of the label.
 */
export function readTotalRow(view: SheetView, row: number, labelCol: number, columns: IndicatorColumns, right: number): TotalRow {
  const labelMerge = view.merge(row, labelCol);
  const labelRight = labelMerge ? Math.max(labelMerge.right, labelCol) : labelCol;
  const candidates = anchorsRightOf(view, row, labelRight, right);
  const numeric = candidates.filter((c) => isNumericish(view, row, c));

  let weight: Slot | null = null;
  let score: Slot | null = null;
  if (columns.score !== null && columns.score > labelRight && columns.score <= right) {
    score = slotAt(view, row, columns.score);
    if (columns.weight !== null && columns.weight > labelRight && columns.weight !== score.col) weight = slotAt(view, row, columns.weight);
    else {
      const before = numeric.find((c) => c < score!.col);
      weight = before === undefined ? null : slotAt(view, row, before);
    }
    if (score.value === null && weight !== null && weight.value === null) {
      // An aligned row left empty under both columns while numbers stand elsewhere: trust the numbers.
      const [w, s] = numeric;
      if (w !== undefined) ({ weight, score } = pairFrom(view, row, w, s));
    }
  } else if (numeric.length > 0) {
    ({ weight, score } = pairFrom(view, row, numeric[0], numeric[1]));
  }

  let grade: string | null = null;
  for (const c of candidates) {
    if (c === weight?.col || c === score?.col) continue;
    const g = gradeOf(cellText(view.raw(row, c)));
    if (g) {
      grade = g;
      break;
    }
  }
  return { row, weight, score, grade };
}

/** Two numbers → weight and score; one number alone is the reported score. */
function pairFrom(view: SheetView, row: number, first: number, second: number | undefined): { weight: Slot | null; score: Slot | null } {
  if (second === undefined) return { weight: null, score: slotAt(view, row, first) };
  return { weight: slotAt(view, row, first), score: slotAt(view, row, second) };
}
