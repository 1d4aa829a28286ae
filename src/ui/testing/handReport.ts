import type { Finding, FindingCode, IndicatorResult, Report, Severity, TableReport } from "../../engine";

/** A finding as the engine would report it; `row`/`col` 1-based as in Finding. */
export function finding(p: {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  row: number;
  col: number;
  cell: string;
  zh: string;
  en: string;
  table: number;
}): Finding {
  return {
    code: p.code,
    severity: p.severity,
    sheet: p.sheet,
    row: p.row,
    col: p.col,
    cell: p.cell,
    message: p.zh,
    messages: { zh: p.zh, en: p.en },
    table: p.table,
  };
}

function indicator(
  row: number,
  name: string,
  target: string,
  actual: string,
  weight: number,
  reported: number | null,
  computed: number,
  explanation: string,
): IndicatorResult {
  return {
    row,
    level1: "产出指标",
    level1Kind: "output",
    level2: "数量指标",
    name,
    target,
    actual,
    weight,
    reportedScore: reported,
    computedScore: computed,
    scoreRange: null,
    status: computed < weight ? "unmet" : "met",
    explanation: { zh: explanation, en: explanation },
    assumptions:
      row === 21 ? [{ zh: "未写比较符号，按“≥”（正向指标）判断", en: "no comparator written: ≥ (higher is better) assumed" }] : [],
    reason: "",
    scoreCell: `H${row}`,
  };
}

/**
 * A report shaped as checkWorkbook gives it, built by hand for two forms on sheet 表1: the pane's tests use it where
 * they need exact findings (and used it before the engine ran end to end).
 */
export function handReport(): Report {
  const tables: TableReport[] = [
    {
      sheet: "表1",
      range: "A1:I30",
      project: "回购统建房住宅经费",
      fund: null,
      indicators: [
        indicator(20, "购置周转住房套数", "12套", "9套", 5, 5, 3.75, "9 / 12 × 5 = 3.75"),
        indicator(21, "住房人员满意度", "≥95%", "96%", 10, null, 10, "实际 96% ≥ 目标 95%，得满分 10"),
      ],
      total: { row: 30, weight: 100, reportedScore: 100, computedScore: 98.75, reportedPartsSum: 100 },
      counts: { error: 2, warning: 1, info: 1 },
      fills: [
        { kind: "score", sheet: "表1", row: 20, col: 7, value: 10, current: null, formula: null },
        { kind: "total", sheet: "表1", row: 29, col: 7, value: 98.75, current: "=SUM(H12:H29)", formula: "=SUM(H12:H29)" },
      ],
    },
    {
      sheet: "表1",
      range: "A40:I70",
      project: '=HYPERLINK("x")<b>公务用车</b>',
      fund: null,
      indicators: [],
      total: { row: 70, weight: 100, reportedScore: 90, computedScore: 90, reportedPartsSum: 90 },
      counts: { error: 0, warning: 1, info: 0 },
      fills: [],
    },
  ];
  const issues: Finding[] = [
    finding({
      code: "score-mismatch",
      severity: "error",
      sheet: "表1",
      row: 20,
      col: 8,
      cell: "H20",
      table: 0,
      zh: "填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75",
      en: "reported 5 is above the computed 3.75: 9 / 12 × 5 = 3.75",
    }),
    finding({
      code: "score-empty",
      severity: "info",
      sheet: "表1",
      row: 21,
      col: 8,
      cell: "H21",
      table: 0,
      zh: "得分为空，可填充 10",
      en: "score empty: 10 can be filled",
    }),
    finding({
      code: "total-mismatch",
      severity: "error",
      sheet: "表1",
      row: 30,
      col: 8,
      cell: "H30",
      table: 0,
      zh: "总分 100 ≠ 各项之和 98.75",
      en: "total 100 ≠ sum of parts 98.75",
    }),
    finding({
      code: "unit-mismatch",
      severity: "warning",
      sheet: "表1",
      row: 60,
      col: 5,
      cell: "E60",
      table: 1,
      zh: "目标“≥12辆”与实际“9次”单位不同",
      en: "target ≥12辆 and actual 9次 differ in unit",
    }),
    finding({
      code: "missing-reason",
      severity: "warning",
      sheet: "表1",
      row: 20,
      col: 9,
      cell: "I20",
      table: 0,
      zh: "扣分未说明原因",
      en: "a deduction without a reason",
    }),
  ];
  return { profile: "mof-2020", lang: "zh", tables, issues, notices: [] };
}
