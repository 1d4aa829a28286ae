import { checkWorkbook, parseA1 } from "../../engine";
import { HostError } from "../../app/host";
import { seedSheet } from "../../sample/seedFile";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../app/host";
import { REPORT_TITLE } from "../../app/reportRows";
import { FakePaneHost, REPORT_SHEET } from "./fakeHost";
import { handReport } from "./handReport";
import { handSample, handWorkbook } from "./handWorkbook";

const handHost = () => new FakePaneHost({ workbook: handWorkbook(), sample: handSample(), checker: () => handReport() });
const snapshot = (h: FakePaneHost) => JSON.stringify(h.workbook);

describe("FakePaneHost", () => {
  it("marks every marked severity's cells with a mark rule and a note, and clearMarks takes exactly those back", async () => {
    const host = handHost();
    const report = await host.check(DEFAULT_SETTINGS);
    expect(report.issues).toHaveLength(5);
    // error + warning marked by default: H20 (error and warning on different cells: H20, I20), H30, E60 → 4 cells
    expect(await host.state()).toEqual({ marks: 4, fills: 0 });
    expect(host.markAt("表1", 19, 7)).toBe("error");
    expect(host.memory.colorAt({ sheet: "表1", row: 19, col: 7 })).toBeNull();
    expect(host.noteAt("表1", 19, 7)).toContain("9 / 12 × 5 = 3.75");
    expect(host.notes.size).toBe(4);
    expect(await host.clearMarks()).toEqual({ restored: 8, leftAlone: [] });
    expect(host.markAt("表1", 19, 7)).toBeNull();
    expect(host.notes.size).toBe(0);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it("a second check replaces the marks and notes instead of doubling them", async () => {
    const host = handHost();
    await host.check(DEFAULT_SETTINGS);
    await host.check(DEFAULT_SETTINGS);
    expect((await host.state()).marks).toBe(4);
    expect(host.notes.size).toBe(4);
    await host.clearMarks();
    expect(host.notes.size).toBe(0);
  });

  it("清除标记 and 撤销填充 leave alone what the user changed since, and say where", async () => {
    const host = handHost();
    await host.check(DEFAULT_SETTINGS);
    await host.fill(DEFAULT_SETTINGS, false);
    host.memory.userSetValue({ sheet: "表1", row: 20, col: 7 }, 9);
    host.memory.userSetNote({ sheet: "表1", row: 19, col: 7 }, "【自评表校验】改过的");
    expect(await host.undoFill()).toEqual({ restored: 0, leftAlone: [{ sheet: "表1", cell: "H21", what: "value", reason: "changed" }] });
    expect(host.valueAt("表1", 20, 7)).toBe(9);
    expect(await host.clearMarks()).toEqual({
      restored: 7,
      leftAlone: [{ sheet: "表1", cell: "H20", what: "note", reason: "unrecorded" }],
    });
    expect(host.noteAt("表1", 19, 7)).toBe("【自评表校验】改过的");
  });

  it("fills only the cells it is given", async () => {
    const host = handHost();
    expect(await host.fill(DEFAULT_SETTINGS, true, [{ sheet: "表1", row: 29, col: 7 }])).toBe(1);
    expect(host.valueAt("表1", 20, 7)).toBeNull();
    expect(host.valueAt("表1", 29, 7)).toBe(98.75);
  });

  it.each([
    [["error"], false, 2],
    [["error", "warning", "info"], true, 5],
    [[], true, 0],
  ] as const)("marks only severities %j (notes %s)", async (mark, notes, cells) => {
    const host = handHost();
    await host.check({ ...DEFAULT_SETTINGS, mark: [...mark], notes });
    expect((await host.state()).marks).toBe(cells);
    expect(host.notes.size).toBe(notes ? cells : 0);
    expect(host.memory.countMarks()).toBe(cells);
  });

  it.each([
    [false, ["H21"], ["H30"], 1],
    [true, ["H21", "H30"], [], 2],
  ])(
    "fill(overwrite %s) writes %j, leaves %j; undoFill leaves them, as no form the engine recognises holds them",
    async (overwrite, written, left, count) => {
      const host = handHost();
      const before = snapshot(host);
      const preview = await host.previewFill(DEFAULT_SETTINGS);
      expect(preview.edits.map((e) => e.kind)).toEqual(["value"]);
      expect(preview.skipped.map((s) => [s.cell, s.reason])).toEqual([["H30", "formula"]]);
      expect(snapshot(host)).toBe(before);

      expect(await host.fill(DEFAULT_SETTINGS, overwrite)).toBe(count);
      expect(host.valueAt("表1", 20, 7)).toBe(10);
      if (written.includes("H30")) {
        expect(host.valueAt("表1", 29, 7)).toBe(98.75);
        expect(host.sheet("表1")!.formulas![29][7]).toBeNull();
      }
      if (left.includes("H30")) expect(host.sheet("表1")!.formulas![29][7]).toBe("=SUM(H12:H29)");
      expect(await host.state()).toEqual({ marks: 0, fills: count });

      // The hand report is not the engine's: a record may only take back score cells of forms recognised now.
      const unsafe = written.map((cell) => ({ sheet: "表1", cell, what: "value", reason: "unsafe" }));
      expect(await host.undoFill()).toEqual({ restored: 0, leftAlone: unsafe });
      expect(host.valueAt("表1", 20, 7)).toBe(10);
      expect(await host.state()).toEqual({ marks: 0, fills: 0 });
    },
  );

  it.each([
    ["an emptied score", null, false],
    ["a score cell holding 待评, overwritten", "待评", true],
  ])("over the engine's own forms, fill writes %s and undoFill restores every cell exactly", async (_label, put, overwrite) => {
    const sheet = seedSheet();
    const indicator = checkWorkbook({ sheets: [sheet] }).report.tables[0].indicators.find((i) => i.scoreCell && i.computedScore !== null)!;
    const at = parseA1(indicator.scoreCell!)!;
    sheet.values[at.row - sheet.originRow][at.col - sheet.originCol] = put;
    const host = new FakePaneHost({ workbook: { sheets: [sheet] } });
    const before = snapshot(host);
    if (put !== null) expect(await host.fill(DEFAULT_SETTINGS, false, [{ sheet: sheet.name, ...at }])).toBe(0);
    expect(await host.fill(DEFAULT_SETTINGS, overwrite, [{ sheet: sheet.name, ...at }])).toBe(1);
    expect(host.valueAt(sheet.name, at.row, at.col)).toBe(indicator.computedScore);
    expect(await host.undoFill()).toEqual({ restored: 1, leftAlone: [] });
    expect(snapshot(host)).toBe(before);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it("writes a fill outside the sheet's used area by growing it", async () => {
    const report = handReport();
    report.tables[0].fills = [{ kind: "score", sheet: "表1", row: 99, col: 12, value: 7, current: null, formula: null }];
    const host = new FakePaneHost({ workbook: handWorkbook(), checker: () => report });
    await host.fill(DEFAULT_SETTINGS, false);
    expect(host.valueAt("表1", 99, 12)).toBe(7);
    expect(host.valueAt("表1", 19, 7)).toBe(5);
  });

  it("records selections and rejects a cell that does not exist with a HostError", async () => {
    const host = handHost();
    await host.select("表1", "H20");
    expect(host.selections).toEqual(["表1!H20"]);
    await expect(host.select("nope", "A1")).rejects.toBeInstanceOf(HostError);
    await expect(host.select("表1", "not a cell")).rejects.toBeInstanceOf(HostError);
  });

  it("fails the next call of a method once when told to", async () => {
    const host = handHost();
    const error = new HostError("protected", { zh: "工作表受保护", en: "The sheet is protected" });
    host.failNext("check", error);
    await expect(host.check(DEFAULT_SETTINGS)).rejects.toBe(error);
    expect((await host.state()).marks).toBe(0);
    await expect(host.check(DEFAULT_SETTINGS)).resolves.toBeDefined();
  });

  it("holds calls until released", async () => {
    const host = handHost();
    const release = host.hold();
    let done = false;
    const p = host.state().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await p;
    expect(done).toBe(true);
  });

  it("exports the report as sheet 校验报告, replacing an earlier one, and the checker never sees it", async () => {
    const seen: string[][] = [];
    const host = new FakePaneHost({ workbook: handWorkbook(), checker: (g) => (seen.push(g.sheets.map((s) => s.name)), handReport()) });
    await host.exportReportSheet(handReport(), "zh");
    await host.exportReportSheet(handReport(), "en");
    const sheets = host.workbook.sheets.filter((s) => s.name === REPORT_SHEET);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].values[0][0]).toBe(REPORT_TITLE);
    expect(sheets[0].values.flat()).toContain("Message");
    expect(sheets[0].values.filter((r) => r[3] === "H20")).toHaveLength(1);
    await host.check(DEFAULT_SETTINGS);
    expect(seen).toEqual([["表1"]]);
  });

  it("inserts the sample under a fresh name each time, and fails without one", async () => {
    const host = handHost();
    await host.insertSample();
    await host.insertSample();
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["表1", "示例", "示例 (2)"]);
    await expect(new FakePaneHost().insertSample()).rejects.toMatchObject({ code: "unsupported" });
  });

  it("keeps saved settings as a copy", async () => {
    const host = handHost();
    const settings: PaneSettings = { ...DEFAULT_SETTINGS, mark: ["error"], lang: "en" };
    await host.saveSettings(settings);
    settings.mark.push("info");
    expect(await host.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, mark: ["error"], lang: "en" });
  });
});
