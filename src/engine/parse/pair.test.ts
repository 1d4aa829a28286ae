import { dayNumber } from "./calendar";
import { parsePair } from "./pair";
import type { CellValue, ParseContext, ParsedValue } from "./types";

type Summary = { t: string; a: string; assumed: boolean; mismatch: boolean; copied: boolean };

/** A pair in one line: "≥12 辆" / "9 次"; dates as "d:start..end". */
function show(v: ParsedValue): string {
  switch (v.kind) {
    case "number":
      return `${v.comparator ?? ""}${v.value}${v.unit ? ` ${v.unit.text}` : ""}`;
    case "date":
      return `${v.comparator ?? ""}d:${v.start}..${v.end}`;
    case "range":
      return `${v.low}..${v.high}${v.unit ? ` ${v.unit.text}` : ""}`;
    case "qualitative":
      return `q:${v.tier}`;
    case "text":
      return `t:${v.text}`;
    default:
      return v.kind;
  }
}
const summary = (target: CellValue, actual: CellValue, ctx?: { target?: ParseContext; actual?: ParseContext }): Summary => {
  const p = parsePair(target, actual, ctx);
  return { t: show(p.target), a: show(p.actual), assumed: p.actualUnitAssumed, mismatch: p.unitMismatch, copied: p.actualHasComparator };
};

