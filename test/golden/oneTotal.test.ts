/**
 * docs/rules.md §4 "one computed total" and the reliability review §4: the report's computed 总分 and the 总分 a fill
 * writes are one figure, a filled form adds up and is never flagged by its own checker, and no score, total or fill is
 * ever ±Infinity.
 */
import { checkWorkbook, planEdits, type CellValue, type Report, type SheetGrid } from "../../src/engine";
import { buildFormSheet, formSpec, type IndicatorSpec } from "../../src/engine/recognise/testing/formBuilder";
import { applyFills } from "./verdicts";

const level1Of = (level2: string) => (/效益|可持续/.test(level2) ? "效益指标" : /满意/.test(level2) ? "满意度指标" : "产出指标");
const row = (
  level2: string,
  name: string,
  target: CellValue,
  actual: CellValue,
  weight: CellValue,
  score: CellValue = null,
  reason: CellValue = "见说明",
): IndicatorSpec => ({ level1: level1Of(level2), level2, name, target, actual, weight, score, reason });

/** The fund block with its 执行率得分 left empty, so it is filled too. */
const FUND = {
  withInitial: true,
  label: "项目资金（万元）",
  rows: [
    { label: "年度资金总额", values: [27.72, 27.72, 21.74, 10, null, null] },
    { label: "其中：当年财政拨款", values: [27.72, 27.72, 21.74, "—", "—", "—"] },
  ],
};

function checked(indicators: IndicatorSpec[], total: CellValue = null): { report: Report; grid: SheetGrid } {
  const { grid } = buildFormSheet(formSpec({ indicators, fund: FUND, total: { label: "总分", weight: 100, score: total } }));
  return { report: checkWorkbook({ sheets: [grid] }).report, grid };
}

const nonFinite = (x: unknown): boolean =>
  typeof x === "number"
    ? !Number.isFinite(x)
    : Array.isArray(x)
      ? x.some(nonFinite)
      : x !== null && typeof x === "object"
        ? Object.values(x).some(nonFinite)
        : false;

/** Scores that round up to 0.005 each: exact sums and sums of rounded parts differ by a cent. */
const ROUNDING = [
  row("数量指标", "一", "≥3个", "2个", 10),
  row("数量指标", "二", "≥3个", "2个", 10),
  row("质量指标", "三", "≥3个", "2个", 10),
  row("时效指标", "四", "≥3个", "2个", 10),
  row("成本指标", "五", "≤3万元", "3万元", 10),
  row("社会效益指标", "六", "≥7人", "6人", 15),
  row("可持续影响指标", "七", "≥7人", "6人", 15),
  row("满意度指标", "八", "≥90%", "95%", 10),
];

describe("one computed total", () => {
  it("the computed 总分 is the 总分 a fill writes, to the cent", () => {
    const { report } = checked(ROUNDING);
    const [t] = report.tables;
    const totalFill = t.fills.find((f) => f.kind === "total")!;
    expect(totalFill.value).toBe(t.total!.computedScore);
    expect(t.total!.reportedPartsSum).toBe(t.total!.computedScore);
    // The parts as filled: 7.84 + 4 × 6.67 + 10 + 2 × 12.86 + 10 = 80.24 (the exact sum, 80.2237, would give 80.22).
    expect(t.total!.computedScore).toBe(80.24);
  });

  it("a filled form adds up: checked again, nothing is flagged but what was there before", () => {
    const { report, grid } = checked(ROUNDING);
    const again = checkWorkbook({ sheets: [applyFills(grid, report)] }).report;
    expect(again.issues.filter((f) => f.code !== "score-empty" && f.code !== "missing-reason")).toEqual(
      report.issues.filter((f) => f.code !== "score-empty" && f.code !== "missing-reason"),
    );
    expect(again.issues.map((f) => f.code)).not.toContain("total-mismatch");
    expect(again.tables[0].total).toMatchObject({ reportedScore: 80.24, computedScore: 80.24 });
  });
});

it("parts above the 总分's 分值 (weights that do not add up) are not filled into the 总分", () => {
  const heavy = [...ROUNDING, row("满意度指标", "九", "≥90%", "95%", 10, 10)];
  const { report } = checked(heavy);
  expect(report.tables[0].total!.reportedPartsSum).toBeGreaterThan(80);
  expect(report.issues.some((f) => f.code === "weight-structure")).toBe(true);
  const over = checked(heavy.map((r) => ({ ...r, score: r.weight })));
  expect(over.report.tables[0].total!.reportedPartsSum).toBe(107.84);
  expect(over.report.tables[0].fills.filter((f) => f.kind === "total")).toEqual([]);
});

