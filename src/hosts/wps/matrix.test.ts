import { toRows } from "./matrix";

const itemShape = (rows: unknown[][]) => ({ Item: (r: number, c: number) => rows[r - 1]?.[c - 1] });

describe("toRows", () => {
  it.each([
    [
      "a 2-D array",
      [
        [1, "a"],
        [true, undefined],
      ],
      2,
      2,
      [
        [1, "a"],
        [true, null],
      ],
    ],
    [
      "an Item(r,c) object",
      itemShape([
        [1, "a"],
        [true, undefined],
      ]),
      2,
      2,
      [
        [1, "a"],
        [true, null],
      ],
    ],
    ["a scalar for one cell", 42, 1, 1, [[42]]],
    ["undefined for one empty cell", undefined, 1, 1, [[null]]],
    ["a flat array for one row", [1, 2, 3], 1, 3, [[1, 2, 3]]],
    [
      "a short array padded with nulls",
      [[1]],
      2,
      2,
      [
        [1, null],
        [null, null],
      ],
    ],
  ])("normalises %s", (_, read, rows, cols, expected) => {
    expect(toRows(read, rows, cols)).toEqual(expected);
  });
});
