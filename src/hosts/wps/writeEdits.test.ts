import type { Edit } from "../../engine";
import { readGrouped } from "./readSheet";
import { verticalRuns } from "./writeEdits";

const v = (row: number, col: number, value: number): Extract<Edit, { kind: "value" }> => ({ kind: "value", at: { sheet: "S", row, col }, value });

describe("verticalRuns", () => {
  it.each([
    ["adjacent cells of a column", [v(3, 7, 1), v(4, 7, 2), v(5, 7, 3)], [[3, 4, 5]]],
    ["a gap", [v(3, 7, 1), v(5, 7, 2)], [[3], [5]]],
    ["two columns, out of order", [v(4, 7, 1), v(3, 8, 2), v(3, 7, 3)], [[3, 4], [3]]],
    ["the same cell twice (the last wins)", [v(3, 7, 1), v(3, 7, 2)], [[3]]],
  ])("groups %s", (_, edits, rows) => {
    expect(verticalRuns(edits).map((run) => run.map((e) => e.at.row))).toEqual(rows);
  });
});

describe("readGrouped", () => {
  const formats: Record<string, string> = { A1: "0%", A2: "0%", A3: "General", A4: "0%" };
  const read = (list: string) => {
    const fs = list.split(",").map((c) => formats[c]);
    return fs.every((f) => f === fs[0]) ? fs[0] : null;
  };
  it.each([
    ["agreeing cells in one read", ["A1", "A2"], 1],
    ["disagreeing cells by halving", ["A1", "A2", "A3", "A4"], 5],
  ])("reads %s", (_, cells, expectedReads) => {
    let reads = 0;
    const got = new Map<string, string | null>();
    readGrouped(cells, (l) => (reads++, read(l)), (c, f) => got.set(c, f));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(cells.map((c) => [c, formats[c]])));
    expect(reads).toBe(expectedReads);
  });
});
