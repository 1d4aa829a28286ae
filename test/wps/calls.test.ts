import type { SheetGrid } from "../../src/engine";
import { wpsCallsPerCheck } from "../../src/bench/wps";
import { MODES, openSession } from "./harness";

/** A sheet of plain numbers, no merges, one format: `rows` × 10 cells. */
function plainSheet(rows: number): SheetGrid {
  return {
    name: "数据",
    originRow: 0,
    originCol: 0,
    values: Array.from({ length: rows }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j)),
  };
}

describe("calls into WPS grow with sheets and marks, not with cells", () => {
  it("costs one 校验 of 50 forms on 20 sheets far less than 50 times one form on one sheet", async () => {
    const one = await wpsCallsPerCheck(1, 1);
    const fifty = await wpsCallsPerCheck(50, 20);
    expect(one).toBeGreaterThan(10);
    // 20× the sheets; the rest grows only with the marks and notes written.
    expect(fifty / one).toBeLessThan(25);
  });

  it("without SpreadsheetML reads formats and merges by ranges once WPS flags mixed ranges, and cell by cell before", async () => {
    const withXml = await wpsCallsPerCheck(6, 6);
    const flagged = await wpsCallsPerCheck(6, 6, { xmlSpreadsheet: false, mixed: "null" });
    const perCell = await wpsCallsPerCheck(6, 6, { xmlSpreadsheet: false, mixed: "first" });
    expect(flagged).toBeGreaterThan(withXml);
    expect(perCell).toBeGreaterThan(flagged);
  });

  // 40,000 cells: below XML_MAX_CELLS, past which SpreadsheetML is not asked for (one call fewer or more, by mode).
  it.each(MODES)("reads a sheet of 40,000 plain cells (no form on it) with as many calls as one of 10 cells (%s)", (_, options) => {
    const counts = [1, 4_000].map((rows) => {
      const { fake, et } = openSession({ sheets: [plainSheet(rows)] }, options);
      fake.calls.reset();
      const grid = et.readGrid();
      expect(grid.sheets[0].values.length).toBe(rows);
      return fake.calls.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });
});
