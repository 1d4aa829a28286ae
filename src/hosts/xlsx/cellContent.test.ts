import ExcelJS from "exceljs";
import { cellContent, dateToSerial, plainValue } from "./cellContent";

describe("plainValue", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["≥95%", "≥95%"],
    [0.95, 0.95],
    [Number.POSITIVE_INFINITY, null],
    [false, false],
    [{ richText: [{ text: "项目" }, { text: "名称" }] }, "项目名称"],
    [{ error: "#N/A" }, { error: "#N/A" }],
    [{ formula: "A1/B1", result: 0.7843 }, 0.7843],
    [{ formula: "A1/B1", result: { error: "#DIV/0!" } }, { error: "#DIV/0!" }],
    [{ formula: "A1/B1" }, null],
    [{ sharedFormula: "B6", result: "x" }, "x"],
    [{ text: "链接", hyperlink: "https://example.org" }, "链接"],
    [{ text: { richText: [{ text: "富" }] }, hyperlink: "h" }, "富"],
    [{ something: 1 }, null],
  ])("%p → %p", (raw, value) => expect(plainValue(raw, false)).toEqual(value));

  it.each([
    [new Date(Date.UTC(1899, 11, 31)), false, 1],
    [new Date(Date.UTC(2021, 11, 31)), false, 44561],
    [new Date(Date.UTC(2021, 11, 31, 12)), false, 44561.5],
    [new Date(Date.UTC(2021, 11, 31)), true, 43099],
    [new Date(Number.NaN), false, null],
  ])("date %p (1904: %p) → serial %p", (date, date1904, serial) => expect(dateToSerial(date, date1904)).toBe(serial));
});

describe("cellContent of a formula", () => {
  it.each([
    [0, 0],
    [false, false],
    ["", ""],
    [7.5, 7.5],
    [{ error: "#DIV/0!" }, { error: "#DIV/0!" }],
    [undefined, null],
  ])("cached result %p → value %p", (result, value) => {
    const cell = new ExcelJS.Workbook().addWorksheet("s").getCell("A1");
    cell.value = { formula: "B1*0", result } as ExcelJS.CellFormulaValue;
    expect(cellContent(cell, false)).toEqual({ value, formula: "=B1*0" });
  });
});
