/** Finding indicator header rows (一级指标 … 实际完成值 … 得分) anywhere in a sheet, side by side or stacked. */
import type { SheetView } from "../grid/sheetView";
import type { IndicatorColumns } from "./types";
import { fundColumnRole, headerKey, indicatorRole, type IndicatorRole } from "./headers";

export interface IndicatorHeader {
  /** The header row (the upper one when the header has a second row of sub-headers). */
  row: number;
  /** The first row below the header (and below its sub-header row). */
  dataStart: number;
  columns: IndicatorColumns;
  /** The leading label column when the header row names it (绩效指标 merged down), else null. */
  labelCol: number | null;
  /** Columns covered by the header's cells. */
  left: number;
  right: number;
}

interface HeaderCell {
  role: IndicatorRole;
  left: number;
  right: number;
  /** A reason header naming one half of a split reason (偏差原因分析 | 改进措施), not a general note (说明, 备注). */
  reasonHalf: boolean;
}

/** "偏差原因分析", "原因分析", "改进措施", "未完成原因": the halves of a reason split over two columns. */
const REASON_HALF_RE = /原因|改进|措施/u;

/** Every indicator header in the sheet, top to bottom, left to right. */
export function findIndicatorHeaders(view: SheetView): IndicatorHeader[] {
  const found: IndicatorHeader[] = [];
  const values = view.values;
  // Columns of the current row that are the sub-header row of a header just above: side-by-side forms need not start
  // on the same row, so only those columns are skipped, not the whole row.
  // Most rows have none: the empty list is shared rather than made anew for every row of the sheet.
  let subHeaderSpans: { left: number; right: number }[] = NO_SPANS;
  for (let i = 0; i < values.length; i++) {
    const row = view.top + i;
    const skip = subHeaderSpans;
    subHeaderSpans = NO_SPANS;
    const all = headerCellsOfRow(view, row, view.left, view.right);
    const cells = skip.length ? outsideSpans(all, skip) : all;
    if (cells.length < 3 || firstColumn(cells, "actual") === null) continue;
    for (const group of splitGroups(cells, fundHeaderColumns(view, row))) {
      const header = headerFromGroup(view, row, group);
      if (!header) continue;
      found.push(header);
      if (header.dataStart > row + 1) subHeaderSpans = [...subHeaderSpans, { left: header.left, right: header.right }];
    }
  }
  return found;
}

const NO_SPANS: { left: number; right: number }[] = [];

/**
 * The cells whose column lies in none of the spans. A function of its own, like firstColumn(): a closure in the loop
 * over rows would make every row allocate the variables it captures.
 */
function outsideSpans(cells: readonly HeaderCell[], spans: readonly { left: number; right: number }[]): HeaderCell[] {
  return cells.filter((c) => !spans.some((s) => s.left <= c.left && c.left <= s.right));
}

/** The column of the first cell with the role, or null. */
function firstColumn(cells: readonly HeaderCell[], role: IndicatorRole): number | null {
  for (let i = 0; i < cells.length; i++) if (cells[i].role === role) return cells[i].left;
  return null;
}

const NO_CELLS: readonly HeaderCell[] = [];

/** The recognised header cells of one row between two columns, each at its merge's left column. */
export function headerCellsOfRow(view: SheetView, row: number, left: number, right: number): readonly HeaderCell[] {
  const raw = view.values[row - view.top];
  // Every row is an array once sanitizeGrid has run; past the grid it is undefined. Bounds by comparison rather than
  // Math.min/max, and no Array.isArray: each call is a property read more, row after row on a first run.
  if (raw === undefined) return NO_CELLS;
  // Made at the first header cell: most rows have none, and the list is asked for every row of the sheet.
  let cells: HeaderCell[] | null = null;
  const origin = view.left;
  const last = origin + raw.length - 1;
  const from = left > origin ? left : origin;
  const to = right < last ? right : last;
  for (let col = from; col <= to; col++) {
    const v = raw[col - origin];
    if (typeof v !== "string" || v.length > 80) continue;
    const role = indicatorRole(v);
    if (!role) continue;
    const m = view.merge(row, col);
    const reasonHalf = role === "reason" && REASON_HALF_RE.test(headerKey(v));
    (cells ??= []).push({ role, left: col, right: m && m.top === row && m.left === col ? m.right : col, reasonHalf });
  }
  return cells ?? NO_CELLS;
}

/** Columns that name a row, in the order they stand; in every known column order they come before the value columns. */
const NAMING_RANK: Partial<Record<IndicatorRole, number>> = { label: 0, level1: 1, level2: 2, name: 3 };

/**
 * Forms side by side may put header cells on one row: two indicator headers, or one form's header beside a
 * neighbour's fund header (… 全年执行数 | 分值 | 执行率 | 得分) or first indicator row (its 年度绩效指标完成情况 label).
 * A new group starts at a role seen twice, at a naming column after value columns or out of order (so a label column
 * always starts one), after a fund-header cell (`barriers`, sorted) and after a label column not right beside the next cell.
 * The one exception to "a role seen twice": a reason split in two, 偏差原因分析 | 改进措施, side by side.
 */