describe("parsePair", () => {
  it.each<[CellValue, CellValue, Summary]>([
    ["=5套", "5套", { t: "=5 套", a: "5 套", assumed: false, mismatch: false, copied: false }],
    ["≤90万元", "90", { t: "<=90 万元", a: "90 万元", assumed: true, mismatch: false, copied: false }],
    ["≤90万元", 90, { t: "<=90 万元", a: "90 万元", assumed: true, mismatch: false, copied: false }],
    ["=2万元", "2万", { t: "=2 万元", a: "2 万元", assumed: true, mismatch: false, copied: false }],
    ["=2万元", "20000元", { t: "=2 万元", a: "2 万元", assumed: false, mismatch: false, copied: false }],
    ["<=6.20万元", "46900元", { t: "<=6.2 万元", a: "4.69 万元", assumed: false, mismatch: false, copied: false }],
    ["2000元", "2万", { t: "2000 元", a: "20000 元", assumed: true, mismatch: false, copied: false }],
    ["1.2万亩", "12000亩", { t: "1.2 万亩", a: "1.2 万亩", assumed: false, mismatch: false, copied: false }],
    ["≥1公里", "800米", { t: ">=1 公里", a: "0.8 公里", assumed: false, mismatch: false, copied: false }],
    ["≤2天", "36小时", { t: "<=2 天", a: "1.5 天", assumed: false, mismatch: false, copied: false }],
    ["3吨", "3500公斤", { t: "3 吨", a: "3.5 吨", assumed: false, mismatch: false, copied: false }],
    [">=12辆", "9次", { t: ">=12 辆", a: "9 次", assumed: false, mismatch: true, copied: false }],
    ["≥300户", "300人", { t: ">=300 户", a: "300 人", assumed: false, mismatch: true, copied: false }],
    ["≥266米", "≥266米", { t: ">=266 米", a: ">=266 米", assumed: false, mismatch: false, copied: true }],
    ["≥90%", "≥90%", { t: ">=90 %", a: ">=90 %", assumed: false, mismatch: false, copied: true }],
    ["95%", 95, { t: "95 %", a: "95 %", assumed: true, mismatch: false, copied: false }],
    ["95%", 0.95, { t: "95 %", a: "95 %", assumed: true, mismatch: false, copied: false }],
    ["0.9%", 0.5, { t: "0.9 %", a: "0.5 %", assumed: true, mismatch: false, copied: false }],
    ["100", "100%", { t: "100", a: "100 %", assumed: false, mismatch: false, copied: false }],
    ["43.2", "37.24", { t: "43.2", a: "37.24", assumed: false, mismatch: false, copied: false }],
    ["有效降低", "90%", { t: "q:top", a: "90 %", assumed: false, mismatch: false, copied: false }],
    ["效果明显", "达成预期指标", { t: "q:top", a: "q:top", assumed: false, mismatch: false, copied: false }],
    [
      "2021.1.1-2021.12.31",
      "2021.1.1-2021.12.31 ",
      {
        t: `d:${dayNumber(2021, 1, 1)}..${dayNumber(2021, 12, 31)}`,
        a: `d:${dayNumber(2021, 1, 1)}..${dayNumber(2021, 12, 31)}`,
        assumed: false,
        mismatch: false,
        copied: false,
      },
    ],
    [
      "11月底完成",
      "2021年11月20日",
      {
        t: `d:${dayNumber(2021, 11, 30)}..${dayNumber(2021, 11, 30)}`,
        a: `d:${dayNumber(2021, 11, 20)}..${dayNumber(2021, 11, 20)}`,
        assumed: false,
        mismatch: false,
        copied: false,
      },
    ],
    [
      "2021年12月底前",
      "12月20日",
      {
        t: `<=d:${dayNumber(2021, 12, 31)}..${dayNumber(2021, 12, 31)}`,
        a: `d:${dayNumber(2021, 12, 20)}..${dayNumber(2021, 12, 20)}`,
        assumed: false,
        mismatch: false,
        copied: false,
      },
    ],
    [null, "5套", { t: "empty", a: "5 套", assumed: false, mismatch: false, copied: false }],
    // Hedges in the actual are no copied comparator (RULES.md §3)
    ["≥500人", "500人以上", { t: ">=500 人", a: ">=500 人", assumed: false, mismatch: false, copied: false }],
    ["≥500人", "约500人", { t: ">=500 人", a: "500 人", assumed: false, mismatch: false, copied: false }],
    ["500人", "500余人", { t: "500 人", a: "500 人", assumed: false, mismatch: false, copied: false }],
    ["≥500人", "不少于500人", { t: ">=500 人", a: ">=500 人", assumed: false, mismatch: false, copied: true }],
    // Bands: the actual comes in the band's unit
    ["90%-95%", "93%", { t: "90..95 %", a: "93 %", assumed: false, mismatch: false, copied: false }],
    ["90%-95%", 0.93, { t: "90..95 %", a: "93 %", assumed: true, mismatch: false, copied: false }],
    ["3-5天", "48小时", { t: "3..5 天", a: "2 天", assumed: false, mismatch: false, copied: false }],
    ["3-5天", "4次", { t: "3..5 天", a: "4 次", assumed: false, mismatch: true, copied: false }],
    // Chinese numerals and larger units
    ["≥2次", "两次", { t: ">=2 次", a: "2 次", assumed: false, mismatch: false, copied: false }],
    ["≥3000人次", "三千人次", { t: ">=3000 人次", a: "3000 人次", assumed: false, mismatch: false, copied: false }],
    ["≥3万人次", "28000人次", { t: ">=3 万人次", a: "2.8 万人次", assumed: false, mismatch: false, copied: false }],
    ["≤1亿元", "9500万元", { t: "<=1 亿元", a: "0.95 亿元", assumed: false, mismatch: false, copied: false }],
    ["≤5‰", "0.4%", { t: "<=5 ‰", a: "4 ‰", assumed: false, mismatch: false, copied: false }],
    ["≥95%", "百分之九十六", { t: ">=95 %", a: "96 %", assumed: false, mismatch: false, copied: false }],
    // Invisible characters inside numbers, units and comparators
    ["≥\u200b95\ufeff%", "9\u200b6%", { t: ">=95 %", a: "96 %", assumed: false, mismatch: false, copied: false }],
    ["\u2060≤\u00a090万\u200b元", "8\u3000 5万元", { t: "<=90 万元", a: "85 万元", assumed: false, mismatch: false, copied: false }],
    [{ error: "#DIV/0!" }, "5", { t: "error", a: "5", assumed: false, mismatch: false, copied: false }],
  ])("%j vs %j", (target, actual, expected) => expect(summary(target, actual)).toEqual(expected));

  it("split columns: the unit column serves both, the comparator column only the target", () => {
    const ctx = { target: { comparatorText: "≥", unitText: "%" }, actual: { comparatorText: "≥", unitText: "%" } };
    expect(summary(90, 93, ctx)).toEqual({ t: ">=90 %", a: "93 %", assumed: false, mismatch: false, copied: false });
  });
  it("split columns: a money target and a bare actual", () => {
    expect(summary(30, "完成", { target: { comparatorText: "≤", unitText: "万元" } })).toEqual({
      t: "<=30 万元",
      a: "q:top",
      assumed: false,
      mismatch: false,
      copied: false,
    });
  });
  it("keeps a year-unknown flag when neither side names a year", () => {
    const p = parsePair("11月底完成", "11月20日");
    expect(p.target).toMatchObject({ kind: "date", yearUnknown: true });
    expect(p.actual).toMatchObject({ kind: "date", yearUnknown: true });
  });
  it("drops the flag once the year is known", () => expect(parsePair("11月底完成", "2021年11月").target).not.toHaveProperty("yearUnknown"));
});

describe("parsePair: extreme values", () => {
  it("a conversion that would overflow leaves the actual as written", () => {
    const p = parsePair("1元", `${"9".repeat(305)}亿元`);
    expect(p.actual).toMatchObject({ kind: "number", unit: expect.objectContaining({ text: "亿元" }) });
    expect(p.actual.kind === "number" && Number.isFinite(p.actual.value)).toBe(true);
  });
});
