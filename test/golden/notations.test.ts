/**
 * docs/rules.md §3's notations on whole forms: bands read by the indicator's direction, numbers in words, larger units,
 * hedges, 全部完成 against a count; and whatever the engine cannot read is manual review, never an error and never
 * an invented score.
 */
import { checkWorkbook, type CellValue, type FindingCode, type IndicatorStatus, type SheetGrid } from "../../src/engine";

type Row = [name: string, level2: string, target: CellValue, actual: CellValue, weight: CellValue, score: CellValue, reason: CellValue];

const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const level1Of = (level2: string) => (/效益|可持续/.test(level2) ? "效益指标" : /满意/.test(level2) ? "满意度指标" : "产出指标");

function formOf(rows: Row[]): SheetGrid {
  const values: CellValue[][] = [
    ["项目支出绩效自评表"],
    ["项目名称", "记法测试"],
    HEADER,
    ...rows.map(([name, level2, target, actual, weight, score, reason]) => [
      level1Of(level2),
      level2,
      name,
      target,
      actual,
      weight,
      score,
      reason,
    ]),
  ];
  return { name: "表", originRow: 0, originCol: 0, values };
}

const cases: [label: string, row: Row, status: IndicatorStatus, computed: number | null, codes: FindingCode[]][] = [
  // Bands
  ["coverage inside the band", ["覆盖率", "质量指标", "90%-95%", "93%", 10, 10, null], "met", 10, []],
  ["coverage above the band is no miss", ["覆盖率", "质量指标", "90%-95%", "99%", 10, 10, null], "met", 10, []],
  [
    "coverage short of the band, scored against its lower bound",
    ["覆盖率", "质量指标", "90%-95%", "81%", 10, 9, "部分乡镇未覆盖"],
    "unmet",
    9,
    [],
  ],
  [
    "time over the band, scored against its upper bound",
    ["办结时间", "时效指标", "3-5天", "8天", 10, null, "人手不足"],
    "unmet",
    6.25,
    ["score-empty"],
  ],
  ["time under the band is no miss", ["办结时间", "时效指标", "3至5天", "2天", 10, 10, null], "met", 10, []],
  ["a complaint rate under the band is no miss", ["投诉率", "质量指标", "1%-2%", "0.5%", 10, 10, null], "met", 10, []],
  ["two bounds", ["合格率", "质量指标", "≥90%且≤100%", "95%", 10, 10, null], "met", 10, []],
  ["控制在5%以内 is ≤ 5%", ["资金结余率", "成本指标", "控制在5%以内", "4%", 10, 10, null], "met", 10, []],
  // Numbers in words
  ["两次", ["督查次数", "数量指标", "≥2次", "两次", 10, 10, null], "met", 10, []],
  ["十二个", ["覆盖村数", "数量指标", "12个", "十二个", 10, 10, null], "met", 10, []],
  ["三千人次 short of 3500", ["培训人次", "数量指标", "≥3500人次", "三千人次", 7, 6, "疫情停训"], "unmet", 6, []],
  ["百分之九十五", ["满意度", "满意度指标", "≥95%", "百分之九十五", 10, 10, null], "met", 10, []],
  // Larger units
  ["亿元 against 万元", ["项目总投资", "成本指标", "≤1亿元", "9500万元", 10, 10, null], "met", 10, []],
  ["万人次", ["服务人次", "数量指标", "≥3万人次", "28000人次", 9, 8.4, "x"], "unmet", 8.4, []],
  ["‰ against %", ["事故发生率", "质量指标", "≤5‰", "0.4%", 10, 10, null], "met", 10, []],
  // Hedges
  ["约 in the actual", ["受益人数", "社会效益指标", "≥500人", "约500人", 10, 10, null], "met", 10, []],
  ["以上 in the actual is no copied comparator", ["受益人数", "社会效益指标", "≥500人", "500人以上", 10, 10, null], "met", 10, []],
  ["余 in the actual is no other unit", ["受益人数", "社会效益指标", "500人", "500余人", 10, 10, null], "met", 10, []],
  ["左右 in the target", ["受益人数", "社会效益指标", "500人左右", "480人", 10, 9.6, "x"], "unmet", 9.6, []],
  // 全部完成 against a count
  ["全部完成 against ≥5套", ["购置设备", "数量指标", "≥5套", "全部完成", 10, 10, null], "met", 10, ["manual-review"]],
  ["100%完成 against ≥300人: no unit-mismatch", ["培训人数", "数量指标", "≥300人", "100%完成", 10, 10, null], "met", 10, ["manual-review"]],
  [
    "已完成 against =12次, a lower score is no error",
    ["检查次数", "数量指标", "=12次", "已完成", 10, 9, "x"],
    "met",
    10,
    ["manual-review", "score-mismatch"],
  ],
  // Unreadable: manual review with the reason, no error, no score
  ["an unreadable actual", ["购置设备", "数量指标", "≥5套", "按计划推进中", 10, 10, null], "manual", null, ["manual-review"]],
  ["an unreadable target", ["设备性能", "质量指标", "满足使用需求及相关技术参数", "7台", 10, 10, null], "manual", null, ["manual-review"]],
  [
    "both unreadable and different",
    ["设备性能", "质量指标", "满足使用需求", "按合同约定执行", 10, 10, null],
    "manual",
    null,
    ["manual-review"],
  ],
  [
    "an unreadable actual, score empty: nothing to fill",
    ["购置设备", "数量指标", "≥5套", "见附件", 10, null, null],
    "manual",
    null,
    ["manual-review"],
  ],
];

describe("notations on whole forms (docs/rules.md §3)", () => {
  it.each(cases)("%s", (_label, row, status, computed, codes) => {
    const { report } = checkWorkbook({ sheets: [formOf([row])] });
    const [r] = report.tables[0].indicators;
    expect(r.status).toBe(status);
    expect(r.computedScore).toBe(computed);
    const rowCodes = report.issues.filter((f) => f.row === r.row && f.code !== "weight-structure").map((f) => f.code);
    expect(rowCodes.sort()).toEqual([...codes].sort());
    if (codes.includes("score-mismatch")) expect(report.issues.find((f) => f.code === "score-mismatch")!.severity).toBe("warning");
  });

  it("says why a row needs a person", () => {
    const { report } = checkWorkbook({ sheets: [formOf([["购置设备", "数量指标", "≥5套", "全部完成", 10, 10, null]])] });
    const f = report.issues.find((x) => x.code === "manual-review")!;
    expect(f.messages.zh).toContain("全部完成");
    expect(f.messages.en).toContain("please verify");
  });
});
