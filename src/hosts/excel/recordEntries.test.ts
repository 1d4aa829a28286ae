import type { Edit } from "../../engine";
import { cellCount, mergeEntries, type Entry } from "./recordEntries";

const at = (row: number) => ({ sheet: "s", row, col: 7 });
const value = (row: number, v: number, before: number | null): Entry => ({
  edit: { kind: "value", at: at(row), value: v } as Edit,
  before: { kind: "value", value: before, formula: null, numberFormat: "General" },
});
const fill = (row: number, color: string, before: string | null): Entry => ({ edit: { kind: "fill", at: at(row), color }, before: { kind: "fill", color: before } });

describe("mergeEntries", () => {
  it.each([
    ["appends a new cell", [value(1, 5, null)], [value(2, 3, null)], [value(1, 5, null), value(2, 3, null)]],
    ["keeps the original before of a cell written twice", [value(1, 5, null)], [value(1, 4, 5)], [value(1, 4, null)]],
    ["tells a fill from a value at the same cell", [value(1, 5, null)], [fill(1, "#FFC7CE", "#00FF00")], [value(1, 5, null), fill(1, "#FFC7CE", "#00FF00")]],
    ["adds to nothing", [], [fill(3, "#FFEB9C", null)], [fill(3, "#FFEB9C", null)]],
  ])("%s", (_, base, added, expected) => expect(mergeEntries(base, added)).toEqual(expected));
});

describe("cellCount", () => {
  it.each([
    [[], 0],
    [[value(1, 5, null), fill(1, "#FFC7CE", null)], 1],
    [[value(1, 5, null), fill(2, "#FFC7CE", null)], 2],
  ])("%j touches %d cells", (entries, n) => expect(cellCount(entries)).toBe(n));
});
