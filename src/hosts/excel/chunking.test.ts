import { BYTES_PER_CELL, planChunks, type SheetSize } from "./chunking";

const sheet = (name: string, rowCount: number, columnCount: number): SheetSize => ({
  name,
  rowIndex: 0,
  columnIndex: 0,
  rowCount,
  columnCount,
});
const cellsOf = (plan: ReturnType<typeof planChunks>) => plan.batches.flat().reduce((n, c) => n + c.rowCount * c.columnCount, 0);

describe("planChunks", () => {
  it.each([
    ["many small sheets in one batch", Array.from({ length: 20 }, (_, i) => sheet(`s${i}`, 200, 9)), 1],
    ["one sheet just under the budget", [sheet("a", 2000, 10)], 1],
    ["one big sheet", [sheet("a", 10_000, 10)], 2],
  ])("reads %s in the expected number of batches", (_, sizes, batches) => {
    const plan = planChunks(sizes);
    expect(plan.batches).toHaveLength(batches);
    expect(plan.cut).toEqual([]);
    expect(cellsOf(plan)).toBe(sizes.reduce((n, s) => n + s.rowCount * s.columnCount, 0));
  });

  it("keeps every batch within the budget", () => {
    const plan = planChunks([sheet("a", 5_000, 12), sheet("b", 700, 9), sheet("c", 3_000, 40)]);
    for (const batch of plan.batches)
      expect(batch.reduce((n, c) => n + c.rowCount * c.columnCount * BYTES_PER_CELL, 0)).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("covers every row of a sheet exactly once, in order", () => {
    const plan = planChunks([sheet("a", 10_001, 10)]);
    const bands = plan.batches.flat();
    bands.forEach((b, i) => expect(b.rowIndex).toBe(i === 0 ? 0 : bands[i - 1].rowIndex + bands[i - 1].rowCount));
    expect(bands.reduce((n, b) => n + b.rowCount, 0)).toBe(10_001);
  });

  it("cuts a workbook too large for the batch limit and says where", () => {
    const plan = planChunks([sheet("small", 10, 5), sheet("huge", 1_048_576, 50)], 4 * 1024 * 1024, 3);
    expect(plan.batches).toHaveLength(3);
    expect(plan.cut).toEqual([{ sheet: "huge", rowsRead: expect.any(Number), rowsUsed: 1_048_576 }]);
    expect(plan.cut[0].rowsRead).toBeGreaterThan(0);
  });

  it("gives a very wide sheet one row per chunk at least", () => {
    const plan = planChunks([sheet("wide", 3, 16_384)], 1000);
    expect(plan.batches.flat().every((c) => c.rowCount === 1)).toBe(true);
  });

  it("skips empty sizes", () => expect(planChunks([sheet("e", 0, 0)])).toEqual({ batches: [], cut: [] }));
});
