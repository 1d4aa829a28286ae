import { HostError } from "../../src/app/host";
import { ID_NAME_PREFIX, OLD_RECORD_MARKER, RECORD_MARKER, RECORDS_SHEET } from "../../src/hosts/wps/ownNames";
import { semanticsCases } from "../../src/hosts/wps/testing/openSemantics";
import { seedWorkbook, type FakeWps } from "./fakeApplication";
import { openSession, reconnect, SETTINGS, snapshotAll } from "./harness";

const ourNames = (fake: FakeWps) => fake.book!.names.filter((n) => n.name.startsWith(ID_NAME_PREFIX));

/** The record sheet's column A, as stored. */
const recordColumn = (fake: FakeWps) => {
  const s = fake.book!.sheet(RECORDS_SHEET);
  if (!s) return null;
  const a = s.usedArea();
  return Array.from({ length: a.r2 }, (_, i) => s.cell(i + 1, 1).value);
};

describe.each(semanticsCases())("the record in the workbook (%s)", (_, semantics) => {
  it("is stored before any cell changes: where it cannot be stored (structure protected), nothing is written", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2, { blankScores: true }), { semantics });
    fake.book!.protectStructure = true;
    const before = snapshotAll(fake);
    await expect(host.check(SETTINGS)).rejects.toMatchObject({ name: "HostError", code: "protected" });
    await expect(host.fill(SETTINGS, false)).rejects.toMatchObject({ name: "HostError", code: "protected" });
    expect(snapshotAll(fake)).toEqual(before);
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1", "表2"]);
  });

  it("keeps a long record in cells of at most 8,000 characters, very hidden, and reads it back whole", async () => {
    const { fake, host } = openSession(seedWorkbook(50, 2, { blankScores: true }), { semantics });
    await host.check(SETTINGS);
    const written = await host.fill(SETTINGS, false);
    const column = recordColumn(fake)!;
    expect(column[0]).toBe(RECORD_MARKER);
    expect(column.length).toBeGreaterThan(3);
    for (const cell of column) expect(String(cell).length).toBeLessThanOrEqual(8000);
    expect(fake.sheet(RECORDS_SHEET).visible).toBe(2);
    expect((await host.state()).fills).toBe(written);
  });

  it("leaves the user on the sheet they were on when it adds its sheet (the first 校验)", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 3), { semantics });
    fake.user.activate("表2");
    await host.check(SETTINGS);
    expect(fake.book!.sheet(RECORDS_SHEET)).toBeDefined();
    expect(fake.activeSheet).toBe("表2");
  });

  it("is deleted, with its sheet names, once it is empty; WPS is asked with its alerts off, and they come back on", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2), { semantics });
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    expect(ourNames(fake).length).toBeGreaterThan(0);
    await host.clearMarks();
    expect(fake.book!.sheet(RECORDS_SHEET)).toBeUndefined();
    expect(ourNames(fake)).toEqual([]);
    expect(fake.alertsLog).toEqual([false, true]);
    expect(fake.displayAlerts).toBe(true);
    expect(snapshotAll(fake)).toEqual(before);
  });

  it("is emptied, not deleted, once the workbook's structure is protected (and reads as no record)", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2), { semantics });
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    fake.book!.protectStructure = true;
    expect((await host.clearMarks()).leftAlone).toEqual([]);
    expect(recordColumn(fake)).toEqual([RECORD_MARKER]);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
    expect(snapshotAll(fake)).toEqual(before);
  });

  it("never reads, clears or deletes a sheet of that name that is not ours, and says so before writing anything", async () => {
    const grid = seedWorkbook(6, 1);
    grid.sheets.push({ name: RECORDS_SHEET, originRow: 0, originCol: 0, values: [["用户自己的表"], ["{}"]] });
    const { fake, et, host } = openSession(grid, { semantics });
    const before = snapshotAll(fake);
    expect(et.readRecordText()).toBeNull();
    const error = await host.check(SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).messages.zh).toContain(RECORDS_SHEET);
    expect(snapshotAll(fake)).toEqual(before);
    // With nothing to record (no notes, no fills) a 校验 needs no record, and runs.
    await host.check({ ...SETTINGS, notes: false });
    await host.clearMarks();
    expect(snapshotAll(fake)).toEqual(before);
  });

  it("an earlier version's record sheet is refused as a record, said so, and replaced by ours", async () => {
    const { fake, et, host } = openSession(seedWorkbook(6, 1), { semantics });
    const old = fake.book!.newSheet(RECORDS_SHEET);
    old.visible = 2;
    old.update(1, 1, (c) => (c.value = OLD_RECORD_MARKER));
    old.update(2, 1, (c) => (c.value = '~{"marks":null,"fills":[]}'));
    fake.book!.sheets.push(old);
    expect((await host.state()).recordProblem?.zh).toBeTruthy();
    const report = await host.check(SETTINGS);
    expect(report.notices.some((n) => n.messages.zh.includes("无法使用"))).toBe(true);
    expect(recordColumn(fake)![0]).toBe(RECORD_MARKER);
    expect((await reconnect(fake).host.state()).recordProblem).toBeUndefined();
    expect(et.readRecordText()).toMatch(/^SELFEVAL-RECORD\/3 /);
  });
});

describe.each(semanticsCases())("a sheet's identity (%s)", (_, semantics) => {
  it("survives a rename, the deletion of its first row, and save and reopen; a deleted sheet has none", async () => {
    const { fake, et, host } = openSession(seedWorkbook(6, 2), { semantics });
    await host.check(SETTINGS);
    const id = et.sheetRefs().find((r) => r.name === "表1")!.id;
    fake.user.renameSheet("表1", "表1（修订）");
    expect(et.sheetRefs()).toContainEqual({ id, name: "表1（修订）" });
    fake.user.deleteRows("表1（修订）", 0, 1);
    expect(et.sheetRefs()).toContainEqual({ id, name: "表1（修订）" });
    fake.reopen({ elsewhere: true });
    const again = reconnect(fake).et;
    expect(again.sheetRefs()).toContainEqual({ id, name: "表1（修订）" });
    fake.user.deleteSheet("表1（修订）");
    expect(again.sheetRefs().map((r) => r.id)).not.toContain(id);
  });

  it("is named in the workbook only for sheets the record refers to", async () => {
    const grid = seedWorkbook(6, 1);
    grid.sheets.push({ name: "说明", originRow: 0, originCol: 0, values: [["填报说明"]] });
    const { fake, et, host } = openSession(grid, { semantics });
    expect(et.sheetRefs().map((r) => r.name)).toEqual(["表1", "说明"]);
    expect(ourNames(fake)).toEqual([]);
    await host.check(SETTINGS);
    expect(ourNames(fake).map((n) => n.name)).toEqual([ID_NAME_PREFIX + et.sheetRefs()[0].id]);
    expect(ourNames(fake).every((n) => !n.visible)).toBe(true);
  });
});
