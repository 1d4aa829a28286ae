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
  improvement: null,
});

function total(row: CellValue[], cols: IndicatorColumns, merges: CellRange[] = [], below: CellValue[] = []) {
  const t = readTotalRow(new SheetView(gridOf([row, below], { merges })), 0, 0, cols, 8);
  return { weight: t.weight && [t.weight.col, t.weight.value], score: t.score && [t.score.col, t.score.value], grade: t.grade };
}

describe("readTotalRow", () => {
  it.each([
    [
      "aligned under 分值/得分",
      ["总分", null, null, null, null, 100, "90分"],
      columns(5, 6),
      [{ top: 0, left: 0, bottom: 0, right: 4 }],
      [5, 100],
      [6, "90分"],
      null,
    ],
    [
      "aligned, score empty (to fill)",
      ["总分", null, null, null, null, 100, null],
      columns(5, 6),
      [{ top: 0, left: 0, bottom: 0, right: 4 }],
      [5, 100],
      [6, null],
      null,
    ],
    [
      "Hubei: no 分值 column, 100 written left of the score",
      ["总分", null, null, 100, null, null, 99.6],
      columns(null, 6),
      [],
      [3, 100],
      [6, 99.6],
      null,
    ],
    [
      "not aligned: label merged over the columns",
      ["总分", null, null, null, null, null, null, "100", "91.44分"],
      columns(5, 6),
      [{ top: 0, left: 0, bottom: 0, right: 6 }],
      [7, "100"],
      [8, "91.44分"],
      null,
    ],
    [
      "not aligned, one number is the score",
      ["总分", null, null, null, null, null, null, "94"],
      columns(5, 6),
      [{ top: 0, left: 0, bottom: 0, right: 6 }],
      null,
      [7, "94"],
      null,
    ],
    [
      "a grade beside the score",
      ["总分", null, null, null, null, 100, 92, "优"],
      columns(5, 6),
      [{ top: 0, left: 0, bottom: 0, right: 4 }],
      [5, 100],
      [6, 92],
      "优",
    ],
  ])("%s", (_, row, cols, merges, weight, score, grade) =>
    expect(total(row, cols, merges as CellRange[])).toEqual({ weight, score, grade }),
  );

  it.each<[string, CellValue[], CellValue[], string | null, number | null]>([
    ["a grade beside the score", ["总分", null, null, null, null, 100, 92, "优"], [], "优", 7],
    ["等级：良 beside the score", ["总分", null, null, null, null, 100, 85, "等级：良"], [], "良", 7],
    ["an 等级 row below", ["总分", null, null, null, null, 100, 85], ["等级", null, "良"], "良", 2],
    ["自评等级：中 below", ["总分", null, null, null, null, 100, 70], ["自评等级：中"], "中", 0],
    ["评价结论 | 优 below", ["总分", null, null, null, null, 100, 95], ["评价结论", "优秀"], "优", 1],
    ["a bare 优 below is no grade", ["总分", null, null, null, null, 100, 95], ["优"], null, null],
    ["another label below is no grade", ["总分", null, null, null, null, 100, 95], ["存在问题", "优"], null, null],
  ])("%s", (_, row, below, grade, col) => {
    const t = readTotalRow(new SheetView(gridOf([row, below])), 0, 0, columns(5, 6), 8);
    expect([t.grade, t.gradeCell?.col ?? null]).toEqual([grade, col]);
  });
});
