import type { Finding, FindingCode, IndicatorResult, Report, Severity } from "../../../engine";
import type { FormFacts } from "../formFacts";

function finding(code: FindingCode, severity: Severity, cell: string, row: number, table: number, zh: string, en: string): Finding {
  return { code, severity, sheet: table === 0 ? "表1" : "表2", row, col: 8, cell, message: zh, messages: { zh, en }, table };
}

function indicator(row: number, name: string, weight: number, reported: number, computed: number, explanation: string): IndicatorResult {
  return {
    row,
    level1: "产出指标",
    level1Kind: "output",
    level2: "数量指标",
    name,
    target: "12套",
    actual: "9套",
    weight,
    reportedScore: reported,
    computedScore: computed,
    scoreRange: null,
    status: computed < weight ? "unmet" : "met",
    explanation: { zh: explanation, en: explanation },
    assumptions: [],
    reason: "",
    scoreCell: `H${row}`,
  };
}

/**
 * Two forms as checkWorkbook reports them: 表1 claims 95 where the rules give 88.75 (an error, a warning and a note on
 * it), 表2 is clean at 59.5; one sheet notice on 表1.
 */
export function reviewReport(): Report {
  return {
    file: "昌吉州.xlsx",
    profile: "mof-2020",
    lang: "zh",
    tables: [
      {
        sheet: "表1",
        range: "A1:I30",
        project: "回购统建房住宅经费",
        fund: null,
        indicators: [indicator(20, "购置周转住房套数", 5, 5, 3.75, "9 / 12 × 5 = 3.75")],
        total: { row: 30, weight: 100, reportedScore: 95, computedScore: 88.75, reportedPartsSum: 95 },
        counts: { error: 1, warning: 1, info: 1 },
        fills: [],
      },
      {
        sheet: "表2",
        range: "A1:I25",
        project: '=HYPERLINK("x")公务用车',
        fund: null,
        indicators: [],
        total: { row: 25, weight: 100, reportedScore: 59.5, computedScore: 59.5, reportedPartsSum: 59.5 },
        counts: { error: 0, warning: 0, info: 0 },
        fills: [],
      },
    ],
    issues: [
      finding(
        "score-mismatch",
        "error",
        "H20",
        20,
        0,
        "填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75",
        "reported 5 is above the computed 3.75: 9 / 12 × 5 = 3.75",
      ),
      finding("missing-reason", "warning", "I20", 20, 0, "扣分但未说明原因", "a deduction without a reason"),
      finding("score-empty", "info", "H21", 21, 0, "得分为空，可填 10", "empty score: 10 can be filled"),
    ],
    notices: [{ sheet: "表1", message: "只读取了前 100 行", messages: { zh: "只读取了前 100 行", en: "only the first 100 rows read" } }],
  };
}

export const REVIEW_FACTS: FormFacts[] = [
  { department: "昌吉州机关事务管理局", implementer: "昌吉州住房保障中心", reportedGrade: "优" },
  { department: "昌吉州机关事务管理局", implementer: null, reportedGrade: null },
];
