import type { CellRange } from "./types";
import { mergesByRow } from "./mergesByRow";

const area = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** Which listed merges cross each row from 0 to `rows - 1`, by position in the list; [] where none does. */
function positions(merges: CellRange[], rows: number): number[][] {
  const byRow = mergesByRow(merges).lists;
  return Array.from({ length: rows }, (_, r) => (byRow[r] ?? []).map((m) => merges.indexOf(m)));
}

describe("mergesByRow", () => {
  it.each<[label: string, merges: CellRange[], rows: number, want: number[][]]>([
    ["no merges", [], 2, [[], []]],
    ["a one-row merge", [area(1, 2, 1, 3)], 3, [[], [0], []]],
    ["a tall merge crosses each of its rows", [area(0, 0, 2, 0)], 4, [[0], [0], [0], []]],
    ["merges crossing a row keep the order listed", [area(1, 5, 1, 6), area(0, 0, 2, 0)], 3, [[1], [0, 1], [1]]],
    ["three merges over one row", [area(0, 0, 3, 0), area(1, 1, 2, 1), area(2, 2, 2, 2)], 4, [[0], [0, 1], [0, 1, 2], [0]]],
    ["a merge starting above row 0 crosses rows from 0", [area(-3, 0, 1, 0)], 3, [[0], [0], []]],
    ["a fractional top crosses no row", [area(0.5, 0, 3, 0)], 2, [[], []]],
    ["a fractional bottom crosses the rows above it", [area(0, 0, 1.5, 0)], 3, [[0], [0], []]],
    ["a bottom that is no number crosses nothing", [area(0, 0, NaN, 0)], 1, [[]]],
    ["a merge above row 0 only crosses nothing", [area(-5, 0, -1, 0)], 1, [[]]],
    ["a merge over 500 columns is left out", [area(0, 0, 0, 501)], 1, [[]]],
    ["a merge of 500 columns is kept", [area(0, 0, 0, 500)], 1, [[0]]],
  ])("%s", (_label, merges, rows, want) => expect(positions(merges, rows)).toEqual(want));

  it.each<[label: string, merge: CellRange, row: number, crossed: boolean]>([
    ["a merge over 5000 rows is left out", area(0, 0, 5001, 0), 1, false],
    ["a merge of 5000 rows reaches its last row", area(0, 0, 5000, 0), 5000, true],
  ])("%s", (_label, merge, row, crossed) => expect(mergesByRow([merge]).lists[row]?.[0] === merge).toBe(crossed));

  it("consecutive rows crossed by the same merges share one list; rows crossed by others do not", () => {
    const byRow = mergesByRow([area(0, 0, 3, 0), area(1, 1, 2, 1)]).lists;
    expect([byRow[1] === byRow[2], byRow[0] === byRow[1], byRow[2] === byRow[3], byRow[0] === byRow[3]]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it.each<[label: string, merges: CellRange[], want: number[]]>([
    ["the rightmost column of each row's merges", [area(0, 0, 2, 3), area(1, 5, 1, 6), area(2, 1, 2, 2)], [3, 6, 3]],
    ["a right that is no number rules nothing out", [area(0, 0, 0, 3), area(0, 5, 0, NaN)], [NaN]],
  ])("reach: %s", (_label, merges, want) => expect(mergesByRow(merges).reach).toEqual(want));
});
