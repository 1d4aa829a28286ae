import type { CellRange, CellValue } from "./types";
import { SheetView } from "./sheetView";

/** Rows 0–2, columns 0–3: a value at (0, 0), a blank text at (1, 1), (2, 2) and (2, 3) merged. */
const view = (merges: CellRange[] = [{ top: 2, left: 2, bottom: 2, right: 3 }]) => {
  const values: CellValue[][] = [
    ["值", null, null, null],
    [null, " ", null, null],
    [null, null, null, null],
  ];
  return new SheetView({ name: "表", originRow: 0, originCol: 0, values, merges });
};

describe("SheetView.blankArea", () => {
  it.each<[label: string, area: [top: number, left: number, bottom: number, right: number], blank: boolean]>([
    ["blank cells, a space counted blank", [0, 1, 1, 3], true],
    ["a cell with a value", [0, 0, 1, 1], false],
    ["an empty cell in a merged area", [2, 3, 2, 3], false],
    ["an area beside the merge", [1, 0, 2, 1], true],
    ["rows below the sheet", [3, 0, 9, 3], true],
    ["columns right of the sheet", [0, 4, 2, 6], true],
  ])("%s", (_label, [top, left, bottom, right], blank) => expect(view().blankArea(top, left, bottom, right)).toBe(blank));
});

describe("SheetView.merge", () => {
  const merges = [
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 4, left: 0, bottom: 8, right: 0 },
    { top: 5, left: 1, bottom: 6, right: 4 },
    { top: 0, left: 0, bottom: 9, right: 9 },
    { top: 6, left: 3, bottom: 6, right: 3 },
  ];
  const view = new SheetView({ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: merges.slice(0, 3) });
  const overlapping = new SheetView({ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: merges.slice(2) });

  it.each<[label: string, sheet: SheetView, row: number, col: number, want: number | null]>([
    ["a cell in a one-row merge", view, 2, 3, 0],
    ["its top-left cell", view, 2, 2, 0],
    ["left of it", view, 2, 1, null],
    ["right of it", view, 2, 4, null],
    ["a row above every merge", view, 0, 2, null],
    ["the last row of a tall merge", view, 8, 0, 1],
    ["beside the tall merge, in another", view, 5, 4, 2],
    ["below every merge", view, 9, 0, null],
    ["a negative row", view, -1, 0, null],
    ["a fractional row", view, 4.5, 0, null],
    ["overlapping merges: the last listed wins", overlapping, 6, 3, 4],
    ["overlapping merges: where the last does not reach", overlapping, 6, 4, 3],
  ])("%s: (%d, %d)", (_label, sheet, row, col, want) => expect(sheet.merge(row, col)).toBe(want === null ? null : merges[want]));
});
