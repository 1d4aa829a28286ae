import type { Comparator, ParsedPair, ParsedValue, Tier } from "../parse/types";
import { scoreIndicator } from "./indicator";
import { PROFILES } from "./profiles";
import type { ProfileId } from "./profile";

const units: Record<string, { base: string; factor: number }> = {
  "%": { base: "%", factor: 1 },
  万元: { base: "元", factor: 10000 },
  辆: { base: "辆", factor: 1 },
  次: { base: "次", factor: 1 },
  人: { base: "人", factor: 1 },
  小时: { base: "小时", factor: 1 },
  套: { base: "套", factor: 1 },
};
const num = (value: number, unit: string | null = null, comparator: Comparator | null = null): ParsedValue => ({
  kind: "number",
  value,
  unit: unit ? { text: unit, ...units[unit] } : null,
  comparator,
  comparatorFrom: comparator ? "symbol" : null,
});
const word = (text: string, tier: Tier): ParsedValue => ({ kind: "qualitative", text, tier });
const text = (t: string): ParsedValue => ({ kind: "text", text: t });
const day = (iso: string) => Date.parse(iso) / 86400000;
const date = (start: string, end: string, comparator: Comparator | null = null): ParsedValue => ({
  kind: "date",
  start: day(start),
  end: day(end),
  comparator,
});
const pair = (target: ParsedValue, actual: ParsedValue, extra: Partial<ParsedPair> = {}): ParsedPair => ({
  target,
  actual,
  actualUnitAssumed: false,
  unitMismatch: false,
  actualHasComparator: false,
  ...extra,
});

const score = (
  target: ParsedValue,
  actual: ParsedValue,
  weight: number | null,
  opts: { name?: string; level2?: string; profile?: ProfileId; targetText?: string; actualText?: string } = {},
) =>
  scoreIndicator(
    {
      name: opts.name ?? "指标",
      level2: opts.level2 ?? "数量指标",
      pair: pair(target, actual),
      targetText: opts.targetText ?? "t",
      actualText: opts.actualText ?? "a",
      weight,
    },
    PROFILES[opts.profile ?? "mof-2020"],
  );

describe("quantitative rows (RULES.md §4)", () => {
  it.each([
    // target, actual, weight, level2 → status, score
    ["≥12辆, 9辆 (seed form 3)", num(12, "辆", ">="), num(9, "辆"), 5, "数量指标", "unmet", 3.75],
    ["≥95%, 95%", num(95, "%", ">="), num(95, "%"), 10, "时效指标", "met", 10],
    ["≥95%, 96%", num(95, "%", ">="), num(96, "%"), 10, "时效指标", "met", 10],
    ["=5套 met", num(5, null, "="), num(5), 10, "数量指标", "met", 10],
    ["=10 below", num(10, null, "="), num(8), 10, "数量指标", "unmet", 8],
    ["=10 above is over-achievement", num(10, null, "="), num(12), 10, "数量指标", "met", 10],
    ["≤6.20万元, 4.69万元 (seed form 3, came in under)", num(6.2, "万元", "<="), num(4.69, "万元"), 5, "成本指标", "met", 5],
    ["≤48小时 exceeded: ratio", num(48, "小时", "<="), num(60, "小时"), 2, "时效指标", "unmet", 1.6],
    ["8755 vs 8676, no comparator: ≥ assumed", num(8755), num(8676), 15, "数量指标", "unmet", (15 * 8676) / 8755],
    ["cost, no comparator: ≤ assumed", num(15, "万元"), num(16, "万元"), 4, "成本指标", "unmet", (4 * 15) / 16],
    ["cost with = is read as ≤: a saving is fine", num(30, "万元", "="), num(28, "万元"), 5, "成本指标", "met", 5],
    ["cost with = over budget", num(30, "万元", "="), num(32, "万元"), 5, "成本指标", "unmet", (5 * 30) / 32],
    ["no weight: judged, not scored", num(10, null, ">="), num(5), null, "数量指标", "unmet", null],
    ["negative actual scores 0", num(10, null, ">="), num(-3), 5, "数量指标", "unmet", 0],
  ] as const)("%s", (_label, target, actual, weight, level2, status, want) => {
    const v = score(target, actual, weight, { level2 });
    expect(v.status).toBe(status);
    if (want === null) expect(v.score).toBeNull();
    else expect(v.score).toBeCloseTo(want, 6);
    expect(v.score === null || v.score <= (weight ?? Infinity)).toBe(true);
  });

  it("says which direction it assumed", () => {
    expect(
      score(num(8755), num(8676), 15)
        .assumptions.map((a) => a.zh)
        .join(),
    ).toContain("≥");
    expect(score(num(0.9, "%"), num(0.5, "%"), 10, { name: "森林火灾受害率" }).status).toBe("met");
  });

  it("shows the arithmetic", () => {
    expect(score(num(12, "辆", ">="), num(9, "次"), 5).explanation.zh).toBe("9 / 12 × 5 = 3.75");
  });

  it.each([
    ["mof-2020", (5 * 48) / 60],
    ["linear-reverse", 5 * (1 - 12 / 48)],
  ] as const)("an exceeded ≤ target under %s", (profile, want) => {
    const v = score(num(48, "小时", "<="), num(60, "小时"), 5, { profile });
    expect(v.score).toBeCloseTo(want, 6);
  });

  it("linear reverse scores 0 at twice the target and never below", () => {
    expect(score(num(10, null, "<="), num(20), 5, { profile: "linear-reverse" }).score).toBe(0);
    expect(score(num(10, null, "<="), num(35), 5, { profile: "linear-reverse" }).score).toBe(0);
  });
});

