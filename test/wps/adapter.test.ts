import { checkWorkbook, type WorkbookGrid } from "../../src/engine";
import { HostError } from "../../src/app/host";
import { RECORDS_SHEET } from "../../src/hosts/wps/recordSheet";
import { seedWorkbook } from "./fakeApplication";
import { MODES, openSession, SETTINGS, snapshotAll } from "./harness";

const findings = (grid: WorkbookGrid) => checkWorkbook(grid, { profile: SETTINGS.profile, lang: "zh" }).report;

describe.each(MODES)("ET adapter over the fake Application (%s)", (_, options) => {
  it("reads the seed's forms so that the engine finds exactly what it finds on the grid itself", () => {
    const grid = seedWorkbook(6, 2);
    const { et } = openSession(grid, options);
    const read = et.readGrid();
    expect(read.sheets.map((s) => s.merges?.length)).toEqual(grid.sheets.map((s) => s.merges?.length));
    const report = findings(read);
    expect(report.tables.length).toBe(6);
    expect(report).toEqual(findings(grid));
  });

  it("clears its marks and undoes its fills back to every cell's exact value, formula, format, colour and comment", async () => {
    const grid = seedWorkbook(6, 2, { blankScores: true });
    const { fake, host } = openSession(grid, options);
    // A user's own colour and comment on a cell the check will mark, and a formula elsewhere.
    const report = findings(grid);
    const marked = report.issues.find((f) => f.severity === "error" || f.severity === "warning");
    expect(marked).toBeDefined();
    fake.sheet(marked!.sheet).update(marked!.row, marked!.col, (cell) => Object.assign(cell, { color: 0x00ff00, comment: "用户批注" }));
    fake.sheet(marked!.sheet).update(1, 12, (cell) => Object.assign(cell, { formula: "=1+1", value: 2, numberFormat: "0.0" }));
    const before = snapshotAll(fake);

    const checked = await host.check(SETTINGS);
    expect(checked.tables.length).toBe(6);
    expect(snapshotAll(fake)).not.toEqual(before);
    expect((await host.state()).marks).toBeGreaterThan(0);
    expect(await host.clearMarks()).toBeGreaterThan(0);
    expect(snapshotAll(fake)).toEqual(before);

    expect(await host.fill(SETTINGS, false)).toBeGreaterThan(0);
    expect(snapshotAll(fake)).not.toEqual(before);
    expect(await host.undoFill()).toBeGreaterThan(0);
    expect(snapshotAll(fake)).toEqual(before);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });
});

describe("ET adapter: repeat, reopen, protection, no workbook", () => {
  it("does not double marks on a second 校验", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2));
    await host.check(SETTINGS);
    const once = snapshotAll(fake);
    const stateOnce = await host.state();
    await host.check(SETTINGS);
    expect(snapshotAll(fake)).toEqual(once);
    expect(await host.state()).toEqual(stateOnce);
  });

  it("keeps its record in the workbook: after save and reopen 清除标记 and 撤销填充 still restore everything", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2, { blankScores: true }));
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    await host.fill(SETTINGS, false);
    const state = await host.state();
    fake.saveAndReopen();
    expect(fake.sheet(RECORDS_SHEET).visible).toBe(2);
    const { createSessionHost } = await import("../../src/app/session/sessionHost");
    const { EtSpreadsheet } = await import("../../src/hosts/wps/etSpreadsheet");
    const reopened = createSessionHost(new EtSpreadsheet(fake.app));
    expect(await reopened.state()).toEqual(state);
    await reopened.clearMarks();
    await reopened.undoFill();
    expect(snapshotAll(fake)).toEqual(before);
  });

  it("reads no records from a user's sheet that merely has the same name", () => {
    const grid = seedWorkbook(1, 1);
    grid.sheets.push({ name: RECORDS_SHEET, originRow: 0, originCol: 0, values: [["不是记录"], ["{}"]] });
    const { et } = openSession(grid);
    expect(et.loadRecords()).toEqual({ marks: null, fills: [] });
  });

  it.each([
    ["the forms' sheet", ["表1"]],
    ["the second of two sheets", ["表2"]],
  ])("refuses with HostError 'protected' and writes nothing when %s is protected", async (_, locked) => {
    const { fake, host } = openSession(seedWorkbook(6, 2, { blankScores: true }));
    for (const name of locked) fake.sheet(name).protectedContents = true;
    const before = snapshotAll(fake);
    const sheets = fake.book!.sheets.length;
    await expect(host.check(SETTINGS)).rejects.toMatchObject({ name: "HostError", code: "protected" });
    await expect(host.fill(SETTINGS, false)).rejects.toBeInstanceOf(HostError);
    expect(snapshotAll(fake)).toEqual(before);
    expect(fake.book!.sheets.length).toBe(sheets);
    expect(fake.screenUpdating).toBe(true);
  });

  it("turns ScreenUpdating off while writing and back on afterwards", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 1));
    await host.check(SETTINGS);
    expect(fake.screenLog).toContain(false);
    expect(fake.screenUpdating).toBe(true);
  });

  it("says in Chinese and English that no workbook is open", async () => {
    const { fake, host } = openSession(seedWorkbook(1, 1));
    fake.close();
    const error = await host.check(SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("unreadable");
    expect((error as HostError).messages.zh).toMatch(/工作簿/);
  });

  it("writes the report sheet and the sample forms, which the engine then reads back as forms", async () => {
    const { seedText } = await import("./fakeApplication");
    const { createSessionHost, sampleFromSeed } = await import("../../src/app/session/sessionHost");
    const { EtSpreadsheet } = await import("../../src/hosts/wps/etSpreadsheet");
    const { fake } = openSession({ sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [[null]] }] });
    const et = new EtSpreadsheet(fake.app);
    const host = createSessionHost(et, { sample: () => sampleFromSeed(seedText()) });
    await host.insertSample();
    expect(fake.activeSheet).toBe("示例自评表");
    const report = await host.check(SETTINGS);
    expect(report.tables.length).toBe(6);
    await host.exportReportSheet(report, "zh");
    await host.exportReportSheet(report, "zh");
    expect(fake.book!.sheets.filter((s) => s.name.startsWith("校验报告")).length).toBe(1);
  });
});
