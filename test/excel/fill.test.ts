import { checkWorkbook, planEdits, DEFAULT_PLAN_OPTIONS, type SheetGrid } from "../../src/engine";
import { getCell } from "../../src/hosts/excel/testing/fakeExcel";
import { VALUES_PER_BATCH } from "../../src/hosts/excel/write";
import { API_VERSIONS, SETTINGS, excelWith, syncsOf } from "./harness";
import { seedWorkbook } from "./workbooks";

function fillPlan(grids: SheetGrid[], overwrite: boolean) {
  return planEdits(checkWorkbook({ sheets: grids }).report, { ...DEFAULT_PLAN_OPTIONS, fill: true, overwrite, overwriteFormulas: overwrite, mark: [], notes: false });
}

describe("填充得分", () => {
  it.each(API_VERSIONS)("on ExcelApi %s fills every empty score the plan gives, and 撤销填充 restores every cell", async (api) => {
    const grids = seedWorkbook(6, 2, { blankScores: true });
    const { fake, host } = excelWith(grids, api);
    const before = fake.snapshot();
    const plan = fillPlan(grids, false);
    expect(plan.edits.length).toBeGreaterThan(0);

    const preview = await host.previewFill(SETTINGS);
    expect(preview.edits).toEqual(plan.edits);
    expect(fake.written).toEqual([]);

    expect(await host.fill(SETTINGS, false)).toBe(plan.edits.length);
    for (const e of plan.edits) if (e.kind === "value") expect(getCell(fake.sheet(e.at.sheet), e.at.row, e.at.col).value).toBe(e.value);
    expect(new Set(fake.written.map((w) => `${w.sheet}|${w.row}|${w.col}`))).toEqual(new Set(plan.edits.map((e) => `${e.at.sheet}|${e.at.row}|${e.at.col}`)));

    expect(await host.undoFill()).toEqual({ restored: plan.edits.length, leftAlone: [] });
    expect(fake.snapshot()).toEqual(before);
  });

  it("writes over a formula or a typed score only as the confirmed plan says, and restores them exactly", async () => {
    const blank = seedWorkbook(1, 1, { blankScores: true });
    const [formulaCell, typedCell] = fillPlan(blank, false).edits.slice(0, 2).map((e) => e.at);
    const grid = blank[0];
    const at = (c: typeof formulaCell) => [c.row - grid.originRow, c.col - grid.originCol] as const;
    const values = grid.values.map((r) => [...r]);
    const formulas = grid.values.map((r) => r.map((): string | null => null));
    values[at(formulaCell)[0]][at(formulaCell)[1]] = 1.8;
    formulas[at(formulaCell)[0]][at(formulaCell)[1]] = "=G20*0.9";
    values[at(typedCell)[0]][at(typedCell)[1]] = "待评";
    const grids = [{ ...grid, values, formulas }];
    const asked = fillPlan(grids, false);
    const confirmed = fillPlan(grids, true);
    const cellsOf = (edits: { at: typeof formulaCell }[]) => new Set(edits.map((e) => `${e.at.row},${e.at.col}`));

    const { fake, host } = excelWith(grids);
    const written = () => new Set(fake.written.map((w) => `${w.row},${w.col}`));
    const before = fake.snapshot();
    expect(await host.previewFill(SETTINGS)).toEqual({ edits: asked.edits, skipped: asked.skipped });

    await host.fill(SETTINGS, false);
    expect(written()).toEqual(cellsOf(asked.edits));
    for (const s of asked.skipped) expect(written()).not.toContain(`${s.at.row},${s.at.col}`);
    expect(getCell(fake.sheet("表1"), formulaCell.row, formulaCell.col).formula).toBe("=G20*0.9");

    await host.fill(SETTINGS, true);
    expect(written()).toEqual(new Set([...cellsOf(asked.edits), ...cellsOf(confirmed.edits)]));
    if (!cellsOf(confirmed.edits).has(`${formulaCell.row},${formulaCell.col}`)) expect(getCell(fake.sheet("表1"), formulaCell.row, formulaCell.col).formula).toBe("=G20*0.9");

    await host.undoFill();
    expect(fake.snapshot()).toEqual(before);
  });

  it("filled twice, undoes to the state before the first fill", async () => {
    const grids = seedWorkbook(2, 1, { blankScores: true });
    const { fake, host } = excelWith(grids);
    const before = fake.snapshot();
    await host.fill(SETTINGS, false);
    await host.fill(SETTINGS, true);
    await host.undoFill();
    expect(fake.snapshot()).toEqual(before);
  });

  it("writes percentages with their format and restores the old one", async () => {
    const grids = seedWorkbook(6, 1, { blankScores: true });
    const rate = fillPlan(grids, true).edits.find((e) => e.kind === "value" && e.numberFormat);
    if (!rate) return expect(fillPlan(grids, true).edits.every((e) => e.kind !== "value" || !e.numberFormat)).toBe(true);
    const { fake, host } = excelWith(grids);
    const before = fake.snapshot();
    await host.fill(SETTINGS, true);
    expect(getCell(fake.sheet(rate.at.sheet), rate.at.row, rate.at.col).numberFormat).toBe("0.00%");
    await host.undoFill();
    expect(fake.snapshot()).toEqual(before);
  });

  it("writes only the cells it is given (those the preview showed)", async () => {
    const grids = seedWorkbook(2, 1, { blankScores: true });
    const plan = fillPlan(grids, false);
    const only = plan.edits.slice(0, 3).map((e) => e.at);
    const { fake, host } = excelWith(grids);
    expect(await host.fill(SETTINGS, false, only)).toBe(3);
    expect(new Set(fake.written.map((w) => `${w.row},${w.col}`))).toEqual(new Set(only.map((a) => `${a.row},${a.col}`)));
    expect(await host.fill(SETTINGS, true, [])).toBe(0);
  });

  it("splits a very large fill into batches of at most 4,000 cells, each under 5 MB, and takes it all back", async () => {
    const grids = seedWorkbook(400, 20, { blankScores: true });
    const n = fillPlan(grids, false).edits.length;
    expect(n).toBeGreaterThan(VALUES_PER_BATCH);
    const { fake, host } = excelWith(grids);
    const before = fake.snapshot();
    const syncs = await syncsOf(fake, () => host.fill(SETTINGS, false));
    expect(syncs).toBe(3 + Math.ceil(n / VALUES_PER_BATCH));
    expect(fake.stats.every((s) => s.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect((await host.undoFill()).restored).toBe(n);
    expect(fake.snapshot()).toEqual(before);
  }, 60_000);

  it("fills nothing and writes nothing when no score is empty", async () => {
    const { fake, host } = excelWith(seedWorkbook(6, 1));
    expect(await host.fill(SETTINGS, false)).toBe(0);
    expect(fake.written).toEqual([]);
  });

  it("keeps marks and fills apart: 清除标记 leaves the fills, 撤销填充 the marks", async () => {
    const { fake, host } = excelWith(seedWorkbook(3, 1, { blankScores: true }));
    const before = fake.snapshot();
    await host.check(SETTINGS);
    const filled = await host.fill(SETTINGS, false);
    await host.clearMarks();
    expect(await host.state()).toEqual({ marks: 0, fills: filled });
    await host.check(SETTINGS);
    await host.undoFill();
    expect((await host.state()).fills).toBe(0);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });
});