describe("full marks on a 分值 with three decimals (reliability review §4)", () => {
  const thirds = [
    row("数量指标", "一", "≥5套", "5套", 16.667),
    row("质量指标", "二", "≥5套", "5套", 16.667),
    row("时效指标", "三", "≥5套", "5套", 16.666),
    row("社会效益指标", "四", "≥5套", "5套", 30),
    row("满意度指标", "五", "≥90%", "95%", 10),
  ];
  it("fills 16.667, not 16.67, and the checker never flags its own fill", () => {
    const { report, grid } = checked(thirds);
    expect(report.tables[0].indicators.map((i) => i.computedScore)).toEqual([16.667, 16.667, 16.666, 30, 10]);
    const plan = planEdits(report, { fill: true, overwrite: false, overwriteFormulas: false, mark: [], notes: false, lang: "zh" });
    expect(plan.edits.filter((e) => e.kind === "value").map((e) => (e.kind === "value" ? e.value : null))).toContain(16.667);
    const again = checkWorkbook({ sheets: [applyFills(grid, report)] }).report;
    expect(again.issues.map((f) => f.code)).not.toContain("score-out-of-range");
    expect(again.issues.map((f) => f.code)).not.toContain("total-mismatch");
  });
  it.each<[CellValue, boolean]>([
    [16.67, false], // full marks written to 2 decimals
    [16.7, false],
    [16.68, true],
  ])("a reported %p on 分值 16.667 is out of range: %p", (score, flagged) => {
    const { report } = checked([row("数量指标", "一", "≥5套", "5套", 16.667, score)]);
    expect(report.issues.some((f) => f.code === "score-out-of-range")).toBe(flagged);
  });
});

describe("weights no rule can use", () => {
  it.each<[string, CellValue]>([
    ["negative", -5],
    ["negative, as text", "-5分"],
    ["infinite", Infinity],
    ["-Infinity", -Infinity],
  ])("a %s 分值 is a weight-structure finding and scores nothing", (_label, weight) => {
    const { report } = checked([row("数量指标", "一", "≥12辆", "9辆", weight), row("质量指标", "二", "≥5套", "5套", 10)]);
    const [first] = report.tables[0].indicators;
    expect(first.computedScore).toBeNull();
    expect(report.issues.find((f) => f.code === "weight-structure" && f.row === first.row)).toBeDefined();
    expect(report.tables[0].fills.map((f) => f.value).every((v) => v >= 0)).toBe(true);
  });

  it.each<[string, CellValue]>([
    ["1E+308", 1e308],
    ["the largest double", Number.MAX_VALUE],
    ["Infinity", Infinity],
    ["-Infinity", -Infinity],
    ["NaN", NaN],
  ])("%s as a 分值: no ±Infinity anywhere in the report or the plan", (_label, weight) => {
    const { report } = checked([
      row("数量指标", "一", "≥12辆", "9辆", weight),
      row("质量指标", "二", "≥5套", "5套", weight),
      row("时效指标", "三", "≥5套", "4套", 10),
    ]);
    expect(nonFinite(report)).toBe(false);
    const plan = planEdits(report, {
      fill: true,
      overwrite: true,
      overwriteFormulas: true,
      mark: ["error", "warning", "info"],
      notes: true,
      lang: "zh",
    });
    expect(nonFinite(plan)).toBe(false);
  });

  it.each<[string, CellValue]>([
    ["negative", -10],
    ["infinite", Infinity],
  ])("a %s execution 分值 scores nothing either", (_label, weight) => {
    const fund = { ...FUND, rows: [{ label: "年度资金总额", values: [27.72, 27.72, 21.74, weight, null, null] }] };
    const { grid } = buildFormSheet(formSpec({ indicators: ROUNDING, fund, total: { label: "总分", weight: 100, score: null } }));
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.tables[0].fund!.computedScore).toBeNull();
    expect(report.issues.some((f) => f.code === "weight-structure" && f.row === report.tables[0].fund!.row)).toBe(true);
  });
});
