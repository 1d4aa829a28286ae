import { excelInput, toCellValue } from "./cellInput";

describe("toCellValue", () => {
  it.each([
    [3.75, "Double", 3.75],
    ["", "Empty", null],
    ["#DIV/0!", "Error", { error: "#DIV/0!" }],
    ["≥12辆", "String", "≥12辆"],
    [true, "Boolean", true],
    [Number.NaN, "Double", null],
    [undefined, undefined, null],
  ])("%p (%s) → %p", (value, type, expected) => expect(toCellValue(value, type)).toEqual(expected));
});

describe("excelInput", () => {
  it.each([
    [null, ""],
    [3.75, 3.75],
    [Number.POSITIVE_INFINITY, ""],
    [false, false],
    ["", ""],
    ["#DIV/0!", "#DIV/0!"],
    ["≥12辆", "≥12辆"],
    ["12", "'12"],
    ["1,234.5", "'1,234.5"],
    ["78.43%", "'78.43%"],
    ["TRUE", "'TRUE"],
    ["=A1", "'=A1"],
    ["-", "'-"],
    ["2021-12-31", "'2021-12-31"],
    ["2021年12月", "'2021年12月"],
    ["12分", "12分"],
  ])("%p → %p", (value, expected) => expect(excelInput(value)).toBe(expected));
});
