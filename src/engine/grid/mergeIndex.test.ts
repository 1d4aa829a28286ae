import type { CellRange } from "./types";
import { MergeIndex } from "./mergeIndex";

const area = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** What the index answers, asked the slow way: the last listed merge that covers the cell and that the index keeps. */
function slowAt(merges: CellRange[], row: number, col: number): number {
  for (let k = merges.length - 1; k >= 0; k--) {
    const m = merges[k];
    const kept = Number.isInteger(m.top) && m.bottom - m.top <= 5000 && m.right - m.left <= 500;
    if (kept && Math.max(0, m.top) <= row && row <= m.bottom && m.left <= col && col <= m.right) return k;
  }
  return -1;
}

describe("MergeIndex.at", () => {
  const merges = [area(2, 2, 2, 3), area(4, 0, 8, 0), area(5, 1, 6, 4), area(10, 1, 10, 1)];
  const index = new MergeIndex(merges);

  it.each<[label: string, row: number, col: number, want: number]>([
    ["a cell in a one-row merge", 2, 3, 0],
    ["its top-left cell", 2, 2, 0],
    ["left of it", 2, 1, -1],
    ["right of it", 2, 4, -1],
    ["the row above every merge", 0, 2, -1],
    ["a row between merges", 9, 0, -1],
    ["the last row of a tall merge", 8, 0, 1],
    ["beside the tall merge, in another", 5, 4, 2],
    ["a single-cell merge", 10, 1, 3],
    ["below every merge", 11, 1, -1],
    ["a negative row", -1, 0, -1],
    ["a fractional row", 4.5, 0, -1],
  ])("%s: (%d, %d) → %d", (_label, row, col, want) => expect(index.at(row, col)).toBe(want));

  it.each<[label: string, merges: CellRange[], row: number, col: number, want: number]>([
    ["overlapping merges: the last listed wins", [area(0, 0, 3, 3), area(1, 1, 2, 2)], 1, 1, 1],
    ["overlapping merges: outside the later one", [area(0, 0, 3, 3), area(1, 1, 2, 2)], 3, 3, 0],
    ["a merge starting above row 0 covers rows from 0", [area(-3, 0, 1, 0)], 0, 0, 0],
    ["a fractional top matches no row", [area(0.5, 0, 3, 0)], 1, 0, -1],
    ["a merge over 5000 rows is left out", [area(0, 0, 5001, 0)], 1, 0, -1],
    ["a merge over 500 columns is left out", [area(0, 0, 0, 501)], 0, 1, -1],
    ["a merge of exactly 5000 rows is kept", [area(0, 0, 5000, 0)], 5000, 0, 0],
    ["a fractional bottom covers the rows above it", [area(0, 0, 2.5, 0)], 2, 0, 0],
    ["a bottom that is no number covers nothing", [area(0, 0, NaN, 0)], 0, 0, -1],
    ["a merge above row 0 only covers nothing", [area(-5, 0, -1, 0)], 0, 0, -1],
    ["no merges", [], 0, 0, -1],
  ])("%s", (_label, list, row, col, want) => expect(new MergeIndex(list).at(row, col)).toBe(want));

  it("agrees with the slow reading on every cell of a crowded sheet", () => {
    const crowded = [area(0, 0, 0, 5), area(1, 1, 4, 1), area(2, 0, 2, 3), area(3, 2, 7, 4), area(6, 0, 6, 6), area(9, 9, 9, 9)];
    const index = new MergeIndex(crowded);
    for (let row = -1; row <= 11; row++)
      for (let col = -1; col <= 11; col++) expect([row, col, index.at(row, col)]).toEqual([row, col, slowAt(crowded, row, col)]);
  });
});

describe("MergeIndex.crossesRow", () => {
  const index = new MergeIndex([area(2, 0, 3, 1), area(6, 5, 6, 5)]);
  it.each<[row: number, crosses: boolean]>([
    [1, false],
    [2, true],
    [3, true],
    [4, false],
    [6, true],
    [7, false],
    [-1, false],
  ])("row %d → %p", (row, crosses) => expect(index.crossesRow(row)).toBe(crosses));
});
