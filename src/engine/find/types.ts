import type { LocalText } from "../localText";
import type { IndicatorStatus } from "../score/verdict";
import type { Level1 } from "../recognise/types";

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  /** A deduction with no real reason (RULES.md §5). */
  | "missing-reason"
  /** Reported score ≠ computed; error when higher, warning when lower. */
  | "score-mismatch"
  /** A reported score above its 分值, or below 0. */
  | "score-out-of-range"
  /** Reported 总分 ≠ reported 执行率得分 + Σ reported indicator scores. */
  | "total-mismatch"
  /** 执行率 ≠ 执行数 / 预算数, or 执行率得分 ≠ 分值 × 执行率. */
  | "execution-mismatch"
  /** 一级 weights off the profile, or weights not adding up to the 总分 分值. */
  | "weight-structure"
  /** 年度资金总额 ≠ Σ its sub-rows. */
  | "fund-total-mismatch"
  /** Target and actual in units of different kinds (≥12辆 vs 9次). */
  | "unit-mismatch"
  /** A rate (…率) measured in a count unit (帮扶覆盖率 ≥6户). */
  | "rate-unit"
  /** A cost indicator written with ≥. */
  | "cost-direction"
  /** The actual is the target copied, comparator included (≥266米 / ≥266米). */
  | "target-copied"
  /** The score cell is empty: the computed score can be filled. */
  | "score-empty"
  /** A formula whose result is not available (no cached value) or an error value (#DIV/0!). */
  | "cell-error"
  /** A value no rule can judge; the message says why. */
  | "manual-review"
  /** The grade (优/良/中/差) beside the 总分 does not match it, or the 总分 is wrong and the computed one gives another grade. */
  | "grade-mismatch"
  /** A subtotal row (产出指标小计, 小计, 合计 inside the block) ≠ the sum of the rows it should add. */
  | "subtotal-mismatch";

export type { LocalText };

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  /** 1-based worksheet column. */
  col: number;
  /** A1 address of the cell to look at. */
  cell: string;
  /** In the report's language. */
  message: string;
  messages: LocalText;
  /** Index into Report.tables of the form this finding belongs to. */
  table: number;
}

export type { IndicatorStatus };

/** A cell the checker may write: an empty score, 执行率, 执行率得分 or 总分. 0-based, absolute. */
export interface FillTarget {
  kind: "score" | "rate" | "rate-score" | "total";
  sheet: string;
  row: number;
  col: number;
  /** The value to write: a score rounded to 2 decimals, or a rate as a fraction (0.7843) to be formatted as %. */
  value: number;
  /** What the cell holds now. */
  current: string | number | boolean | null | { error: string };
  formula: string | null;
}

export interface IndicatorResult {
  /** 1-based worksheet row. */
  row: number;
  level1: string;
  level1Kind: Level1;
  level2: string;
  name: string;
  /** Cell text as written. */
  target: string;
  actual: string;
  /** The row's 分值; a row whose 分值 is merged over its group has its equal share. */
  weight: number | null;
  /** The score cell's number; a score merged over a group is shown on the group's first row only. */
  reportedScore: number | null;
  /**
   * Rounded to 2 decimals and never above the 分值 (the figure a fill writes); null when no rule can judge. For a
   * qualitative row, the score to fill. A row of a merged group shows its own share's score.
   */
  computedScore: number | null;
  /** For qualitative rows: the tier's range of consistent scores [min, max]. */
  scoreRange: [number, number] | null;
  status: IndicatorStatus;
  /** The arithmetic or the reasoning behind the computed score ("9 / 12 × 5 = 3.75"). */
  explanation: LocalText;
  /** Assumptions made (no comparator written: ≥ assumed). */
  assumptions: LocalText[];
  /** Both halves of the reason, when the form splits it (偏差原因分析 | 改进措施). */
  reason: string;
  scoreCell: string | null;
  /** Set on every row of a group whose 分值 and 得分 are one merged cell: the group, judged as one. */
  group?: ScoreGroupResult | null;
}

export interface ScoreGroupResult {
  /** 1-based rows of the group. */
  rows: number[];
  weight: number | null;
  reportedScore: number | null;
  /** Σ of the rows' share scores, rounded and clamped: what a fill writes. */
  computedScore: number | null;
}

/** A subtotal row inside the indicator block: not an indicator, not added into the total. */
export interface SubtotalResult {
  /** 1-based. */
  row: number;
  label: string;
  weight: number | null;
  reportedScore: number | null;
  /** The indicator rows (1-based) it should add. */
  rows: number[];
  /** Σ of those rows' 分值 (a merged 分值 counted once). */
  weightSum: number | null;
  /** Σ of their scores as the form has them: reported, else the fill. */
  partsSum: number | null;
  /** Σ of their scores by the rules. */
  computedScore: number | null;
}

export interface FundResult {
  row: number;
  budget: number | null;
  executed: number | null;
  /** 执行率 as written, as a fraction. */
  reportedRate: number | null;
  /** 执行数 / 预算数, as a fraction. */
  computedRate: number | null;
  weight: number | null;
  reportedScore: number | null;
  computedScore: number | null;
  explanation: LocalText;
}

export interface TotalResult {
  row: number;
  weight: number | null;
  reportedScore: number | null;
  /**
   * 执行率得分 + Σ indicator scores by the rules: row by row the reported score where it is consistent, else the
   * computed one as a fill writes it. When every reported score is consistent it equals the 总分 a fill writes.
   */
  computedScore: number | null;
  /** 执行率得分 + Σ indicator scores as the form has them, reported or filled (what a filled 总分 holds). */
  reportedPartsSum: number | null;
  /** The grade written beside the 总分 (优/良/中/差), if any. */
  grade?: string | null;
  /** The grade the computed 总分 gives. */
  computedGrade?: string | null;
}

export interface TableReport {
  sheet: string;
  /** A1 range of the form. */
  range: string;
  project: string;
  fund: FundResult | null;
  indicators: IndicatorResult[];
  /** Subtotal rows (小计) inside the indicator block. */
  subtotals?: SubtotalResult[];
  total: TotalResult | null;
  /** Counts of findings by severity. */
  counts: Record<Severity, number>;
  fills: FillTarget[];
}

export interface Report {
  file?: string;
  profile: string;
  lang: "zh" | "en";
  tables: TableReport[];
  issues: Finding[];
  /** Sheet-level notes: a sheet that was skipped or cut (too large, unreadable). */
  notices: { sheet: string; message: string; messages: LocalText }[];
}
