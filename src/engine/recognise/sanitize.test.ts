import type { SheetGrid } from "../grid/types";
import { sanitizeGrid } from "./sanitize";

const base: SheetGrid = {
  name: "s",
  originRow: 2,
  originCol: 1,
  values: [["a", "b"], ["c"]],
  merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
};

describe("sanitizeGrid", () => {
  it("returns a well-formed grid itself", () => {
    expect(sanitizeGrid(base)).toBe(base);
    const noMerges = { ...base, merges: undefined };
    expect(sanitizeGrid(noMerges)).toBe(noMerges);
  });

  it.each<[string, unknown, Partial<SheetGrid> | null]>([
    ["null", null, null],
    ["values missing", { name: "s", originRow: 0, originCol: 0 }, null],
    ["rows that are not arrays", { ...base, values: [null, "x", ["a"]] }, { values: [[], [], ["a"]] }],
    ["a bad origin", { ...base, originRow: -1, originCol: NaN }, { originRow: 0, originCol: 0 }],
    ["an origin past 2³¹ or fractional", { ...base, originRow: 2 ** 31, originCol: 1.5 }, { originRow: 0, originCol: 0 }],
    ["an origin that is no number", { ...base, originRow: "3", originCol: Infinity }, { originRow: 0, originCol: 0 }],
    ["merges not an array", { ...base, merges: "A1:B2" }, { merges: [] }],
    [
      "a merge reaching past the used area is clipped",
      { ...base, merges: [{ top: 3, left: 1, bottom: 4000, right: 400 }] },
      { merges: [{ top: 3, left: 1, bottom: 3, right: 2 }] },
    ],
    [
      "unusable merges",
      {
        ...base,
        merges: [
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 3, left: 2, bottom: 1, right: 2 },
          { top: 1e6, left: 0, bottom: 1e6 + 10, right: 3 },
          { top: 0.5, left: 0, bottom: 2, right: 2 },
          null,
        ],
      },
      { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
    ],
  ])("repairs %s", (_, grid, expected) => {
    const result = sanitizeGrid(grid as SheetGrid);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });
});

describe("sanitizeGrid keeps", () => {
  it.each<[string, Partial<SheetGrid>]>([
    ["the largest origin below 2³¹", { originRow: 2 ** 31 - 1, originCol: 0 }],
    ["an origin of -0", { originRow: -0, originCol: 0 }],
  ])("%s", (_, origin) => {
    const grid = { ...base, ...origin, merges: [] };
    expect(sanitizeGrid(grid)).toBe(grid);
  });
});
