/** Each rule profile's differences (docs/rules.md §4), checked on whole forms: what one profile flags and another does not. */
import { checkWorkbook, type CellValue, type FindingCode, type ProfileId, type SheetGrid } from "../../src/engine";

type IndicatorRow = [
  level1: string,
  level2: string,
  name: string,
  target: CellValue,
  actual: CellValue,
  weight: CellValue,
  score: CellValue,
  reason: CellValue,
];

function form(
  fund: { budget: number; executed: number; weight: number; rate: CellValue; score: CellValue; note?: string },
  rows: IndicatorRow[],
  total: CellValue,
): SheetGrid {
  const values: CellValue[][] = [
    ["项目支出绩效自评表"],
    ["项目名称", "规则测试"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
    [null, "年度资金总额", fund.budget, fund.budget, fund.executed, fund.weight, fund.rate, fund.score, fund.note ?? null],
    [null, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ...rows.map((r) => [null, ...r]),
    ["总分", null, null, null, null, null, 100, total, null],
  ];
  return { name: "表", originRow: 0, originCol: 0, values };
}

const standardRows = (effect: IndicatorRow[] = []): IndicatorRow[] => [
  ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 50, 50, null],
  ...(effect.length ? effect : [["效益指标", "社会效益指标", "受益人数", "≥100人", "100人", 30, 30, null] as IndicatorRow]),
  ["满意度指标", "满意度指标", "满意度", "≥90%", "95%", 10, 10, null],
];

const codes = (grid: SheetGrid, profile: ProfileId): FindingCode[] =>
  checkWorkbook({ sheets: [grid] }, { profile }).report.issues.map((f) => f.code);

describe("rule profiles on whole forms", () => {
  const lowExecution = form({ budget: 100, executed: 85, weight: 10, rate: 0.85, score: 8.5 }, standardRows(), 98.5);
  const lowExecutionExplained = form(
    { budget: 100, executed: 85, weight: 10, rate: 0.85, score: 8.5, note: "部分合同款项次年支付" },
    standardRows(),
    98.5,
  );
  const overAchieved = form(
    { budget: 100, executed: 100, weight: 10, rate: 1, score: 10 },
    standardRows([["效益指标", "社会效益指标", "受益人数", "≥100人", "150人", 30, 30, null]]),
    100,
  );
  const overAchievedExplained = form(
    { budget: 100, executed: 100, weight: 10, rate: 1, score: 10 },
    standardRows([["效益指标", "社会效益指标", "受益人数", "≥100人", "150人", 30, 30, "政策宣传到位，报名人数超出预期"]]),
    100,
  );
  const ningxiaWeights = form(
    { budget: 100, executed: 100, weight: 10, rate: 1, score: 10 },
    [
      ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 40, 40, null],
      ["效益指标", "社会效益指标", "受益人数", "≥100人", "100人", 30, 30, null],
      ["满意度指标", "满意度指标", "满意度", "≥90%", "95%", 20, 20, null],
    ],
    100,
  );
  const hubeiExecution = form(
    { budget: 100, executed: 50, weight: 20, rate: 0.5, score: 10 },
    [["产出指标", "数量指标", "完成数量", "≥10个", "10个", 80, 80, null]],
    90,
  );

  it.each<[string, SheetGrid, ProfileId, FindingCode, boolean]>([
    ["Sichuan asks a reason below 90% execution", lowExecution, "sichuan", "missing-reason", true],
    ["…satisfied by a note beside the execution score", lowExecutionExplained, "sichuan", "missing-reason", false],
    ["the default does not", lowExecution, "mof-2020", "missing-reason", false],
    ["Guangxi asks a reason at 130% of a ≥ target", overAchieved, "guangxi", "missing-reason", true],
    ["…satisfied by a reason", overAchievedExplained, "guangxi", "missing-reason", false],
    ["the default does not", overAchieved, "mof-2020", "missing-reason", false],
    ["Ningxia's 40/30/20 is off Ningxia's 40/40/20", ningxiaWeights, "ningxia", "weight-structure", true],
    ["and off the default's 50/30/10", ningxiaWeights, "mof-2020", "weight-structure", true],
    ["the default's 50/30/10 passes", overAchievedExplained, "mof-2020", "weight-structure", false],
    ["Hubei weighs execution 20", hubeiExecution, "hubei", "weight-structure", false],
    ["the default expects 10", hubeiExecution, "mof-2020", "weight-structure", true],
  ])("%s (%s)", (_label, grid, profile, code, present) => {
    expect(codes(grid, profile).includes(code)).toBe(present);
  });

  it("Hubei scores execution as 20 × rate", () => {
    const { report } = checkWorkbook({ sheets: [hubeiExecution] }, { profile: "hubei" });
    expect(report.tables[0].fund!.computedScore).toBe(10);
    expect(report.issues.filter((f) => f.code === "execution-mismatch")).toEqual([]);
  });

  it("linear-reverse scores an exceeded ≤ target linearly", () => {
    const grid = form(
      { budget: 100, executed: 100, weight: 10, rate: 1, score: 10 },
      standardRows([["效益指标", "生态效益指标", "能耗", "≤100吨", "125吨", 30, null, "设备老化"]]),
      null,
    );
    const score = (profile: ProfileId) => checkWorkbook({ sheets: [grid] }, { profile }).report.tables[0].indicators[1].computedScore;
    expect(score("linear-reverse")).toBe(22.5);
    expect(score("mof-2020")).toBe(24);
  });
});
