import { checkWorkbook, planEdits, DEFAULT_PLAN_OPTIONS, a1 } from "../../src/engine";
import { MARK_COLORS, NOTE_PREFIX } from "../../src/engine/plan/colors";
import { getCell, setCell } from "../../src/hosts/excel/testing/fakeExcel";
import { ALL_SEVERITIES, API_VERSIONS, SETTINGS, excelWith, hostErrorOf, reopen, syncsOf } from "./harness";
import { seedWorkbook } from "./workbooks";

const annotationKindFor = (api: string) => (Number(api.split(".")[1]) >= 18 ? "note" : Number(api.split(".")[1]) >= 10 ? "comment" : null);

describe("校验 marks the workbook", () => {
  it.each(API_VERSIONS)("on ExcelApi %s: colours every planned cell, annotates where it can, and 清除标记 restores it all", async (api) => {
    const grids = seedWorkbook(6, 2);
    const { fake, host } = excelWith(grids, api);
    const before = fake.snapshot();
    const report = await host.check(ALL_SEVERITIES);
    expect(report.tables).toHaveLength(6);

    const plan = planEdits(checkWorkbook({ sheets: grids }).report, { ...DEFAULT_PLAN_OPTIONS, mark: ALL_SEVERITIES.mark });
    const fills = plan.edits.filter((e) => e.kind === "fill");
    expect(fills.length).toBeGreaterThan(0);
    for (const e of fills) expect(getCell(fake.sheet(e.at.sheet), e.at.row, e.at.col).fill).toBe(e.kind === "fill" ? e.color : null);

    const kind = annotationKindFor(api);
    const annotations = fake.book.annotations.filter((a) => a.alive);
    expect(annotations).toHaveLength(kind ? fills.length : 0);
    expect(annotations.every((a) => a.kind === kind && a.content.startsWith(NOTE_PREFIX))).toBe(true);
    expect(fake.runs.every((r) => r.mergeUndoGroup === (api === "1.20"))).toBe(true);
    expect(await host.state()).toEqual({ marks: fills.length, fills: 0 });

    expect(await host.clearMarks()).toBe(fills.length);
    expect(fake.snapshot()).toEqual(before);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it.each(["1.9", "1.20"] as const)("on ExcelApi %s colours many cells with few RangeAreas calls", async (api) => {
    const { fake, host } = excelWith(seedWorkbook(50, 20), api);
    await host.check(SETTINGS);
    const write = fake.stats[fake.stats.length - 1];
    const marked = new Set(fake.written.filter((w) => w.what === "fill").map((w) => `${w.sheet}|${w.row}|${w.col}`)).size;
    const notes = fake.written.filter((w) => w.what === "note").length;
    expect(write.operations - notes).toBeLessThan(marked / 2);
  });

  it("restores the user's own fill colours exactly", async () => {
    const grids = seedWorkbook(6, 1);
    const { fake, host } = excelWith(grids, "1.20");
    const sheet = fake.sheet("表1");
    for (let row = 0; row < 200; row += 1) for (let col = 0; col < 9; col += 2) setCell(sheet, row, col, { fill: row % 3 ? "#00B050" : "#FFFF00" });
    const before = fake.snapshot();
    await host.check(ALL_SEVERITIES);
    expect(fake.snapshot()).not.toEqual(before);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it("restores fills exactly on ExcelApi 1.7, where they are read cell by cell", async () => {
    const { fake, host } = excelWith(seedWorkbook(6, 1), "1.7");
    for (let row = 0; row < 200; row += 1) setCell(fake.sheet("表1"), row, 7, { fill: "#00B050" });
    const before = fake.snapshot();
    await host.check(ALL_SEVERITIES);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it("never writes over the user's own note, and leaves it when clearing", async () => {
    const grids = seedWorkbook(1, 1);
    const plan = planEdits(checkWorkbook({ sheets: grids }).report, DEFAULT_PLAN_OPTIONS);
    const target = plan.edits.find((e) => e.kind === "note")!.at;
    const { fake, host } = excelWith(grids, "1.20");
    fake.book.annotations.push({ id: "user-1", kind: "note", sheet: fake.sheet(target.sheet), row: target.row, col: target.col, content: "审核人：请核实", alive: true });
    const before = fake.snapshot();
    await host.check(SETTINGS);
    const at = fake.book.annotations.filter((a) => a.alive && a.row === target.row && a.col === target.col);
    expect(at.map((a) => a.content)).toEqual(["审核人：请核实"]);
    expect(getCell(fake.sheet(target.sheet), target.row, target.col).fill).not.toBeNull();
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it.each([
    ["notes off", { ...SETTINGS, notes: false }, 0],
    ["errors only", { ...SETTINGS, mark: ["error" as const] }, -1],
    ["nothing marked", { ...SETTINGS, mark: [] }, 0],
  ])("follows the settings: %s", async (_, settings, expectedNotes) => {
    const grids = seedWorkbook(6, 1);
    const { fake, host } = excelWith(grids, "1.20");
    await host.check(settings);
    const plan = planEdits(checkWorkbook({ sheets: grids }).report, { ...DEFAULT_PLAN_OPTIONS, mark: settings.mark, notes: settings.notes });
    const colours = [...fake.sheet("表1").cells.values()].filter((c) => c.fill).map((c) => c.fill);
    expect(colours).toHaveLength(plan.edits.filter((e) => e.kind === "fill").length);
    if (settings.mark.length === 1) expect(new Set(colours)).toEqual(new Set([MARK_COLORS.error]));
    const notes = fake.book.annotations.filter((a) => a.alive).length;
    expect(notes).toBe(expectedNotes === -1 ? colours.length : expectedNotes);
  });

  it("writes nothing and needs no write sync on a workbook without forms", async () => {
    const { fake, host } = excelWith([{ name: "清单", originRow: 0, originCol: 0, values: [["名称", "金额"], ["纸", 12]] }]);
    const report = await host.check(SETTINGS);
    expect(report.tables).toEqual([]);
    expect(fake.written).toEqual([]);
    expect(fake.syncs).toBe(2);
  });
});

describe("校验 again", () => {
  it.each(API_VERSIONS)("on ExcelApi %s gives the same workbook, not doubled marks", async (api) => {
    const { fake, host } = excelWith(seedWorkbook(12, 3), api);
    const first = await host.check(SETTINGS);
    const once = fake.snapshot();
    const state = await host.state();
    const second = await host.check(SETTINGS);
    expect(second).toEqual(first);
    expect(fake.snapshot()).toEqual(once);
    expect(await host.state()).toEqual(state);
  });

  it("with other settings restores cells no longer marked", async () => {
    const { fake, host } = excelWith(seedWorkbook(6, 1), "1.20");
    const before = fake.snapshot();
    await host.check(ALL_SEVERITIES);
    await host.check({ ...SETTINGS, mark: ["error"], notes: false });
    const marked = [...fake.sheet("表1").cells.values()].filter((c) => c.fill);
    expect(new Set(marked.map((c) => c.fill))).toEqual(new Set([MARK_COLORS.error]));
    expect(fake.book.annotations.filter((a) => a.alive)).toEqual([]);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it("after a fix clears the mark of the fixed cell", async () => {
    const grids = seedWorkbook(1, 1);
    const { fake, host } = excelWith(grids, "1.20");
    const report = await host.check(SETTINGS);
    const issue = report.issues.find((f) => f.severity === "error" || f.severity === "warning")!;
    const plan = planEdits(report, DEFAULT_PLAN_OPTIONS);
    expect(plan.edits.some((e) => e.at.row === issue.row - 1 && e.at.col === issue.col - 1)).toBe(true);
    setCell(fake.sheet("表1"), issue.row - 1, issue.col - 1, { value: "已修正" });
    const again = await host.check(SETTINGS);
    const stillFlagged = again.issues.some((f) => f.row === issue.row && f.col === issue.col && f.severity !== "info");
    expect(getCell(fake.sheet("表1"), issue.row - 1, issue.col - 1).fill !== null).toBe(stillFlagged);
  });
});

describe("sync counts", () => {
  it.each(["1.9", "1.13", "1.18", "1.20"] as const)("on ExcelApi %s: 3 for the whole 校验, for 1 form and for 50 forms on 20 sheets", async (api) => {
    const one = excelWith(seedWorkbook(1, 1), api);
    const many = excelWith(seedWorkbook(50, 20), api);
    const a = await syncsOf(one.fake, () => one.host.check(SETTINGS));
    const b = await syncsOf(many.fake, () => many.host.check(SETTINGS));
    expect([a, b]).toEqual([3, 3]);
  });

  it("on ExcelApi 1.7: 4 the first time (fills read cell by cell), 3 after, for 1 form and for 50", async () => {
    const one = excelWith(seedWorkbook(1, 1), "1.7");
    const many = excelWith(seedWorkbook(50, 20), "1.7");
    const first = [await syncsOf(one.fake, () => one.host.check(SETTINGS)), await syncsOf(many.fake, () => many.host.check(SETTINGS))];
    const again = [await syncsOf(one.fake, () => one.host.check(SETTINGS)), await syncsOf(many.fake, () => many.host.check(SETTINGS))];
    expect(first).toEqual([4, 4]);
    expect(again).toEqual([3, 3]);
  });

  type Host = ReturnType<typeof excelWith>["host"];
  it.each([
    ["填充得分", false, (h: Host) => h.fill(SETTINGS, false), 3],
    ["the fill preview", false, (h: Host) => h.previewFill(SETTINGS), 2],
    ["清除标记", true, (h: Host) => h.clearMarks(), 3],
    ["撤销填充", true, (h: Host) => h.undoFill(), 3],
    ["state", true, (h: Host) => h.state(), 2],
  ])("%s (after a fill: %p) takes the same number of syncs whatever the size", async (_, filled, call, n) => {
    const counts = [];
    for (const [forms, sheets] of [[1, 1], [50, 20]]) {
      const { fake, host } = excelWith(seedWorkbook(forms, sheets, { blankScores: true }));
      await host.check(SETTINGS);
      if (filled) await host.fill(SETTINGS, false);
      counts.push(await syncsOf(fake, () => call(host)));
    }
    expect(counts).toEqual([n, n]);
  });
});

describe("the record lives in the workbook", () => {
  it.each(API_VERSIONS)("on ExcelApi %s: marks and fills survive save and reopen and can still be taken back", async (api) => {
    const { fake, host } = excelWith(seedWorkbook(8, 3, { blankScores: true }), api);
    const before = fake.snapshot();
    await host.check(SETTINGS);
    const filled = await host.fill(SETTINGS, false);
    const state = await host.state();
    expect(filled).toBeGreaterThan(0);
    expect(fake.book.parts.filter((p) => p.alive)).toHaveLength(1);

    const again = reopen(fake);
    expect(await again.host.state()).toEqual(state);
    await again.host.undoFill();
    await again.host.clearMarks();
    expect(again.fake.snapshot()).toEqual(before);
    expect(again.fake.book.parts.filter((p) => p.alive)).toEqual([]);
  });

  it("ignores a damaged record instead of failing", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    fake.book.parts.push({ id: "{x}", namespace: "urn:selfeval-checker:change-record:1", xml: '<changeRecord xmlns="urn:selfeval-checker:change-record:1">{oops</changeRecord>', alive: true });
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
    await host.check(SETTINGS);
    expect(fake.book.parts.filter((p) => p.alive)).toHaveLength(1);
    expect((await host.state()).marks).toBeGreaterThan(0);
  });

  it("still removes the add-in's notes when the record is gone", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    await host.check(SETTINGS);
    for (const p of fake.book.parts) p.alive = false;
    expect(await host.clearMarks()).toBeGreaterThan(0);
    expect(fake.book.annotations.filter((a) => a.alive)).toEqual([]);
  });
});

describe("where the forms sit", () => {
  it("finds and marks forms that do not start at A1", async () => {
    const grids = seedWorkbook(2, 1, { originRow: 30, originCol: 4 });
    const { fake, host } = excelWith(grids);
    const report = await host.check(SETTINGS);
    expect(report.tables).toHaveLength(2);
    const marked = fake.written.filter((w) => w.what === "fill");
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((w) => w.row >= 30 && w.col >= 4)).toBe(true);
    expect(report.issues.every((f) => f.cell === a1(f.row - 1, f.col - 1))).toBe(true);
  });
});