describe("qualitative rows: tiers (RULES.md §4)", () => {
  it.each([
    // profile, target, actual, weight → status, fill, range
    ["mof-2020", word("有效降低", "top"), num(90, "%"), 15, "met", 13.5, [12, 15]],
    ["mof-2020", word("有效促进", "top"), num(85, "%"), 15, "met", 12.75, [12, 15]],
    ["mof-2020", word("有效提高", "top"), num(100, "%"), 10, "met", 10, [8, 10]],
    ["mof-2020", word("有效提高", "top"), num(80, "%"), 10, "met", 8, [8, 10]],
    ["mof-2020", word("有效提高", "top"), num(70, "%"), 10, "unmet", 7, [6, 8]],
    ["mof-2020", word("有效提高", "top"), num(60, "%"), 10, "unmet", 6, [6, 8]],
    ["mof-2020", word("有效提高", "top"), num(50, "%"), 10, "unmet", 5, [0, 6]],
    ["hubei", word("有效提高", "top"), num(55, "%"), 10, "unmet", 5.5, [5, 8]],
    ["hubei", word("有效提高", "top"), num(45, "%"), 10, "unmet", 4.5, [0, 5]],
    ["mof-2020", word("严格执行相关制度规定", "top"), word("达成预期指标", "top"), 8, "met", 8, [6.4, 8]],
    ["mof-2020", word("是", "top"), word("基本达到", "middle"), 8, "unmet", null, [4.8, 6.4]],
    ["mof-2020", word("合格", "top"), word("未完成", "bottom"), 10, "unmet", null, [0, 6]],
    ["mof-2020", num(30, "万元", "<="), word("完成", "top"), 90, "met", 90, [72, 90]],
  ] as const)("%s: %j / %j", (profile, target, actual, weight, status, fill, range) => {
    const v = score(target, actual, weight, { profile });
    expect(v.status).toBe(status);
    if (fill === null) expect(v.score).toBeNull();
    else expect(v.score).toBeCloseTo(fill, 6);
    expect(v.range![0]).toBeCloseTo(range[0], 6);
    expect(v.range![1]).toBeCloseTo(range[1], 6);
  });
});

describe("text, dates and blanks", () => {
  it.each([
    [
      "the target sentence copied verbatim is met",
      text("完成39户结亲户6次慰问、51户住户4次慰问"),
      text("完成39户结亲户6次慰问、51户住户4次慰问"),
      "完成39户结亲户6次慰问、51户住户4次慰问",
      "完成39户结亲户6次慰问、51户住户4次慰问 ",
      "met",
      10,
    ],
    [
      "the same after punctuation and spaces",
      text("社会认可的办学环境"),
      text("社会认可的办学环境."),
      "社会认可的办学环境",
      " 社会认可的办学环境.",
      "met",
      10,
    ],
    ["different sentences need a person", text("美化环境"), text("按合同完成"), "美化环境", "按合同完成", "manual", null],
    ["blank target and actual", { kind: "empty" }, { kind: "empty" }, "", "", "manual", null],
    ["blank actual", num(5), { kind: "empty" }, "5", "", "manual", null],
    ["an error value", num(5), { kind: "error", error: "#DIV/0!" }, "5", "#DIV/0!", "manual", null],
    [
      "period met",
      date("2021-01-01", "2021-12-31"),
      date("2021-01-01", "2021-12-31"),
      "2021.1.1-2021.12.31",
      "2021.1.1-2021.12.31 ",
      "met",
      10,
    ],
    [
      "a date before the deadline",
      date("2021-12-01", "2021-12-31", "<="),
      date("2021-11-20", "2021-11-20"),
      "2021年12月底前",
      "2021年11月20日",
      "met",
      10,
    ],
    ["late", date("2021-12-01", "2021-12-31", "<="), date("2022-03-01", "2022-03-01"), "2021年12月底前", "2022年3月1日", "unmet", null],
  ] as const)("%s", (_label, target, actual, targetText, actualText, status, want) => {
    const v = score(target as ParsedValue, actual as ParsedValue, 10, { targetText, actualText });
    expect(v.status).toBe(status);
    expect(v.score).toBe(want);
  });
});

