import { a1 } from "../../engine";

/** Vertically adjacent cells of one column, 0-based: one rectangle, so one single-area range. */
export interface ColumnRun {
  col: number;
  top: number;
  bottom: number;
}

/**
 * Cells → runs of vertically adjacent cells, column by column. Every range the adapter asks of WPS for many cells is
 * one such run: whether a multi-area range ("A1,C3") acts on all its areas is not known (docs/open-semantics.md).
 */
export function columnRuns(cells: { row: number; col: number }[]): ColumnRun[] {
  const sorted = [...new Map(cells.map((c) => [`${c.row},${c.col}`, c])).values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ColumnRun[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.bottom + 1 === c.row) last.bottom = c.row;
    else runs.push({ col: c.col, top: c.row, bottom: c.row });
  }
  return runs;
}

/** "H14" for one cell, "H14:H17" for more. */
export function runAddress(run: ColumnRun): string {
  return run.top === run.bottom ? a1(run.top, run.col) : `${a1(run.top, run.col)}:${a1(run.bottom, run.col)}`;
}

export const runCells = (run: ColumnRun) => run.bottom - run.top + 1;
