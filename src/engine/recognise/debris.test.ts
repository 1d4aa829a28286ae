import { SheetView } from "../grid/sheetView";
import { isPageDebrisRow, isPageDebrisText } from "./debris";
import { gridOf } from "./testing/gridOf";

describe("isPageDebrisText", () => {
  it.each([
    ["第 1 页，共 2 页", true],
    ["第1页 共2页", true],
    ["第一页", true],
    ["共 3 页 第 2 页", true],
    ["- 2 -", true],
    ["— 12 —", true],
    ["Page 1 of 2", true],
    ["1/2页", true],
    ["续表", true],
    ["（续）", true],
    ["项目支出绩效自评表（续）", true],
    ["第\u200b1页，共\u00a02页", true],
    ["项目支出绩效自评表", false],
    ["1/2", false],
    ["2", false],
    ["-", false],
    ["第一季度完成", false],
    ["继续推进", false],
    ["", false],
  ])("%j → %p", (text, want) => expect(isPageDebrisText(text)).toBe(want));
});

describe("isPageDebrisRow", () => {
  const view = new SheetView(
    gridOf([
      [null, null, "第 1 页，共 2 页", null],
      ["第 1 页", null, null, "共 2 页"],
      [null, null, "第 1 页，共 2 页", 5],
      [null, null, null, null],
      [null, "续表", "\u200b", null],
    ]),
  );
  it.each([
    [0, true],
    [1, true],
    [2, false], // a value beside it: not debris alone
    [3, false], // blank is blank, not debris
    [4, true],
  ])("row %p → %p", (row, want) => expect(isPageDebrisRow(view, row, 0, 3)).toBe(want));
});
