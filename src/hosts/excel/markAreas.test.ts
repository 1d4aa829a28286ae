import { rectangles, ruleTargets } from "./markAreas";

const cells = (...list: [number, number][]) => list.map(([row, col]) => ({ row, col }));

describe("rectangles", () => {
  it.each([
    ["one cell", cells([3, 7]), [{ top: 3, bottom: 3, left: 7, right: 7 }]],
    ["a run down a column", cells([3, 7], [5, 7], [4, 7]), [{ top: 3, bottom: 5, left: 7, right: 7 }]],
    [
      "two runs in a column",
      cells([3, 7], [4, 7], [9, 7]),
      [
        { top: 3, bottom: 4, left: 7, right: 7 },
        { top: 9, bottom: 9, left: 7, right: 7 },
      ],
    ],
    ["equal runs side by side", cells([3, 7], [4, 7], [3, 8], [4, 8]), [{ top: 3, bottom: 4, left: 7, right: 8 }]],
    [
      "unequal runs side by side",
      cells([3, 7], [4, 7], [3, 8]),
      [
        { top: 3, bottom: 4, left: 7, right: 7 },
        { top: 3, bottom: 3, left: 8, right: 8 },
      ],
    ],
    ["a cell twice", cells([3, 7], [3, 7]), [{ top: 3, bottom: 3, left: 7, right: 7 }]],
    ["nothing", [], []],
  ])("covers %s exactly", (_, input, expected) => expect(rectangles(input)).toEqual(expected));

  it("covers every cell once and nothing else, whatever the cells", () => {
    for (let seed = 1; seed < 60; seed++) {
      const list = Array.from({ length: seed % 17 }, (_, i) => ({ row: (seed * 7 + i * i) % 11, col: (seed + i * 3) % 5 }));
      const covered = rectangles(list).flatMap((r) =>
        Array.from(
          { length: (r.bottom - r.top + 1) * (r.right - r.left + 1) },
          (_, k) => `${r.top + Math.floor(k / (r.right - r.left + 1))},${r.left + (k % (r.right - r.left + 1))}`,
        ),
      );
      expect(new Set(covered).size).toBe(covered.length);
      expect(new Set(covered)).toEqual(new Set(list.map((c) => `${c.row},${c.col}`)));
    }
  });
});

describe("ruleTargets", () => {
  const many = Array.from({ length: 120 }, (_, i) => ({ row: i * 2, col: 7 }));
  it("joins rectangles into lists of at most 255 characters with RangeAreas", () => {
    const lists = ruleTargets(many, true);
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.every((l) => l.length <= 255)).toBe(true);
    expect(lists.join(",").split(",")).toHaveLength(120);
  });
  it("gives one rectangle per rule without RangeAreas", () =>
    expect(ruleTargets(cells([3, 7], [4, 7], [9, 7]), false)).toEqual(["H4:H5", "H10"]));
});
