import type { CellRange } from "./types";

/** Merged areas larger than this are layout accidents; left out, they cost nothing. */
const MAX_MERGE_HEIGHT = 5000;
const MAX_MERGE_WIDTH = 500;

/** The merges of a sheet by absolute row. */
export interface MergeRows {
  /** The merges crossing each row in the order listed; undefined where none does. */
  lists: (readonly CellRange[] | undefined)[];
  /** The rightmost column the merges of each row cover: most cells asked about lie right of them all. */
  reach: number[];
}

/**
 * A list is never grown in place: adding a merge to a row makes a list one longer, and consecutive rows that had the
 * same list share the longer one. A sheet's first check builds these before the JIT has caught up; lists grown by
 * push would each hold room for sixteen more.
 */
export function mergesByRow(merges: readonly CellRange[]): MergeRows {
  const lists: (readonly CellRange[] | undefined)[] = [];
  const reach: number[] = [];
  for (let k = 0; k < merges.length; k++) {
    const m = merges[k];
    const top = m.top;
    const bottom = m.bottom;
    const right = m.right;
    if (bottom - top > MAX_MERGE_HEIGHT || right - m.left > MAX_MERGE_WIDTH) continue;
    // Rows below 0 are never asked for (and a fractional row never matches one).
    if (!Number.isInteger(top)) continue;
    let before: readonly CellRange[] | undefined | null = null;
    let after: readonly CellRange[] = NONE;
    for (let r = top < 0 ? 0 : top; r <= bottom; r++) {
      const list = lists[r];
      if (list !== before) {
        before = list;
        after = list === undefined ? [m] : withOneMore(list, m);
      }
      lists[r] = after;
      // A right that is no number makes the reach NaN, which rules no column out.
      reach[r] = list === undefined ? right : Math.max(reach[r], right);
    }
  }
  return { lists, reach };
}

const NONE: readonly CellRange[] = [];

function withOneMore(list: readonly CellRange[], m: CellRange): CellRange[] {
  const longer = new Array<CellRange>(list.length + 1);
  for (let i = 0; i < list.length; i++) longer[i] = list[i];
  longer[list.length] = m;
  return longer;
}
