import { a1, rangeA1, type CellRange } from "../../engine";
import { areaLists } from "../common/addresses";

/**
 * The rectangles that cover exactly these cells: runs of consecutive rows in a column, then equal runs in adjacent
 * columns joined. Marked cells mostly sit in a score column, so a form's marks become a few short areas.
 */
export function rectangles(cells: { row: number; col: number }[]): CellRange[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const runs: CellRange[] = [];
  for (const [col, rows] of [...byCol].sort(([a], [b]) => a - b)) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++)
      if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
        runs.push({ top: start, bottom: sorted[i - 1], left: col, right: col });
        start = sorted[i];
      }
  }
  const out: CellRange[] = [];
  for (const run of runs) {
    const left = out.find((r) => r.top === run.top && r.bottom === run.bottom && r.right === run.left - 1);
    if (left) left.right = run.right;
    else out.push({ ...run });
  }
  return out;
}

const addressOf = (r: CellRange) => (r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeA1(r));

/**
 * What one mark rule each applies to: with RangeAreas (ExcelApi 1.9) lists of rectangles of at most 255 characters, so
 * a sheet's marks of one severity are one rule unless the list is too long; below 1.9 one rule per rectangle, since a
 * conditional format there can only be added over a single range.
 */
export function ruleTargets(cells: { row: number; col: number }[], rangeAreas: boolean): string[] {
  const areas = rectangles(cells).map(addressOf);
  return rangeAreas ? areaLists(areas) : areas;
}
