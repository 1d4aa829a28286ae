import { parseNumberCell, parseRateCell } from "./cells";
import type { CellValue } from "./types";

describe("parseNumberCell", () => {
  it.each<[CellValue, "万元" | "元" | undefined, number | null]>([
    [10, undefined, 10],
    [0, undefined, 0],
    ["10分", undefined, 10],
    ["7.84分", undefined, 7.84],
    ["7.84 分", undefined, 7.84],
    ["９０分", undefined, 90],
    ["91.44分", undefined, 91.44],
    [" 100 ", undefined, 100],
    ["1,000.5", undefined, 1000.5],
    ["+5", undefined, 5],
    ["10%", undefined, 10],
    ["620.82万元", "万元", 620.82],
    ["620.82万元", "元", 6208200],
    ["620.82万元", undefined, 620.82],
    ["259.45万元", "万元", 259.45],
    ["20000元", "万元", 2],
    ["2.6亿元", "万元", 26000],
    ["3", "元", 3],
    [null, undefined, null],
    ["", undefined, null],
    ["—", undefined, null],
    ["-", undefined, null],
    ["–", undefined, null],
    ["/", undefined, null],
    ["无", undefined, null],
    ["(blank)", undefined, null],
    ["10个", undefined, null],
    ["约10", undefined, null],
    ["≥10", undefined, null],
    ["10分10", undefined, null],
    [true, undefined, null],
    [{ error: "#DIV/0!" }, undefined, null],
    [NaN, undefined, null],
    [Infinity, undefined, null],
    [-Infinity, undefined, null],
  ])("%j in a %s block → %p", (cell, blockUnit, expected) => expect(parseNumberCell(cell, { blockUnit })).toBe(expected));
  it("works without a context", () => expect(parseNumberCell("7.84分")).toBe(7.84));
});

describe("parseRateCell", () => {
  it.each<[CellValue, string | null, number | null]>([
    ["78.43%", null, 0.7843],
    ["100%", null, 1],
    ["100.00%", null, 1],
    ["86.5%", null, 0.865],
    ["10.77%", null, 0.1077],
    ["７８．４３％", null, 0.7843],
    [0.7843, "0.00%", 0.7843],
    [0.7843, null, 0.7843],
    [1, null, 1],
    [1, "0%", 1],
    [0, null, 0],
    ["0", null, 0],
    ["1", null, 1],
    ["1.2", null, 1.2],
    ["100", null, 1],
    [86, null, 0.86],
    [99, "0%", 0.99],
    ["1 (=100%)", null, 1],
    ["1(=100%)", null, 1],
    ["(blank)", null, null],
    ["—", null, null],
    ["", null, null],
    [null, null, null],
    ["-5%", null, null],
    [-0.2, null, null],
    ["执行率", null, null],
    [{ error: "#DIV/0!" }, null, null],
    [NaN, null, null],
    [Infinity, null, null],
    [true, null, null],
  ])("%j (format %j) → %p", (cell, format, expected) => expect(parseRateCell(cell, format)).toBe(expected));
});

describe("parseNumberCell reads a cell as shown", () => {
  it.each<[CellValue, string | null, number | null]>([
    [0.1, "0%", 10],
    [1, "0%", 100],
    [0.7843, "0.00%", 78.43],
    [10, "0.00", 10],
    [10, null, 10],
  ])("%j formatted %j → %p", (cell, numberFormat, expected) => expect(parseNumberCell(cell, { numberFormat })).toBe(expected));
});
