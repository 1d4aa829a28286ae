/**
 * Test and benchmark helper: lays out a 自评表 on a canvas with options (offsets, wordings, column orders, label
 * column, spacer, merged or blank level cells, fund block…) and says where each part landed, so layout variants are
 * tables of cases. Not used by the engine itself.
 */
import type { CellRange, CellValue, SheetGrid } from "../../grid/types";

export type ColumnRole =
  "level1" | "level2" | "name" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "review" | "reason" | "improvement";

export const DEFAULT_HEADERS: Record<ColumnRole, string> = {
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  nature: "指标性质",
  target: "年度指标值",
  unit: "度量单位",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  review: "复核分",
  reason: "偏差原因分析及改进措施",
  improvement: "改进措施",
};

export const STANDARD_ORDER: ColumnRole[] = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"];

export type IndicatorSpec = Partial<Record<ColumnRole, CellValue>> & { level1: string; level2: string; name: CellValue };

export interface FundSpec {
  withInitial: boolean;
  label: string;
  headers?: Partial<Record<"initial" | "budget" | "executed" | "weight" | "rate" | "score", string>>;
  rows: { label: string; values: CellValue[] }[];
}

/**
 * What a page break leaves when a form went through PDF or Word and back (RULES.md §1): a blank row, a footer merged
 * across the form ("第 1 页，共 2 页"), a page number in one cell ("- 1 -"), a 续表 line, the header row repeated.
 */
export type DebrisKind = "blank" | "footer" | "page" | "continued" | "header";

export interface PageBreak {
  /** The break falls after this indicator (index into `indicators`). */
  after: number;
  debris: DebrisKind[];
}

/** A subtotal row ("产出指标小计 | 50 | 49.79") after an indicator, its label in the 一级, 二级 or 三级 column. */
export interface SubtotalSpec {
  after: number;
  label: string;
  weight: CellValue;
  score: CellValue;
  column?: "level1" | "level2" | "name";
}

export interface FormSpec {
  project: string;
  title: string | null;
  /** Write 项目名称 / 主管部门 / 实施单位 rows. */
  head: boolean;
  fund: FundSpec | null;
  columns: ColumnRole[];
  headers: Partial<Record<ColumnRole, string>>;
  /** The leading 年度绩效指标完成情况 column, merged down the indicator rows. */
  labelColumn: boolean;
  /** An empty row under the indicator header. */
  spacer: boolean;
  /** How 一级/二级 are written down a group: merged cells, text in the first row only, or text in every row. */
  levels: "merged" | "blank" | "repeated";
  indicators: IndicatorSpec[];
  total: { label: string; weight: CellValue; score: CellValue; grade?: string } | null;
  trailer: string[];
  /** Page breaks inside the indicator block. */
  pageBreaks?: PageBreak[];
  /** Subtotal rows inside the indicator block. */
  subtotals?: SubtotalSpec[];
  /**
   * "level2": 分值 and 得分 written once per 二级 group as one merged cell (the first row's values are the group's);
   * default one per row.
   */
  scoresPer?: "row" | "level2";
  /** Applied to every label the recogniser reads (headers, head, fund and total labels): for noise properties. */
  labelNoise?: (text: string) => string;
}

export interface PlacedForm {
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRow: number;
  indicatorRows: number[];
  totalRow: number | null;
  fundHeaderRow: number | null;
  projectCell: { row: number; col: number } | null;
  columnOf: Partial<Record<ColumnRole, number>>;
  /** Rows of page-break debris, in order. */
  debrisRows: number[];
  subtotalRows: number[];
}

