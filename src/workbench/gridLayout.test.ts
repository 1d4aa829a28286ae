import { buildAxis, columnPx, indexAt, MergeIndex, rowPx, step, visibleSpan, DEFAULT_COL_PX, DEFAULT_ROW_PX } from "./gridLayout";

describe("axis", () => {
  const axis = buildAxis(5, (i) => [10, 20, 30, 10, 10][i]);

  it.each<[number, number]>([
    [-5, 0],
    [0, 0],
    [9.9, 0],
    [10, 1],
    [29, 1],
    [30, 2],
    [59, 2],
    [60, 3],
    [70, 4],
    [79, 4],
    [1000, 4],
  ])("offset %d is in item %d", (offset, index) => {
    expect(indexAt(axis, offset)).toBe(index);
  });

  it.each<[number, number, number, [number, number]]>([
    [0, 15, 0, [0, 1]],
    [35, 10, 0, [2, 2]],
    [35, 10, 1, [1, 3]],
    [75, 100, 2, [2, 4]],
  ])("window at %d of %d with overscan %d shows %j", (offset, length, overscan, span) => {
    expect(visibleSpan(axis, offset, length, overscan)).toEqual(span);
  });

  it("is empty for no items", () => {
    expect(
      visibleSpan(
        buildAxis(0, () => 10),
        0,
        100,
        3,
      ),
    ).toEqual([0, -1]);
  });

  it("lays out 100,000 rows and finds a row by binary search", () => {
    const big = buildAxis(100_000, (i) => (i % 10 === 0 ? 40 : 20));
    expect(big.starts[100_000]).toBe(100_000 * 20 + 10_000 * 20);
    expect(indexAt(big, big.starts[76_543] + 1)).toBe(76_543);
  });
});

describe("sizes", () => {
  it.each<[number | null, number]>([
    [null, DEFAULT_COL_PX],
    [0, DEFAULT_COL_PX],
    [8.43, 64],
    [30, 215],
    [0.1, 8],
  ])("column of %p characters is %d px", (chars, px) => {
    expect(columnPx(chars)).toBe(px);
  });

  it.each<[number | null, number]>([
    [null, DEFAULT_ROW_PX],
    [15, 20],
    [30, 40],
  ])("row of %p points is %d px", (pt, px) => {
    expect(rowPx(pt)).toBe(px);
  });
});

describe("MergeIndex", () => {
  const merges = new MergeIndex([
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 13, left: 0, bottom: 20, right: 0 },
    { top: 2, left: 1, bottom: 2, right: 3 },
    { top: 100, left: 0, bottom: 200_000, right: 2 },
  ]);

  it.each<[number, number, string | null]>([
    [0, 5, "0,0"],
    [17, 0, "13,0"],
    [17, 1, null],
    [2, 3, "2,1"],
    [150_000, 1, "100,0"],
    [99, 0, null],
  ])("cell %d,%d is in the merge at %s", (row, col, anchor) => {
    const m = merges.at(row, col);
    expect(m ? `${m.top},${m.left}` : null).toBe(anchor);
  });

  it.each<[[number, number, number, number], string[]]>([
    [[0, 1, 0, 8], ["0,0"]],
    [[15, 16, 0, 0], ["13,0"]],
    [[15, 16, 1, 5], []],
    [
      [1, 30, 0, 9],
      ["2,1", "13,0"],
    ],
    [[5000, 5010, 0, 0], ["100,0"]],
  ])("window %j holds %j", ([top, bottom, left, right], anchors) => {
    expect(merges.within(top, bottom, left, right).map((m) => `${m.top},${m.left}`)).toEqual(anchors);
  });
});

describe("step", () => {
  const merges = new MergeIndex([{ top: 13, left: 0, bottom: 20, right: 0 }]);
  const limits = { rows: 30, cols: 9 };
  it.each<[string, [number, number], [number, number], [number, number]]>([
    ["down into a merge lands on its anchor", [12, 0], [1, 0], [13, 0]],
    ["down out of a merge leaves from its bottom", [13, 0], [1, 0], [21, 0]],
    ["right out of a merge", [13, 0], [0, 1], [13, 1]],
    ["left into a merge from its side", [17, 1], [0, -1], [13, 0]],
    ["up at the top stays", [0, 3], [-1, 0], [0, 3]],
    ["right at the last column stays", [4, 8], [0, 1], [4, 8]],
  ])("%s", (_name, [row, col], [dr, dc], expected) => {
    expect(step(merges, { row, col }, dr, dc, limits)).toEqual({ row: expected[0], col: expected[1] });
  });
});
