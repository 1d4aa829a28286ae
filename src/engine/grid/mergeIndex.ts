import type { CellRange } from "./types";

/** A worksheet has at most this many rows: merges reaching further are cut there. */
const SHEET_ROWS = 1_048_576;
/** Merged areas larger than this are layout accidents; left out, they cost nothing. */
const MAX_MERGE_HEIGHT = 5000;
const MAX_MERGE_WIDTH = 500;

/**
 * Which merged area covers a cell, kept in two integer arrays rather than a list per row: `at()` is asked for nearly
 * every cell the recogniser reads, and a sheet's first check runs before the JIT has caught up, so the index must cost
 * no objects to build or to ask.
 */
export class MergeIndex {
  /** The first row any merge crosses. */
  private readonly firstRow: number;
  /** Per row from `firstRow`, where its merges start in `ofRow`; the next row's entry is where they end. */
  private readonly rowStart: Int32Array;
  /** Positions in `merges`, row after row, each row's in the order listed. */
  private readonly ofRow: Int32Array;

  constructor(readonly merges: readonly CellRange[]) {
    let first = SHEET_ROWS;
    let last = -1;
    for (let k = 0; k < merges.length; k++) {
      const m = merges[k];
      if (!kept(m)) continue;
      first = Math.min(first, Math.max(0, m.top));
      last = Math.max(last, Math.floor(Math.min(SHEET_ROWS - 1, m.bottom)));
    }
    this.firstRow = first;
    const rows = Math.max(0, last - first + 1);
    const rowStart = new Int32Array(rows + 1);
    for (let k = 0; k < merges.length; k++) {
      const m = merges[k];
      if (kept(m)) for (let r = Math.max(0, m.top); r <= m.bottom && r < SHEET_ROWS; r++) rowStart[r - first + 1]++;
    }
    for (let i = 1; i <= rows; i++) rowStart[i] += rowStart[i - 1];
    const ofRow = new Int32Array(rowStart[rows]);
    const next = rowStart.slice(0, rows);
    for (let k = 0; k < merges.length; k++) {
      const m = merges[k];
      if (kept(m)) for (let r = Math.max(0, m.top); r <= m.bottom && r < SHEET_ROWS; r++) ofRow[next[r - first]++] = k;
    }
    this.rowStart = rowStart;
    this.ofRow = ofRow;
  }

  /** The position in `merges` of the area covering the cell, or -1. Where merges overlap, the last one listed wins. */
  at(row: number, col: number): number {
    const i = row - this.firstRow;
    if (!(i >= 0 && i < this.rowStart.length - 1)) return -1;
    const start = this.rowStart[i];
    for (let e = this.rowStart[i + 1] - 1; e >= start; e--) {
      const k = this.ofRow[e];
      const m = this.merges[k];
      if (m.left <= col && col <= m.right) return k;
    }
    return -1;
  }

  /** Whether any merge crosses the row. */
  crossesRow(row: number): boolean {
    const i = row - this.firstRow;
    return i >= 0 && i < this.rowStart.length - 1 && this.rowStart[i + 1] > this.rowStart[i];
  }
}

/** A merge the index holds: a whole-number top (a fractional one matches no row) and a plausible size. */
function kept(m: CellRange): boolean {
  const crossesARow = Math.max(0, m.top) <= m.bottom && m.top < SHEET_ROWS;
  return Number.isInteger(m.top) && crossesARow && !(m.bottom - m.top > MAX_MERGE_HEIGHT) && !(m.right - m.left > MAX_MERGE_WIDTH);
}
