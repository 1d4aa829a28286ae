/**
 * Test and benchmark helper: lays out a 自评表 on a canvas with options (offsets, wordings, column orders, label
 * column, spacer, merged or blank level cells, fund block…) and says where each part landed, so layout variants are
 * tables of cases. Not used by the engine itself.
 */
import type { CellRange, CellValue, SheetGrid } from "../../grid/types";

export type ColumnRole = "level1" | "level2" | "name" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "review" | "reason";

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
};

export const STANDARD_ORDER: ColumnRole[] = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"];

export type IndicatorSpec = Partial<Record<ColumnRole, CellValue>> & { level1: string; level2: string; name: CellValue };

export interface FundSpec {
  withInitial: boolean;
  label: string;
  headers?: Partial<Record<"initial" | "budget" | "executed" | "weight" | "rate" | "score", string>>;
  rows: { label: string; values: CellValue[] }[];
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
}

export const SEED_LIKE_INDICATORS: IndicatorSpec[] = [
  { level1: "产出指标", level2: "数量指标", name: "购置住房数量", target: "=5套", actual: "5套", weight: 20, score: 20, reason: "无偏差" },
  { level1: "产出指标", level2: "质量指标", name: "房屋购置率", target: "=100%", actual: "100%", weight: 10, score: 10, reason: "无偏差" },
  { level1: "产出指标", level2: "成本指标", name: "房屋购置费用", target: "<=161万元", actual: "161万元", weight: 20, score: 20, reason: "无偏差" },
  { level1: "效益指标", level2: "社会效益指标", name: "住房利用率", target: ">=100%", actual: "100%", weight: 15, score: 15, reason: "无偏差" },
  { level1: "效益指标", level2: "可持续影响指标", name: "解决住房人数", target: "=5人", actual: "5人", weight: 15, score: 15, reason: "无偏差" },
  { level1: "满意度指标", level2: "满意度指标", name: "住房人员满意度", target: ">=95%", actual: "95%", weight: 10, score: 10, reason: "无偏差" },
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
    for (const c of all) [top, left, bottom, right] = [Math.min(top, c.row), Math.min(left, c.col), Math.max(bottom, c.row), Math.max(right, c.col)];
    for (const m of this.merges) [top, left, bottom, right] = [Math.min(top, m.top), Math.min(left, m.left), Math.max(bottom, m.bottom), Math.max(right, m.right)];
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
    const h = { initial: "年初预算数", budget: "全年预算数", executed: "全年执行数", weight: "分值", rate: "执行率", score: "得分", ...f.headers };
    const names = f.withInitial ? [h.initial, h.budget, h.executed, h.weight, h.rate, h.score] : [h.budget, h.executed, h.weight, h.rate, h.score];
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
  const firstIndicatorRow = row;
  let group1Start = row;
  let group2Start = row;
  spec.indicators.forEach((ind, i) => {
    const prev = spec.indicators[i - 1];
    const new1 = !prev || prev.level1 !== ind.level1;
    const new2 = new1 || prev.level2 !== ind.level2;
    if (new1) {
      closeGroup(canvas, spec, columnOf.level1, group1Start, row - 1);
      group1Start = row;
    }
    if (new2) {
      closeGroup(canvas, spec, columnOf.level2, group2Start, row - 1);
      group2Start = row;
    }
    for (const role of spec.columns) {
      const col = columnOf[role]!;
      if (role === "level1") canvas.put(row, col, new1 || spec.levels === "repeated" ? ind.level1 : null);
      else if (role === "level2") canvas.put(row, col, new2 || spec.levels === "repeated" ? ind.level2 : null);
      else canvas.put(row, col, ind[role] ?? null);
    }
    indicatorRows.push(row);
    row++;
  });
  closeGroup(canvas, spec, columnOf.level1, group1Start, row - 1);
  closeGroup(canvas, spec, columnOf.level2, group2Start, row - 1);
  if (spec.labelColumn) {
    canvas.put(firstIndicatorRow, left, noise("年度绩效指标完成情况"));
    canvas.merge(firstIndicatorRow, left, row - 1, left);
  }

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
  return { top, left, bottom: row - 1, right, headerRow, indicatorRows, totalRow, fundHeaderRow, projectCell, columnOf };
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
