import { SheetView } from "../grid/sheetView";
import { optionalSlot, ownsValue, slotAt } from "./slot";

const view = new SheetView({
  name: "s",
  originRow: 1,
  originCol: 1,
  values: [
    ["产出指标", 10, null],
    [null, "  ", "=B2"],
  ],
  formulas: [
    [null, "=5+5", null],
    [null, null, null],
  ],
  numberFormats: [
    [null, "0.00", null],
    [null, null, null],
  ],
  merges: [{ top: 1, left: 1, bottom: 2, right: 1 }],
});

describe("slots", () => {
  it.each([
    ["a plain cell", 1, 2, { row: 1, col: 2, value: 10, formula: "=5+5", numberFormat: "0.00" }],
    ["a cell inside a merge reads the merge's top-left", 2, 1, { row: 1, col: 1, value: "产出指标", formula: null, numberFormat: null }],
    ["an empty cell", 1, 3, { row: 1, col: 3, value: null, formula: null, numberFormat: null }],
    ["outside the grid", 9, 9, { row: 9, col: 9, value: null, formula: null, numberFormat: null }],
  ])("%s", (_, row, col, slot) => expect(slotAt(view, row, col)).toEqual(slot));

  it("no column, no slot", () => expect(optionalSlot(view, 1, null)).toBeNull());

  it.each([
    [1, 1, true],
    [2, 1, false],
    [2, 2, false],
    [2, 3, true],
    [1, 3, false],
  ])("ownsValue(%d, %d) → %s", (row, col, owns) => expect(ownsValue(view, row, col)).toBe(owns));
});