export const SEED_LIKE_INDICATORS: IndicatorSpec[] = [
  { level1: "产出指标", level2: "数量指标", name: "购置住房数量", target: "=5套", actual: "5套", weight: 20, score: 20, reason: "无偏差" },
  { level1: "产出指标", level2: "质量指标", name: "房屋购置率", target: "=100%", actual: "100%", weight: 10, score: 10, reason: "无偏差" },
  {
    level1: "产出指标",
    level2: "成本指标",
    name: "房屋购置费用",
    target: "<=161万元",
    actual: "161万元",
    weight: 20,
    score: 20,
    reason: "无偏差",
  },
  {
    level1: "效益指标",
    level2: "社会效益指标",
    name: "住房利用率",
    target: ">=100%",
    actual: "100%",
    weight: 15,
    score: 15,
    reason: "无偏差",
  },
  {
    level1: "效益指标",
    level2: "可持续影响指标",
    name: "解决住房人数",
    target: "=5人",
    actual: "5人",
    weight: 15,
    score: 15,
    reason: "无偏差",
  },
  {
    level1: "满意度指标",
    level2: "满意度指标",
    name: "住房人员满意度",
    target: ">=95%",
    actual: "95%",
    weight: 10,
    score: 10,
    reason: "无偏差",
  },
];

export const SEED_LIKE_FUND: FundSpec = {
  withInitial: true,
  label: "项目资金\n（万元）",
  rows: [
    { label: "年度资金总额", values: [178.37, 178.37, 178.37, 10, "100%", "10分"] },
    { label: "其中：当年财政拨款", values: [178.37, 178.37, 178.37, "—", "—", "—"] },
    { label: "      上年结转资金", values: [0, 0, 0, "—", "—", "—"] },
    { label: "  其他资金", values: [0, 0, 0, "—", "—", "—"] },
  ],
};

export function formSpec(overrides: Partial<FormSpec> = {}): FormSpec {
  return {
    project: "回购统建房住宅经费",
    title: "项目支出绩效自评表",
    head: true,
    fund: SEED_LIKE_FUND,
    columns: STANDARD_ORDER,
    headers: {},
    labelColumn: true,
    spacer: true,
    levels: "merged",
    indicators: SEED_LIKE_INDICATORS,
    total: { label: "总分", weight: 100, score: "90分" },
    trailer: [],
    ...overrides,
  };
}

/** Cells and merges at absolute positions; turned into a SheetGrid at the end. */
export class SheetCanvas {
  private readonly cells = new Map<string, { row: number; col: number; value: CellValue }>();
  readonly merges: CellRange[] = [];

  put(row: number, col: number, value: CellValue): void {
    if (value === null || value === undefined || value === "") return;
    this.cells.set(`${row},${col}`, { row, col, value });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** The grid with its origin at the top-left used cell (or the given origin, which must lie above-left of it). */
  toGrid(name: string, origin?: { row: number; col: number }): SheetGrid {
    const all = [...this.cells.values()];
    if (all.length === 0 && this.merges.length === 0) return { name, originRow: 0, originCol: 0, values: [], merges: [] };
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const c of all)
      [top, left, bottom, right] = [Math.min(top, c.row), Math.min(left, c.col), Math.max(bottom, c.row), Math.max(right, c.col)];
    for (const m of this.merges)
      [top, left, bottom, right] = [Math.min(top, m.top), Math.min(left, m.left), Math.max(bottom, m.bottom), Math.max(right, m.right)];
    if (origin) [top, left] = [Math.min(top, origin.row), Math.min(left, origin.col)];
    const values: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(right - left + 1).fill(null));
    for (const c of all) values[c.row - top][c.col - left] = c.value;
    return { name, originRow: top, originCol: left, values, merges: [...this.merges] };
  }
}

