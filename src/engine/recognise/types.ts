import type { CellRange, CellValue } from "../grid/types";

/** One cell of a form as read: where it is (the merge's top-left cell when merged) and what it holds. */
export interface Slot {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/** Columns of the indicator block (absolute, 0-based); null where the form has no such column. */
export interface IndicatorColumns {
  level1: number | null;
  level2: number | null;
  name: number;
  /** 指标性质 (=, ≥, ≤, 定性) when the target is split into comparator + value + unit. */
  nature: number | null;
  target: number | null;
  /** 度量单位 / 计量单位 when the target's unit stands in its own column. */
  unit: number | null;
  actual: number | null;
  weight: number | null;
  score: number | null;
  reason: number | null;
  /** The second half of a reason split over two columns (偏差原因分析 | 改进措施): text in either half is a reason. */
  improvement: number | null;
}

export type Level1 = "output" | "effect" | "satisfaction" | "unknown";

export interface IndicatorRow {
  row: number;
  /** 一级 as written (carried down merged or blank cells), or inferred from 二级 when blank. */
  level1: string;
  level1Kind: Level1;
  level1Inferred: boolean;
  /** 二级 as written, carried down. */
  level2: string;
  /** 三级 (the indicator's name), as written, ★ and "指标1:" kept. */
  name: string;
  nature: Slot | null;
  target: Slot | null;
  unit: Slot | null;
  actual: Slot | null;
  weight: Slot | null;
  score: Slot | null;
  reason: Slot | null;
  /** The 改进措施 half of a split reason column, when the form has one. */
  improvement: Slot | null;
}

/** "产出指标小计 | 50 | 49.79": a subtotal row inside the indicator block. Not an indicator, not part of the total. */
export interface SubtotalRow {
  row: number;
  /** The label as written ("产出指标小计", "小计", "合计"). */
  label: string;
  labelCol: number;
  weight: Slot | null;
  score: Slot | null;
  /** The rows of the indicators it should add (0-based, absolute): its 一级 (or 二级) group since the last subtotal. */
  covers: number[];
  /** Other readings of a bare 小计 / 合计: every row since the previous subtotal, every row above. Any one agreeing is enough. */
  alternatives: number[][];
}

export type FundRowKind = "total" | "fiscal" | "carryover" | "other";

export interface FundRow {
  row: number;
  label: string;
  kind: FundRowKind;
  initial: Slot | null;
  budget: Slot | null;
  executed: Slot | null;
  weight: Slot | null;
  rate: Slot | null;
  score: Slot | null;
}

export interface FundBlock {
  headerRow: number;
  /** 年度资金总额 (also 年度财政资金总额, 总额, 年度总金额); null when the block has only sub-rows. */
  total: FundRow | null;
  /** 其中：当年财政拨款 / 上年结转资金 / 其他资金. */
  parts: FundRow[];
}

export interface TotalRow {
  row: number;
  /** The 总分 分值 cell (usually 100). */
  weight: Slot | null;
  /** The reported total score ("90分"). */
  score: Slot | null;
  /** 优/良/中/差 if written beside the total (or in an 等级 row just below it). */
  grade: string | null;
  /** The cell holding the grade. */
  gradeCell: Slot | null;
}

/** One 自评表 found in a sheet. */
export interface Form {
  sheet: string;
  /** The cells the form covers, title to total row. */
  range: CellRange;
  title: string | null;
  /** The project name (项目名称); "" when the form has none. */
  project: string;
  projectCell: Slot | null;
  department: string | null;
  implementer: string | null;
  fund: FundBlock | null;
  indicatorHeaderRow: number;
  columns: IndicatorColumns;
  /** Group weights written in 一级 labels: "产出指标(50分)" → { output: 50 }. */
  inlineWeights: Partial<Record<Level1, number>>;
  indicators: IndicatorRow[];
  /** Subtotal rows (小计, 合计 inside the block), in sheet order. */
  subtotals: SubtotalRow[];
  total: TotalRow | null;
}
