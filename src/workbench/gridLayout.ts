import type { CellRange } from "../engine";

/** Offsets of rows (or columns) along one axis: starts[i] is where item i begins, starts[count] the total length. */
export interface Axis {
  count: number;
  starts: Float64Array;
}

export const DEFAULT_ROW_PX = 21;
export const DEFAULT_COL_PX = 72;

/** Excel's character-unit width → pixels (8.43 characters ≈ 64 px, as Excel draws it at 100 %). */
export const columnPx = (chars: number | null | undefined) =>
  chars && chars > 0 ? Math.max(8, Math.round(chars * 7 + 5)) : DEFAULT_COL_PX;

/** Points → pixels at 96 dpi. */
export const rowPx = (points: number | null | undefined) =>
  points && points > 0 ? Math.max(8, Math.round((points * 4) / 3)) : DEFAULT_ROW_PX;

export function buildAxis(count: number, sizeOf: (i: number) => number): Axis {
  const starts = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = starts[i] + sizeOf(i);
  return { count, starts };
}

/** The item at an offset (clamped to the axis). */
export function indexAt(axis: Axis, offset: number): number {
  if (axis.count === 0) return 0;
  let lo = 0;
  let hi = axis.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (axis.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First and last item drawn for a window [offset, offset + length), with `overscan` items either side. */
export function visibleSpan(axis: Axis, offset: number, length: number, overscan: number): [number, number] {
  if (axis.count === 0) return [0, -1];
  const first = Math.max(0, indexAt(axis, offset) - overscan);
  const last = Math.min(axis.count - 1, indexAt(axis, offset + Math.max(0, length)) + overscan);
  return [first, last];
}

const BIG_MERGE_CELLS = 10_000;

/** Merged areas, found by cell and by window without scanning them all. */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();
  private readonly sorted: CellRange[];
  private readonly big: CellRange[] = [];
  private readonly tallest: number;

  constructor(
    merges: readonly CellRange[],
    private readonly columns = 16_384,
  ) {
    const small: CellRange[] = [];
    for (const m of merges) {
      if (m.bottom < m.top || m.right < m.left) continue;
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells > BIG_MERGE_CELLS) {
        this.big.push(m);
        continue;
      }
      small.push(m);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(r * this.columns + c, m);
    }
    this.sorted = small.sort((a, b) => a.top - b.top);
    this.tallest = this.sorted.reduce((h, m) => Math.max(h, m.bottom - m.top), 0);
  }

  /** The merged area covering a cell, or null. */
  at(row: number, col: number): CellRange | null {
    const hit = this.byCell.get(row * this.columns + col);
    if (hit) return hit;
    return this.big.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
  }

  /** Every merged area that overlaps the window. */
  within(top: number, bottom: number, left: number, right: number): CellRange[] {
    const out: CellRange[] = [];
    const overlaps = (m: CellRange) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left;
    // Binary search for the first merge that could reach `top`.
    let lo = 0;
    let hi = this.sorted.length;
    const from = top - this.tallest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].top < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i].top <= bottom; i++) if (overlaps(this.sorted[i])) out.push(this.sorted[i]);
    for (const m of this.big) if (overlaps(m)) out.push(m);
    return out;
  }
}

/** Where a move by arrow key lands: one cell on from the edge of the merged area it starts in, then that area's anchor. */
export function step(
  merges: MergeIndex,
  from: { row: number; col: number },
  dRow: number,
  dCol: number,
  limits: { rows: number; cols: number },
): { row: number; col: number } {
  const here = merges.at(from.row, from.col);
  let row = from.row;
  let col = from.col;
  if (dRow > 0) row = (here ? here.bottom : row) + dRow;
  else if (dRow < 0) row = (here ? here.top : row) + dRow;
  if (dCol > 0) col = (here ? here.right : col) + dCol;
  else if (dCol < 0) col = (here ? here.left : col) + dCol;
  row = Math.min(Math.max(0, row), limits.rows - 1);
  col = Math.min(Math.max(0, col), limits.cols - 1);
  const there = merges.at(row, col);
  return there ? { row: there.top, col: there.left } : { row, col };
}
