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
