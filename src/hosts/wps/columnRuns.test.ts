import { columnRuns, runAddress } from "./columnRuns";
import { readRuns } from "./readSheet";

const cell = (row: number, col: number) => ({ row, col });

describe("columnRuns", () => {
  it.each([
    ["adjacent cells of a column", [cell(3, 7), cell(4, 7), cell(5, 7)], ["H4:H6"]],
    ["a gap", [cell(3, 7), cell(5, 7)], ["H4", "H6"]],
    ["two columns, out of order", [cell(4, 7), cell(3, 8), cell(3, 7)], ["H4:H5", "I4"]],
    ["the same cell twice", [cell(3, 7), cell(3, 7)], ["H4"]],
  ])("groups %s", (_, cells, addresses) => {
    expect(columnRuns(cells).map(runAddress)).toEqual(addresses);
  });
});

describe("readRuns", () => {
  const formats: Record<string, string> = { "0,0": "0%", "1,0": "0%", "2,0": "General", "3,0": "0%" };
  const read = (address: string) => {
    const [from, to = from] = address.split(":").map((a) => Number(a.slice(1)) - 1);
    const fs = Array.from({ length: to - from + 1 }, (_, i) => formats[`${from + i},0`]);
    return fs.every((f) => f === fs[0]) ? fs[0] : null;
  };
  it.each([
    ["agreeing cells in one read", [cell(0, 0), cell(1, 0)], 1],
    ["disagreeing cells by halving", [cell(0, 0), cell(1, 0), cell(2, 0), cell(3, 0)], 5],
  ])("reads %s", (_, cells, expectedReads) => {
    let reads = 0;
    const got = new Map<string, string | null>();
    readRuns(
      cells,
      (a) => (reads++, read(a)),
      (row, col, f) => got.set(`${row},${col}`, f),
    );
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(cells.map((c) => [`${c.row},${c.col}`, formats[`${c.row},${c.col}`]])));
    expect(reads).toBe(expectedReads);
  });
});
