import { SheetView } from "../grid/sheetView";
import type { CellRange, CellValue } from "../grid/types";
import type { IndicatorColumns } from "./types";
import { readTotalRow } from "./totalRow";
import { gridOf } from "./testing/gridOf";

const columns = (weight: number | null, score: number | null): IndicatorColumns => ({
  level1: 0,
  level2: 1,
  name: 2,
  nature: null,
  target: 3,
  unit: null,
  actual: 4,
  weight,
  score,
  reason: 7,
});

function total(row: CellValue[], cols: IndicatorColumns, merges: CellRange[] = []) {
  const t = readTotalRow(new SheetView(gridOf([row], { merges })), 0, 0, cols, 8);
  return { weight: t.weight && [t.weight.col, t.weight.value], score: t.score && [t.score.col, t.score.value], grade: t.grade };
}

describe("readTotalRow", () => {
  it.each([
    ["aligned under 分值/得分", ["总分", null, null, null, null, 100, "90分"], columns(5, 6), [{ top: 0, left: 0, bottom: 0, right: 4 }], [5, 100], [6, "90分"], null],
    ["aligned, score empty (to fill)", ["总分", null, null, null, null, 100, null], columns(5, 6), [{ top: 0, left: 0, bottom: 0, right: 4 }], [5, 100], [6, null], null],
    ["Hubei: no 分值 column, 100 written left of the score", ["总分", null, null, 100, null, null, 99.6], columns(null, 6), [], [3, 100], [6, 99.6], null],
    ["not aligned: label merged over the columns", ["总分", null, null, null, null, null, null, "100", "91.44分"], columns(5, 6), [{ top: 0, left: 0, bottom: 0, right: 6 }], [7, "100"], [8, "91.44分"], null],
    ["not aligned, one number is the score", ["总分", null, null, null, null, null, null, "94"], columns(5, 6), [{ top: 0, left: 0, bottom: 0, right: 6 }], null, [7, "94"], null],
    ["a grade beside the score", ["总分", null, null, null, null, 100, 92, "优"], columns(5, 6), [{ top: 0, left: 0, bottom: 0, right: 4 }], [5, 100], [6, 92], "优"],
  ])("%s", (_, row, cols, merges, weight, score, grade) =>
    expect(total(row, cols, merges as CellRange[])).toEqual({ weight, score, grade }));
});
