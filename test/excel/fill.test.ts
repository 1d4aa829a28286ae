import { a1, checkWorkbook, planEdits, DEFAULT_PLAN_OPTIONS, type SheetGrid } from "../../src/engine";
import { FakeExcel, getCell, READINGS, setCell } from "../../src/hosts/excel/testing/fakeExcel";
import type { HostError } from "../../src/app/host";
import { WRITE_BUDGET } from "../../src/hosts/excel/requestSize";
import { valueBatches } from "../../src/hosts/excel/write";
import { API_VERSIONS, SETTINGS, excelWith, hostOn, syncsOf } from "./harness";
import { seedWorkbook } from "./workbooks";

function fillPlan(grids: SheetGrid[], overwrite: boolean) {
  return planEdits(checkWorkbook({ sheets: grids }).report, {
    ...DEFAULT_PLAN_OPTIONS,
    fill: true,
    overwrite,
    overwriteFormulas: overwrite,
    mark: [],
    notes: false,
  });
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
    expect(new Set(fake.written.map((w) => `${w.sheet}|${w.row}|${w.col}`))).toEqual(
      new Set(plan.edits.map((e) => `${e.at.sheet}|${e.at.row}|${e.at.col}`)),
    );

    expect(await host.undoFill()).toEqual({ restored: plan.edits.length, leftAlone: [] });
    expect(fake.snapshot()).toEqual(before);
  });

  it("writes over a formula or a typed score only as the confirmed plan says, and restores them exactly", async () => {
    const blank = seedWorkbook(1, 1, { blankScores: true });
    const [formulaCell, typedCell] = fillPlan(blank, false)
      .edits.slice(0, 2)
      .map((e) => e.at);
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
    if (!cellsOf(confirmed.edits).has(`${formulaCell.row},${formulaCell.col}`))
      expect(getCell(fake.sheet("表1"), formulaCell.row, formulaCell.col).formula).toBe("=G20*0.9");

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

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name === "requestSize=json-characters"))(
    "splits a very large fill into requests under the write budget, counted in UTF-8 bytes, and takes it all back (%s)",
    async (_, semantics) => {
      const grids = seedWorkbook(600, 20, { blankScores: true });
      const edits = fillPlan(grids, false).edits.filter((e) => e.kind === "value");
      const batches = valueBatches(edits);
      expect(batches.length).toBeGreaterThan(1);
      const { fake, host } = excelWith(grids, "1.20", semantics);
      const before = fake.snapshot();
      // The read alone: a workbook this size is read in bands (its response passes 5 MB).
      const reads = await syncsOf(fake, () => host.previewFill(SETTINGS));
      const syncs = await syncsOf(fake, () => host.fill(SETTINGS, false));
      // After the reads and the record: the value requests, then the filled marks and the notes in requests of their own.
      const writes = syncs - reads - 1;
      expect(writes).toBeGreaterThan(batches.length);
      // What the fake measured for each write request, against the estimate the split used.
      for (const stat of fake.stats.slice(-writes)) expect(stat.requestBytes).toBeLessThanOrEqual(WRITE_BUDGET);
      expect((await host.undoFill()).restored).toBe(edits.length);
      expect(fake.stats.every((x) => x.requestBytes < 5 * 1024 * 1024)).toBe(true);
      expect(fake.snapshot()).toEqual(before);
    },
    60_000,
  );

  it("confirming the preview leaves a cell someone typed into since, and writes the others", async () => {
    const grids = seedWorkbook(2, 1, { blankScores: true });
    const { fake, host } = excelWith(grids);
    const preview = await host.previewFill(SETTINGS);
    const target = preview.edits[0].at;
    fake.userSetValue(target.sheet, target.row, target.col, "待核");
    expect(await host.fill(SETTINGS, true)).toBe(preview.edits.length - 1);
    expect(getCell(fake.sheet(target.sheet), target.row, target.col).value).toBe("待核");
    expect(fake.written.some((w) => w.row === target.row && w.col === target.col)).toBe(false);
  });

  it("confirming the preview leaves a cell whose score is no longer the one shown", async () => {
    const grids = seedWorkbook(2, 1, { blankScores: true });
    const { report } = checkWorkbook({ sheets: grids });
    const grid = grids[0];
    const textAt = (row: number, col: number) => String(grid.values[row - grid.originRow]?.[col - grid.originCol] ?? "");
    const ind = report.tables
      .flatMap((t) => t.indicators)
      .find((i) => i.computedScore !== null && i.weight !== null && i.computedScore < i.weight && i.scoreCell)!;
    const row = ind.row - 1;
    const cols = Array.from({ length: 12 }, (_, c) => c + grid.originCol);
    const actualCol = cols.find((c) => textAt(row, c) === ind.actual)!;
    const targetCol = cols.find((c) => textAt(row, c) === ind.target)!;
    const { fake, host } = excelWith(grids);
    const preview = await host.previewFill(SETTINGS);
    const shown = preview.edits.find((e) => e.at.row === row && a1(e.at.row, e.at.col) === ind.scoreCell)!;
    expect(shown).toBeDefined();
    // The actual now equals the target: the fresh score is the full weight, not the one the preview showed.
    fake.userSetValue("表1", row, actualCol, grid.values[row - grid.originRow][targetCol - grid.originCol] as string);
    const n = await host.fill(SETTINGS, false);
    expect(n).toBeGreaterThan(0);
    expect(fake.written.some((w) => w.row === shown.at.row && w.col === shown.at.col)).toBe(false);
  });

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name === "apostropheInTextCell=prefix"))(
    "puts back text a Text-formatted cell held exactly, with no apostrophe left in it (%s)",
    async (_, semantics) => {
      const grids = seedWorkbook(1, 1, { blankScores: true });
      const target = fillPlan(grids, false).edits[0].at;
      const { fake, host } = excelWith(grids, "1.20", semantics);
      setCell(fake.sheet(target.sheet), target.row, target.col, { value: "-", numberFormat: "@" });
      const before = fake.snapshot();
      await host.fill(SETTINGS, true);
      expect(getCell(fake.sheet(target.sheet), target.row, target.col).value).not.toBe("-");
      expect((await host.undoFill()).leftAlone).toEqual([]);
      expect(getCell(fake.sheet(target.sheet), target.row, target.col)).toMatchObject({ value: "-", numberFormat: "@" });
      expect(fake.snapshot()).toEqual(before);
    },
  );

  it.each([
    ["Excel on the web", "OfficeOnline", "too-large"],
    ["an Excel of unknown platform", "iOS", "too-large"],
    ["Excel on Windows (no request cap)", "PC", "ok"],
    ["Excel for Mac (no request cap)", "Mac", "ok"],
  ])("on %s, a record too large for one request stops the fill before any cell changes", async (_, platform, outcome) => {
    const fake = FakeExcel.fromGrids(seedWorkbook(20, 2, { blankScores: true }), "1.20", { platform });
    const { host } = hostOn(fake, { recordLimit: 16 * 1024 });
    const before = fake.snapshot();
    const result = await host.fill(SETTINGS, false).then(
      () => "ok",
      (e: HostError) => e.code,
    );
    expect(result).toBe(outcome);
    if (outcome !== "ok") {
      expect(fake.snapshot()).toEqual(before);
      expect(fake.book.parts.filter((p) => p.alive)).toEqual([]);
    } else expect(new TextEncoder().encode(fake.book.parts.find((p) => p.alive)!.xml).length).toBeGreaterThan(16 * 1024);
  });

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
