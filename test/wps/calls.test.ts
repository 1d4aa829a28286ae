import type { SheetGrid } from "../../src/engine";
import { wpsBench, wpsCallsPerCheck } from "../../src/bench/wps";
import { MODES, openSession } from "./harness";

/** A sheet of plain numbers, no merges, one format: `rows` × 10 cells. */
function plainSheet(rows: number): SheetGrid {
  return { name: "数据", originRow: 0, originCol: 0, values: Array.from({ length: rows }, (_, i) => Array.from({ length: 10 }, (_, j) => i * 10 + j)) };
}

describe("calls into WPS grow with sheets, not with cells", () => {
  it("costs one 校验 of 50 forms on 20 sheets far less than 50 times one form on one sheet", async () => {
    const { wps_calls_1_form: one, wps_calls_50_forms_20_sheets: fifty } = await wpsBench();
    expect(one).toBeGreaterThan(10);
    // 20× the sheets; the rest grows only with the marks written (2 calls per comment).
    expect(fifty / one).toBeLessThan(25);
  });

  it("without SpreadsheetML still reads values and formulas in one call per sheet (merges and formats cost per area found)", async () => {
    const { wps_calls_1_form: one, wps_calls_50_forms_20_sheets: fifty } = await wpsBench({ xmlSpreadsheet: false });
    expect(fifty).toBeGreaterThan(one);
    expect(await wpsCallsPerCheck(6, 6, { xmlSpreadsheet: false })).toBeLessThan(6 * one * 1.2);
  });

  it.each(MODES)("reads a sheet of 100,000 plain cells with as many calls as one of 10 cells (%s)", (_, options) => {
    const counts = [1, 10_000].map((rows) => {
      const { fake, et } = openSession({ sheets: [plainSheet(rows)] }, options);
      fake.calls.reset();
      const grid = et.readGrid();
      expect(grid.sheets[0].values.length).toBe(rows);
      return fake.calls.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });
});
