/** The 总分 row: its 分值 cell (usually 100), the reported total ("90分") and a grade if one is written. */
import type { SheetView } from "../grid/sheetView";
import { cellText, normalizeText } from "../grid/text";
import type { IndicatorColumns, Slot, TotalRow } from "./types";
import { gradeOf, labelKey } from "./labels";
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
    const m = view.merge(row, col);
    if (!m || (m.top === row && m.left === col)) cols.push(col);
  }
  return cols;
}

/**
 * Reads the total row whose label sits at (row, labelCol): its 分值 and score cells, and a grade written beside the
 * score or in an 等级 row just below.
 */
export function readTotalRow(view: SheetView, row: number, labelCol: number, columns: IndicatorColumns, right: number): TotalRow {
  const { weight, score, candidates } = readScoreCells(view, row, labelCol, columns, right);
  let grade: { grade: string; cell: Slot } | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c === weight?.col || c === score?.col) continue;
    const g = gradeOf(cellText(view.raw(row, c)));
    if (g) {
      grade = { grade: g, cell: slotAt(view, row, c) };
      break;
    }
  }
  grade ??= gradeBelow(view, row + 1, labelCol, right);
  return { row, weight, score, grade: grade?.grade ?? null, gradeCell: grade?.cell ?? null };
}

/** "等级 | 优", "自评等级：良" in the row under the 总分. */
function gradeBelow(view: SheetView, row: number, left: number, right: number): { grade: string; cell: Slot } | null {
  if (row > view.bottom) return null;
  let labelled = false;
  const cols = anchorsRightOf(view, row, left - 1, right);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const text = cellText(view.raw(row, c));
    if (text.trim() === "") continue;
    const g = gradeOf(text);
    if (g && (labelled || /等级|结论|结果/.test(text))) return { grade: g, cell: slotAt(view, row, c) };
    labelled = GRADE_LABEL_RE.test(labelKey(text));
    if (!labelled) return null;
  }
  return null;
}

const GRADE_LABEL_RE = /^(?:自评|评价)?(?:等级|结论|结果)$/;

/**
 * The 分值 and score cells of a total or subtotal row whose label sits at (row, labelCol): from the indicator block's
 * columns when they lie right of the label, otherwise the first numeric cells right of the label. `candidates` are the
 * row's anchored cells right of the label.
 */
export function readScoreCells(
  view: SheetView,
  row: number,
  labelCol: number,
  columns: IndicatorColumns,
  right: number,
): { weight: Slot | null; score: Slot | null; candidates: number[] } {
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
  return { weight, score, candidates };
}

/** Two numbers → weight and score; one number alone is the reported score. */
function pairFrom(view: SheetView, row: number, first: number, second: number | undefined): { weight: Slot | null; score: Slot | null } {
  if (second === undefined) return { weight: null, score: slotAt(view, row, first) };
  return { weight: slotAt(view, row, first), score: slotAt(view, row, second) };
}