/** Writes the form with its top-left corner at (top, left) and tells where its parts are. */
export function placeForm(canvas: SheetCanvas, spec: FormSpec, top: number, left: number): PlacedForm {
  const noise = spec.labelNoise ?? ((t: string) => t);
  const firstCol = left + (spec.labelColumn ? 1 : 0);
  const columnOf: Partial<Record<ColumnRole, number>> = {};
  spec.columns.forEach((role, i) => (columnOf[role] = firstCol + i));
  const right = Math.max(firstCol + spec.columns.length - 1, left + 8);
  let row = top;
  let projectCell: PlacedForm["projectCell"] = null;

  if (spec.title !== null) {
    canvas.put(row, left, noise(spec.title));
    canvas.merge(row, left, row, right);
    canvas.put(row + 1, left, "(2021年度)");
    canvas.merge(row + 1, left, row + 1, right);
    row += 2;
  }
  if (spec.head) {
    canvas.put(row, left, noise("项目名称"));
    canvas.put(row, left + 1, spec.project);
    canvas.merge(row, left + 1, row, right);
    projectCell = { row, col: left + 1 };
    canvas.put(row + 1, left, noise("主管部门"));
    canvas.put(row + 1, left + 1, "昌吉回族自治州机关事务管理局");
    canvas.merge(row + 1, left + 1, row + 1, left + 3);
    canvas.put(row + 1, left + 4, noise("实施单位"));
    canvas.put(row + 1, left + 5, "昌吉回族自治州机关事务管理局");
    canvas.merge(row + 1, left + 5, row + 1, right);
    row += 2;
  }

  let fundHeaderRow: number | null = null;
  if (spec.fund) {
    fundHeaderRow = row;
    const f = spec.fund;
    const h = {
      initial: "年初预算数",
      budget: "全年预算数",
      executed: "全年执行数",
      weight: "分值",
      rate: "执行率",
      score: "得分",
      ...f.headers,
    };
    const names = f.withInitial
      ? [h.initial, h.budget, h.executed, h.weight, h.rate, h.score]
      : [h.budget, h.executed, h.weight, h.rate, h.score];
    canvas.put(row, left, noise(f.label));
    canvas.merge(row, left, row + f.rows.length, left);
    names.forEach((n, i) => canvas.put(row, left + 2 + i, noise(n)));
    f.rows.forEach((r, i) => {
      canvas.put(row + 1 + i, left + 1, r.label);
      const values = f.withInitial ? r.values : r.values.slice(1);
      values.forEach((v, j) => canvas.put(row + 1 + i, left + 2 + j, v));
    });
    row += f.rows.length + 1;
  }

  const headerRow = row;
  for (const role of spec.columns) canvas.put(row, columnOf[role]!, noise(spec.headers[role] ?? DEFAULT_HEADERS[role]));
  row++;
  if (spec.spacer) row++;

  const indicatorRows: number[] = [];
  const debrisRows: number[] = [];
  const subtotalRows: number[] = [];
  const breaks = new Map((spec.pageBreaks ?? []).map((b) => [b.after, b.debris]));
  const subtotalsAfter = new Map<number, SubtotalSpec[]>();
  for (const st of spec.subtotals ?? []) subtotalsAfter.set(st.after, [...(subtotalsAfter.get(st.after) ?? []), st]);
  const scoreMerged = spec.scoresPer === "level2";
  // Merges open down the block: the levels (per group), the scores (per 二级 group when merged), the label column (per page).
  const open = { level1: row, level2: row, scores: row, label: row };
  let lastRow = row - 1;
  let labelWritten = false;
  const closeLevels = () => {
    closeGroup(canvas, spec, columnOf.level1, open.level1, lastRow);
    closeGroup(canvas, spec, columnOf.level2, open.level2, lastRow);
    if (scoreMerged)
      for (const role of ["weight", "score"] as const)
        if (columnOf[role] !== undefined && lastRow > open.scores) canvas.merge(open.scores, columnOf[role]!, lastRow, columnOf[role]!);
  };
  const closeLabel = (end: number) => {
    if (!spec.labelColumn || end < open.label) return;
    if (!labelWritten) canvas.put(open.label, left, noise("年度绩效指标完成情况"));
    labelWritten = true;
    canvas.merge(open.label, left, end, left);
  };
  spec.indicators.forEach((ind, i) => {
    const prev = spec.indicators[i - 1];
    const broke = i > 0 && breaks.has(i - 1);
    const new1 = !prev || prev.level1 !== ind.level1;
    const new2 = new1 || prev.level2 !== ind.level2;
    const subtotalAbove = i > 0 && subtotalsAfter.has(i - 1);
    if (broke || subtotalAbove || new1 || new2) {
      // A group ends, or a row that is no indicator interrupts it: the merges stop at the last indicator row.
      if (broke || subtotalAbove || new1) {
        closeGroup(canvas, spec, columnOf.level1, open.level1, lastRow);
        open.level1 = row;
      }
      closeGroup(canvas, spec, columnOf.level2, open.level2, lastRow);
      open.level2 = row;
      if (scoreMerged) {
        for (const role of ["weight", "score"] as const)
          if (columnOf[role] !== undefined && lastRow > open.scores) canvas.merge(open.scores, columnOf[role]!, lastRow, columnOf[role]!);
        open.scores = row;
      }
    }
    if (broke) {
      closeLabel(row - 1);
      for (const kind of breaks.get(i - 1)!) {
        writeDebris(canvas, spec, kind, row, left, right, columnOf, noise);
        debrisRows.push(row);
        row++;
      }
      open.level1 = open.level2 = open.scores = open.label = row;
    }
    for (const role of spec.columns) {
      const col = columnOf[role]!;
      if (role === "level1") canvas.put(row, col, new1 || (spec.levels === "repeated" && !broke) ? ind.level1 : null);
      else if (role === "level2") canvas.put(row, col, new2 || (spec.levels === "repeated" && !broke) ? ind.level2 : null);
      else if (scoreMerged && (role === "weight" || role === "score")) canvas.put(row, col, new2 || broke ? (ind[role] ?? null) : null);
      else canvas.put(row, col, ind[role] ?? null);
    }
    indicatorRows.push(row);
    lastRow = row;
    row++;
    for (const st of subtotalsAfter.get(i) ?? []) {
      const labelCol = columnOf[st.column ?? "level1"] ?? columnOf.name!;
      canvas.put(row, labelCol, noise(st.label));
      if (columnOf.weight !== undefined) canvas.put(row, columnOf.weight, st.weight);
      if (columnOf.score !== undefined) canvas.put(row, columnOf.score, st.score);
      subtotalRows.push(row);
      row++;
    }
  });
  closeLevels();
  closeLabel(row - 1);

  let totalRow: number | null = null;
  if (spec.total) {
    totalRow = row;
    const weightCol = columnOf.weight ?? null;
    const scoreCol = columnOf.score ?? firstCol + spec.columns.length - 1;
    const labelEnd = Math.min(...[weightCol, scoreCol].filter((c): c is number => c !== null)) - 1;
    canvas.put(row, left, noise(spec.total.label));
    canvas.merge(row, left, row, labelEnd);
    if (weightCol !== null) canvas.put(row, weightCol, spec.total.weight);
    canvas.put(row, scoreCol, spec.total.score);
    if (spec.total.grade) canvas.put(row, scoreCol + 1, spec.total.grade);
    row++;
  }
  for (const line of spec.trailer) {
    canvas.put(row, left, line);
    canvas.merge(row, left, row, right);
    row++;
  }
  return {
    top,
    left,
    bottom: row - 1,
    right,
    headerRow,
    indicatorRows,
    totalRow,
    fundHeaderRow,
    projectCell,
    columnOf,
    debrisRows,
    subtotalRows,
  };
}

