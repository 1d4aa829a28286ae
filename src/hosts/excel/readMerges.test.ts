import type { CellRange, SheetGrid } from "../../engine";
import { joinBandAreas, mergeBands } from "./readMerges";

const grid = (rows: (string | null)[], originRow = 0): SheetGrid => ({
  name: "S",
  originRow,
  originCol: 0,
  values: rows.map((r) => [r, null]),
});
const area = (top: number, bottom: number, left = 0, right = 1): CellRange => ({ top, bottom, left, right });

describe("mergeBands", () => {
  it.each([
    ["a short sheet in one band", grid(["a", "b", "c"]), 10, [{ top: 0, bottom: 2 }]],
    [
      "no empty row: plain cuts",
      grid(Array.from({ length: 25 }, () => "x")),
      10,
      [
        { top: 0, bottom: 9 },
        { top: 10, bottom: 19 },
        { top: 20, bottom: 24 },
      ],
    ],
    [
      "a band ends before the nearest empty row",
      grid(["x", "x", "x", "x", "x", "x", null, "x", "x", "x", "x", "x", "x", "x"]),
      10,
      [
        { top: 0, bottom: 5 },
        { top: 6, bottom: 13 },
      ],
    ],
    [
      "rows counted from where the sheet starts",
      grid(["x", "x", "x"], 100),
      2,
      [
        { top: 100, bottom: 101 },
        { top: 102, bottom: 102 },
      ],
    ],
  ])("cuts %s", (_, g, rows, bands) => expect(mergeBands(g, rows)).toEqual(bands));

  it("covers every row once, whatever the empty rows", () => {
    for (let seed = 1; seed < 30; seed++) {
      const rows = Array.from({ length: 40 + seed * 11 }, (_, i) => ((i * seed) % 7 === 0 ? null : "x"));
      const bands = mergeBands(grid(rows), 16);
      expect(bands[0].top).toBe(0);
      expect(bands.at(-1)!.bottom).toBe(rows.length - 1);
      for (let i = 1; i < bands.length; i++) expect(bands[i].top).toBe(bands[i - 1].bottom + 1);
      expect(bands.every((b) => b.bottom - b.top < 16)).toBe(true);
    }
  });
});

describe("joinBandAreas", () => {
  const bands = [
    { top: 0, bottom: 9 },
    { top: 10, bottom: 19 },
    { top: 20, bottom: 29 },
  ];
  it.each([
    ["areas inside their bands, as they are", [[area(1, 2)], [area(12, 12)], []], [area(1, 2), area(12, 12)]],
    ["an area returned whole by both bands, once", [[area(8, 12)], [area(8, 12)], []], [area(8, 12)]],
    ["pieces cut at an edge, joined", [[area(8, 9)], [area(10, 12)], []], [area(8, 12)]],
    ["pieces cut at two edges, joined", [[area(8, 9)], [area(10, 19)], [area(20, 21)]], [area(8, 21)]],
    ["pieces of other columns, apart", [[area(8, 9, 0, 1)], [area(10, 12, 2, 3)], []], [area(8, 9, 0, 1), area(10, 12, 2, 3)]],
    [
      "nothing joined once one area shows whole areas come back",
      [[area(8, 12), area(9, 9, 4, 4)], [area(8, 12), area(10, 10, 4, 4)], []],
      [area(8, 12), area(9, 9, 4, 4), area(10, 10, 4, 4)],
    ],
  ])("keeps %s", (_, found, expected) => expect(joinBandAreas(bands, found)).toEqual(expected));
});