describe("bands: inside is met, outside the indicator's direction decides (RULES.md §3)", () => {
  const band = (low: number, high: number, unit: string | null): ParsedValue => ({
    kind: "range",
    low,
    high,
    unit: unit ? { text: unit, ...units[unit] } : null,
  });
  it.each([
    // label, band, actual, name, level2 → status, score
    ["coverage inside the band", band(90, 95, "%"), num(93, "%"), "覆盖率", "质量指标", "met", 10],
    ["coverage on the lower bound", band(90, 95, "%"), num(90, "%"), "覆盖率", "质量指标", "met", 10],
    ["coverage above the band is no miss", band(90, 95, "%"), num(99, "%"), "覆盖率", "质量指标", "met", 10],
    ["coverage short of the lower bound, scored against it", band(90, 95, "%"), num(81, "%"), "覆盖率", "质量指标", "unmet", 9],
    ["time below the band is no miss", band(72, 120, "小时"), num(48, "小时"), "办结时间", "时效指标", "met", 10],
    ["time above the band, scored against the upper bound", band(3, 5, "小时"), num(8, "小时"), "响应", "时效指标", "unmet", 6.25],
    ["an on-time rate is higher-is-better", band(90, 95, "%"), num(85, "%"), "按时完成率", "时效指标", "unmet", (10 * 85) / 90],
    ["a failure rate above the band, scored against the upper bound", band(1, 2, "%"), num(4, "%"), "设备故障率", "质量指标", "unmet", 5],
    ["a cost above the band", band(80, 100, "万元"), num(125, "万元"), "项目成本", "成本指标", "unmet", 8],
    ["a cost below the band is a saving", band(80, 100, "万元"), num(60, "万元"), "项目成本", "成本指标", "met", 10],
  ] as const)("%s", (_label, target, actual, name, level2, status, want) => {
    const v = score(target, actual, 10, { name, level2 });
    expect(v.status).toBe(status);
    expect(v.score).toBeCloseTo(want, 6);
    expect(v.assumptions.length).toBeGreaterThan(0);
  });
  it("linear-reverse scores an exceeded upper bound linearly", () =>
    expect(score(band(1, 2, "%"), num(3, "%"), 10, { name: "投诉率", profile: "linear-reverse" }).score).toBeCloseTo(5, 6));
  it("a lower bound of 0 cannot be scored in proportion", () =>
    expect(score(band(0, 5, null), num(-1), 10, { name: "数量" }).status).toBe("manual"));
});

describe("全部完成 against a count: met for scoring, said as manual review (RULES.md §3)", () => {
  it.each<[string, ParsedValue, ParsedValue, string, boolean]>([
    ["全部完成 against ≥5套", num(5, null, ">="), word("全部完成", "top"), "全部完成", true],
    ["已完成 against =12次", num(12, "次", "="), word("已完成", "top"), "已完成", true],
    ["100%完成 against ≥300人", num(300, "人", ">="), num(100, "%"), "100%完成", true],
    ["完成 against a bare count", num(8), word("完成", "top"), "完成", true],
    ["完成 against money is the qualitative tier", num(30, "万元", "<="), word("完成", "top"), "完成", false],
    ["完成 against a percent is the qualitative tier", num(95, "%", ">="), word("完成", "top"), "完成", false],
    ["a sentence with 完成 in it is no claim", num(5, "套", ">="), text("完成采购5套"), "完成采购5套", false],
  ])("%s", (_label, target, actual, actualText, claim) => {
    const v = score(target, actual, 10, { actualText });
    if (claim) {
      expect(v).toMatchObject({ status: "met", score: 10, unverified: true });
      expect(v.manual?.zh).toContain(actualText);
    } else expect(v.unverified).toBeUndefined();
  });
});

describe("weights no rule can use (reliability review §4)", () => {
  it.each<[string, number]>([
    ["negative", -5],
    ["infinite", Infinity],
    ["NaN", NaN],
  ])("a %s weight gives no score", (_label, weight) => {
    const v = score(num(12, "辆", ">="), num(9, "辆"), weight);
    expect(v.score).toBeNull();
    expect(v.status).toBe("unmet");
  });
  it("a huge finite weight gives a finite score", () => {
    for (const actual of [num(9, "辆"), num(12, "辆"), num(1e-300, "辆")]) {
      const v = score(num(12, "辆", ">="), actual, 1e308);
      expect(Number.isFinite(v.score)).toBe(true);
    }
  });
});
