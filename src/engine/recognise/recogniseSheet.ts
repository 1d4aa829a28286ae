/** Putting the blocks together: every indicator header with at least one row becomes a Form. */
import { SheetView } from "../grid/sheetView";
import type { CellRange, SheetGrid, WorkbookGrid } from "../grid/types";
import type { FundBlock, Form } from "./types";
import { findIndicatorHeaders, type IndicatorHeader } from "./findHeaders";
import { bandsOf, type Band } from "./bands";
import { readIndicatorBlock, type IndicatorBlock } from "./indicatorBlock";
import { readTotalRow } from "./totalRow";
import { findFundBlock } from "./fundBlock";
import { findHead, type HeadFound } from "./headBlock";
import { sanitizeGrid } from "./sanitize";

/** How far above its indicator header a form's head may start when no earlier form bounds it. */
const HEAD_SEARCH_ROWS = 60;

interface Found {
  header: IndicatorHeader;
  band: Band;
  block: IndicatorBlock;
  /** The last row of the form: the total row, else the last indicator row. */
  bottom: number;
}

function overlaps(a: { left: number; right: number }, b: { left: number; right: number }): boolean {
  return a.left <= b.right && b.left <= a.right;
}

export function recogniseSheet(sheet: SheetGrid): Form[] {
  const grid = sanitizeGrid(sheet);
  if (!grid || grid.values.length === 0) return [];
  const view = new SheetView(grid);
  const all = findIndicatorHeaders(view);
  if (all.length === 0) return [];
  let headers = all;
  let blocks = readBlocks(view, headers, all);
  // A header repeated after a page break belongs to the form above: read again without it, so bands ignore it too
  // (the blocks still see it, and step over it).
  const repeats = new Set(blocks.flatMap((b) => b.block.repeats));
  if (repeats.size > 0) {
    headers = all.filter((h) => !repeats.has(h));
    blocks = readBlocks(view, headers, all);
  }
  const found: Found[] = [];
  headers.forEach((header, i) => {
    const { band, block } = blocks[i];
    if (block.rows.length === 0) return;
    const lastRow = block.rows[block.rows.length - 1].row;
    found.push({ header, band, block, bottom: block.end.kind === "total" ? block.end.row : lastRow });
  });

  const earlier = new EarlierForms(found);
  return found
    .map((f) => buildForm(view, f, earlier.bottomAbove(f)))
    .sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

/**
 * Each header's indicator block and final column band, in two passes: first with the gaps between side-by-side
 * headers shared, so a form finds its leading label column; then with disjoint bands split at each form's leading
 * column. A block is read again only when its band's left edge moved over cells that show something or are merged
 * (reading depends on nothing else of the band).
 * `all` holds every header found, `headers` those that start a form: a block steps over a repeat of its own header.
 */
function readBlocks(view: SheetView, headers: IndicatorHeader[], all: IndicatorHeader[]): { band: Band; block: IndicatorBlock }[] {
  const headersByRow = new Map<number, IndicatorHeader[]>();
  for (const h of all) headersByRow.set(h.row, [...(headersByRow.get(h.row) ?? []), h]);
  const read = (header: IndicatorHeader, band: Band) => {
    const otherHeadersAt = (row: number) => {
      const inRow = headersByRow.get(row);
      return inRow ? inRow.filter((o) => o !== header && overlaps(o, header)) : NONE;
    };
    return readIndicatorBlock(view, header, band, otherHeadersAt);
  };

  const shared = bandsOf(headers, view.left, view.right);
  const firstBlocks = headers.map((h, i) => read(h, shared[i]));
  const leads = headers.map((h, i) => leadingColumn(h, firstBlocks[i]));
  const own = bandsOf(headers, view.left, view.right, leads);
  return headers.map((h, i) => ({
    band: own[i],
    block: sameReading(view, h, shared[i], own[i], firstBlocks[i]) ? firstBlocks[i] : read(h, own[i]),
  }));
}

const NONE: readonly IndicatorHeader[] = [];

/**
 * Whether reading the block in its own band gives what reading it in the shared band gave: the own band starts at or
 * right of the shared one, and the reading looks at the columns between only for what they show and how they are
 * merged; where those cells are blank and unmerged over every row it looked at, it found the same.
 */
function sameReading(view: SheetView, header: IndicatorHeader, shared: Band, own: Band, block: IndicatorBlock): boolean {
  if (own.left === shared.left) return true;
  return own.left > shared.left && view.blankArea(header.dataStart, shared.left, block.lastRowRead, own.left - 1);
}

/** The leftmost column a form's indicator part uses: its header, its leading label column, its 总分 label. */
function leadingColumn(header: IndicatorHeader, block: IndicatorBlock): number {
  if (block.rows.length === 0) return header.left;
  const total = block.end.kind === "total" ? block.end.labelCol : header.left;
  return Math.min(header.left, header.labelCol ?? header.left, block.leftmostCol, total);
}

export function recogniseWorkbook(grid: WorkbookGrid): Form[] {
  if (!grid || !Array.isArray(grid.sheets)) return [];
  return grid.sheets.flatMap((sheet) => recogniseSheet(sheet));
}

/**
 * Where the form above a form ends, so a head or fund block is never taken from it. Forms are grouped by their column
 * span (few per sheet), each group ordered by header row, so the lookup stays cheap with thousands of forms.
 */
class EarlierForms {
  private readonly groups = new Map<string, { span: { left: number; right: number }; forms: Found[] }>();

  constructor(found: Found[]) {
    for (const f of found) {
      const span = spanOf(f);
      const key = `${span.left}:${span.right}`;
      const group = this.groups.get(key) ?? { span, forms: [] };
      group.forms.push(f);
      this.groups.set(key, group);
    }
    for (const g of this.groups.values()) g.forms.sort((a, b) => a.header.row - b.header.row);
  }

  /** The last row of the nearest form above whose columns overlap, or null. */
  bottomAbove(f: Found): number | null {
    let best: number | null = null;
    const span = spanOf(f);
    for (const g of this.groups.values()) {
      if (!overlaps(span, g.span)) continue;
      // The last form of the group whose header is above ours; step back past any that reach down to us.
      let i = lastIndexBelow(g.forms, f.header.row);
      for (let steps = 0; i >= 0 && steps < 4; i--, steps++) {
        const other = g.forms[i];
        if (other !== f && other.bottom < f.header.row) {
          if (best === null || other.bottom > best) best = other.bottom;
          break;
        }
      }
    }
    return best;
  }
}

function spanOf(f: Found): { left: number; right: number } {
  return { left: f.band.left, right: f.header.right };
}

/** Index of the last form whose header row is < row (forms sorted by header row), or -1. */
function lastIndexBelow(forms: Found[], row: number): number {
  let lo = 0;
  let hi = forms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (forms[mid].header.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function buildForm(view: SheetView, f: Found, bottomAbove: number | null): Form {
  const { header, band, block } = f;
  const fromRow = Math.max(view.top, header.row - HEAD_SEARCH_ROWS, bottomAbove === null ? -Infinity : bottomAbove + 1);

  const headBand = { left: band.left, right: band.right };
  const head = findHead(view, fromRow, header.row, headBand);
  const fund = findFundBlock(view, fromRow, header.row, headBand);
  const total = block.end.kind === "total" ? readTotalRow(view, block.end.row, block.end.labelCol, header.columns, header.right) : null;

  return {
    sheet: view.name,
    range: rangeOf(f, head, fund),
    title: head.title,
    project: head.project,
    projectCell: head.projectCell,
    department: head.department,
    implementer: head.implementer,
    fund,
    indicatorHeaderRow: header.row,
    columns: header.columns,
    inlineWeights: block.inlineWeights,
    indicators: block.rows,
    subtotals: block.subtotals,
    total,
  };
}

const FUND_SLOTS = ["initial", "budget", "executed", "weight", "rate", "score"] as const;

/** The rectangle a form spans: its indicator header and rows, its head, its fund block's columns, its 总分 label. */
function rangeOf(f: Found, head: HeadFound, fund: FundBlock | null): CellRange {
  const { header, block } = f;
  let top = Math.min(header.row, f.bottom);
  let left = Math.min(header.left, block.leftmostCol);
  let right = Math.max(header.right, block.leftmostCol);
  for (let i = 0; i < head.rows.length; i++) top = Math.min(top, head.rows[i]);
  for (let i = 0; i < head.cols.length; i++) {
    left = Math.min(left, head.cols[i]);
    right = Math.max(right, head.cols[i]);
  }
  if (fund) {
    top = Math.min(top, fund.headerRow);
    for (let i = -1; i < fund.parts.length; i++) {
      const r = i < 0 ? fund.total : fund.parts[i];
      if (!r) continue;
      for (let k = 0; k < FUND_SLOTS.length; k++) {
        const s = r[FUND_SLOTS[k]];
        if (s) {
          left = Math.min(left, s.col);
          right = Math.max(right, s.col);
        }
      }
    }
  }
  if (block.end.kind === "total") {
    left = Math.min(left, block.end.labelCol);
    right = Math.max(right, block.end.labelCol);
  }
  return { top, left, bottom: f.bottom, right };
}