const DEBRIS_TEXT: Record<Exclude<DebrisKind, "blank" | "header">, string> = {
  footer: "第 1 页，共 2 页",
  page: "- 1 -",
  continued: "续表",
};

function writeDebris(
  canvas: SheetCanvas,
  spec: FormSpec,
  kind: DebrisKind,
  row: number,
  left: number,
  right: number,
  columnOf: Partial<Record<ColumnRole, number>>,
  noise: (text: string) => string,
): void {
  if (kind === "blank") return;
  if (kind === "header") {
    for (const role of spec.columns) canvas.put(row, columnOf[role]!, noise(spec.headers[role] ?? DEFAULT_HEADERS[role]));
    return;
  }
  if (kind === "footer") {
    canvas.put(row, left, DEBRIS_TEXT.footer);
    canvas.merge(row, left, row, right);
  } else canvas.put(row, columnOf.name ?? left, DEBRIS_TEXT[kind]);
}

function closeGroup(canvas: SheetCanvas, spec: FormSpec, col: number | undefined, start: number, end: number): void {
  if (col !== undefined && spec.levels === "merged" && end > start) canvas.merge(start, col, end, col);
}

/** One form alone on a sheet, its top-left at (top, left). */
export function buildFormSheet(spec: FormSpec, top = 0, left = 0, name = "Sheet1"): { grid: SheetGrid; placed: PlacedForm } {
  const canvas = new SheetCanvas();
  const placed = placeForm(canvas, spec, top, left);
  return { grid: canvas.toGrid(name), placed };
}
