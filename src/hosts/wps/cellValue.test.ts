import { cellValueOf, formulaOf, numberFormatOf } from "./cellValue";

describe("cellValueOf", () => {
  it.each([
    [undefined, null],
    ["", null],
    [0.95, 0.95],
    [Infinity, null],
    ["5套", "5套"],
    [true, true],
    [-2146826281, { error: "#DIV/0!" }],
    [-2146826246, { error: "#N/A" }],
    ["#REF!", { error: "#REF!" }],
    [-2146826281.5, -2146826281.5],
  ])("%p → %p", (raw, expected) => {
    expect(cellValueOf(raw)).toEqual(expected);
  });
});

describe("formulaOf", () => {
  it.each([
    ["=B2/C2", 0.5, "=B2/C2"],
    ["0.95", 0.95, null],
    ["", undefined, null],
    ["=abc", "=abc", null],
    ["=", "=", null],
  ])("Formula %p with Value2 %p → %p", (formula, value2, expected) => {
    expect(formulaOf(formula, value2)).toBe(expected);
  });
});

describe("numberFormatOf", () => {
  it.each([
    ["0.00%", "0.00%"],
    ["General", null],
    ["G/通用格式", null],
    [null, null],
    ["", null],
  ])("%p → %p", (raw, expected) => {
    expect(numberFormatOf(raw)).toBe(expected);
  });
});
