import type { CellRange } from "./types";

/** Merged areas larger than this are layout accidents; left out, they cost nothing. */
const MAX_MERGE_HEIGHT = 5000;
const MAX_MERGE_WIDTH = 500;

/**
 * Indexed by absolute row, the merges crossing it in the order listed (undefined where none does). A list is never
 * grown in place: adding a merge to a row makes a list one longer, and consecutive rows that had the same list share
 * the longer one. A sheet's first check builds these before the JIT has caught up; lists grown by push would each
 * hold room for sixteen more.
 */
export function mergesByRow(merges: readonly CellRange[]): (readonly CellRange[] | undefined)[] {
  const byRow: (readonly CellRange[] | undefined)[] = [];
  for (let k = 0; k < merges.length; k++) {
    const m = merges[k];
    const top = m.top;
    const bottom = m.bottom;
    if (bottom - top > MAX_MERGE_HEIGHT || m.right - m.left > MAX_MERGE_WIDTH) continue;
    // Rows below 0 are never asked for (and a fractional row never matches one).
    if (!Number.isInteger(top)) continue;
    let before: readonly CellRange[] | undefined | null = null;
    let after: readonly CellRange[] = NONE;
    for (let r = top < 0 ? 0 : top; r <= bottom; r++) {
      const list = byRow[r];
      if (list !== before) {
        before = list;
        after = list === undefined ? [m] : withOneMore(list, m);
      }
      byRow[r] = after;
    }
  }
  return byRow;
}

const NONE: readonly CellRange[] = [];

function withOneMore(list: readonly CellRange[], m: CellRange): CellRange[] {
  const longer = new Array<CellRange>(list.length + 1);
  for (let i = 0; i < list.length; i++) longer[i] = list[i];
  longer[list.length] = m;
  return longer;
}