function splitGroups(cells: readonly HeaderCell[], barriers: number[]): HeaderCell[][] {
  const groups: HeaderCell[][] = [];
  let current: HeaderCell[] = [];
  let seen = new Set<IndicatorRole>();
  let lastRank = -1;
  let hasValueColumn = false;
  let b = 0;
  for (const cell of cells) {
    const rank = NAMING_RANK[cell.role];
    const prev = current[current.length - 1];
    while (b < barriers.length && prev !== undefined && barriers[b] <= prev.right) b++;
    const splitReason = prev !== undefined && isSecondReasonHalf(prev, cell, current);
    const startsGroup =
      prev !== undefined &&
      ((seen.has(cell.role) && !splitReason) ||
        (rank !== undefined && (hasValueColumn || rank <= lastRank)) ||
        (prev.role === "label" && cell.left > prev.right + 1) ||
        (b < barriers.length && barriers[b] < cell.left));
    if (startsGroup) {
      groups.push(current);
      current = [];
      seen = new Set();
      lastRank = -1;
      hasValueColumn = false;
    }
    current.push(cell);
    seen.add(cell.role);
    if (rank === undefined) hasValueColumn = true;
    else lastRank = rank;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** The second half of a reason split in two: a reason-half header right beside the group's first and only reason. */
function isSecondReasonHalf(prev: HeaderCell, cell: HeaderCell, group: HeaderCell[]): boolean {
  return (
    cell.role === "reason" &&
    prev.role === "reason" &&
    cell.reasonHalf &&
    prev.reasonHalf &&
    cell.left === prev.right + 1 &&
    group.filter((c) => c.role === "reason").length === 1
  );
}

/** Columns of a row holding a fund-block header that no indicator header shares (项目资金, 年初预算数, 全年执行数, 执行率…). */
function fundHeaderColumns(view: SheetView, row: number): number[] {
  const raw = view.values[row - view.top];
  const cols: number[] = [];
  if (!Array.isArray(raw)) return cols;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (typeof v !== "string" || v.length > 80) continue;
    if (fundColumnRole(v) !== null && indicatorRole(v) === null) cols.push(view.left + i);
  }
  return cols;
}

/** A second header row under merged parents: 年度指标值 → 指标性质 | 指标值 | 度量单位, 得分 → 自评得分 | 复核分. */
function withSubHeaders(view: SheetView, row: number, group: HeaderCell[]): { cells: HeaderCell[]; subRow: boolean } {
  const left = group[0].left;
  const right = group[group.length - 1].right;
  const subs = headerCellsOfRow(view, row + 1, left, right);
  if (subs.length === 0) return { cells: group, subRow: false };
  const replaced = new Set<HeaderCell>();
  const added: HeaderCell[] = [];
  for (const sub of subs) {
    const parent = group.find((p) => p.left <= sub.left && sub.left <= p.right);
    if (parent && parent.right === parent.left) continue;
    if (parent) replaced.add(parent);
    added.push(sub);
  }
  if (added.length === 0) return { cells: group, subRow: false };
  const cells = [...group.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.left - b.left);
  return { cells, subRow: true };
}

function headerFromGroup(view: SheetView, row: number, group: HeaderCell[]): IndicatorHeader | null {
  const { cells, subRow } = withSubHeaders(view, row, group);
  const first = (role: IndicatorRole): number | null => firstColumn(cells, role);
  const actual = first("actual");
  const target = first("target");
  let name = first("name");
  if (actual === null || (target === null && name === null)) return null;
  if (cells.length < 3) return null;
  if (name === null) name = nameFallback(cells);
  if (name === null) return null;
  const columns: IndicatorColumns = {
    level1: first("level1"),
    level2: first("level2"),
    name,
    nature: first("nature"),
    target,
    unit: first("unit"),
    actual,
    weight: first("weight"),
    score: first("score"),
    reason: first("reason"),
    improvement: secondReason(cells),
  };
  return {
    row,
    dataStart: row + (subRow ? 2 : 1),
    columns,
    labelCol: first("label"),
    left: Math.min(...cells.map((c) => c.left)),
    right: Math.max(...cells.map((c) => c.right)),
  };
}

/** The second column of a reason split in two (both halves named as such, side by side), else null. */
function secondReason(cells: HeaderCell[]): number | null {
  const reasons = cells.filter((c) => c.role === "reason");
  if (reasons.length !== 2) return null;
  const [a, b] = reasons;
  return a.reasonHalf && b.reasonHalf && b.left === a.right + 1 ? b.left : null;
}

/** Without a 三级指标 header the name sits just left of the first value column, or in the 二级 column. */
function nameFallback(cells: HeaderCell[]): number | null {
  const valueRoles: IndicatorRole[] = ["nature", "target", "unit", "actual", "weight", "score"];
  const firstValue = cells.find((c) => valueRoles.includes(c.role));
  const level2 = cells.find((c) => c.role === "level2");
  if (level2) return level2.left;
  const level1 = cells.find((c) => c.role === "level1");
  if (level1) return level1.left;
  if (firstValue && firstValue.left > 0) return firstValue.left - 1;
  return null;
}
