import { dayNumber } from "./calendar";
import type { ParseContext, ParsedValue } from "./types";
import { parseValue } from "./value";

const num = (value: number, unit: string | null, comparator: string | null = null, from: string | null = comparator ? "symbol" : null) => ({
  kind: "number",
  value,
  unit: unit === null ? null : expect.objectContaining({ text: unit }),
  comparator,
  comparatorFrom: from,
});

describe("parseValue: cells of every type", () => {
  it.each<[string, unknown, ParseContext | undefined, unknown]>([
    ["null", null, undefined, { kind: "empty" }],
    ["blank text", "   ", undefined, { kind: "empty" }],
    ["full-width blank", "\u3000", undefined, { kind: "empty" }],
    ["error value", { error: "#DIV/0!" }, undefined, { kind: "error", error: "#DIV/0!" }],
    ["error as text", "#N/A", undefined, { kind: "error", error: "#N/A" }],
    ["TRUE", true, undefined, { kind: "qualitative", text: "是", tier: "top" }],
    ["FALSE", false, undefined, { kind: "qualitative", text: "否", tier: "bottom" }],
    ["NaN", NaN, undefined, { kind: "error", error: "#NUM!" }],
    ["Infinity", Infinity, undefined, { kind: "error", error: "#NUM!" }],
    ["number", 43.2, undefined, num(43.2, null)],
    ["0.95 formatted %", 0.95, { numberFormat: "0%" }, num(95, "%")],
    ["0.7843 formatted 0.00%", 0.7843, { numberFormat: "0.00%" }, num(78.43, "%")],
    ["95 with unit column %", 95, { unitText: "%" }, num(95, "%")],
    ["95 with unit column 百分比", 95, { unitText: "百分比" }, num(95, "%")],
    ["98 with unit column %(百分比)", 98, { unitText: "%(百分比)" }, num(98, "%")],
    ["95 with unit column 万元", 95, { unitText: "万元" }, num(95, "万元")],
    ["'30' with unit column 万元", "30", { unitText: "万元" }, num(30, "万元")],
    ["the cell's own unit wins", "5%", { unitText: "万元" }, num(5, "%")],
    ["a long unit column is ignored", 5, { unitText: "这是一个很长很长的说明文字不是单位" }, num(5, null)],
    ["comparator column", 90, { comparatorText: "≥", unitText: "%" }, num(90, "%", ">=")],
    ["comparator column >=", 98, { comparatorText: ">=" }, num(98, null, ">=")],
    ["comparator column word", 5, { comparatorText: "不超过" }, num(5, null, "<=", "word")],
    ["定性 gives none", 5, { comparatorText: "定性" }, num(5, null)],
    ["the cell's comparator wins", "≤5", { comparatorText: "≥" }, num(5, null, "<=")],
    [
      "date format",
      44561,
      { numberFormat: "yyyy-mm-dd" },
      { kind: "date", start: dayNumber(2021, 12, 31), end: dayNumber(2021, 12, 31), comparator: null },
    ],
    [
      "date with comparator column",
      "2021年12月31日",
      { comparatorText: "≤" },
      { kind: "date", start: dayNumber(2021, 12, 31), end: dayNumber(2021, 12, 31), comparator: "<=" },
    ],
    ["text", "美化环境。", undefined, { kind: "text", text: "美化环境" }],
    ["a slash", "/", undefined, { kind: "text", text: "/" }],
    ["a band", "90%-95%", undefined, { kind: "range", low: 90, high: 95, unit: expect.objectContaining({ text: "%" }) }],
    ["a band of days", "3-5天", undefined, { kind: "range", low: 3, high: 5, unit: expect.objectContaining({ text: "天" }) }],
    ["two bounds", "≥90%且≤100%", undefined, { kind: "range", low: 90, high: 100, unit: expect.objectContaining({ text: "%" }) }],
    [
      "a band with the unit column",
      "90-95",
      { unitText: "%" },
      { kind: "range", low: 90, high: 95, unit: expect.objectContaining({ text: "%" }) },
    ],
    ["控制在…以内 is simply ≤", "控制在5%以内", undefined, num(5, "%", "<=", "word")],
    ["a Chinese numeral", "两次", undefined, num(2, "次")],
    ["百分之九十五", "百分之九十五", undefined, num(95, "%")],
    ["a Chinese numeral with the unit column", "十二", { unitText: "个" }, num(12, "个")],
    ["a hedge", "500余人", undefined, { ...num(500, "人"), hedged: true }],
    ["以上 as ≥, a hedge", "500人以上", undefined, { ...num(500, "人", ">=", "word"), hedged: true }],
    ["一般 stays a word", "一般", undefined, { kind: "qualitative", text: "一般", tier: "middle" }],
    ["a year digit by digit is text", "二〇二一年", undefined, { kind: "text", text: "二〇二一年" }],
    ["a zero-width space inside a number", "9\u200b5%", undefined, num(95, "%")],
    ["U+FEFF inside a comparator", "≥\ufeff=95%", undefined, num(95, "%", ">=")],
    ["only invisible characters", "\u200b\ufeff", undefined, { kind: "empty" }],
  ])("%s", (_label, cell, ctx, expected) => expect(parseValue(cell as never, ctx)).toEqual(expected));
});

describe("parseValue: OCR junk", () => {
  it.each<[string, ParsedValue | unknown]>([
    ["290%", { ...num(90, "%", ">="), ocrRepaired: true }],
    ["290$", { ...num(90, "%", ">="), ocrRepaired: true }],
    ["250%", { ...num(50, "%", ">="), ocrRepaired: true }],
    ["5=50%", { ...num(50, "%", ">="), ocrRepaired: true }],
    ["^80%", { ...num(80, "%"), ocrRepaired: true }],
    ["工5%", { kind: "text", text: "工5%" }],
    ["200%", num(200, "%")],
  ])("%j", (cell, expected) => expect(parseValue(cell)).toEqual(expected));
});

describe("parseValue: a year-unknown date says so", () => {
  it("11月底完成", () =>
    expect(parseValue("11月底完成")).toEqual({
      kind: "date",
      start: dayNumber(2000, 11, 30),
      end: dayNumber(2000, 11, 30),
      comparator: null,
      yearUnknown: true,
    }));
});
