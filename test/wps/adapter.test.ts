import { NOTE_PREFIX } from "../../src/engine";
import { HostError } from "../../src/app/host";
import { REPORT_TITLE } from "../../src/app/reportRows";
import { createSessionHost, sampleFromSeed } from "../../src/app/session/sessionHost";
import { semanticsCases } from "../../src/hosts/wps/testing/openSemantics";
import { seedText, seedWorkbook } from "./fakeApplication";
import { openSession, SETTINGS, snapshotAll } from "./harness";

describe.each(semanticsCases())("the ET adapter (%s)", (_, semantics) => {
  it("after 校验 and 填充得分, 清除标记 and 撤销填充 leave every cell, comment and rule of the user's as it was", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2, { blankScores: true }), { semantics });
    fake.user.setNote({ sheet: "表1", row: 1, col: 8 }, "用户批注");
    fake.user.setValue({ sheet: "表2", row: 1, col: 12 }, "=1+1");
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    expect(await host.fill(SETTINGS, false)).toBeGreaterThan(0);
    expect(snapshotAll(fake)).not.toEqual(before);
    expect((await host.clearMarks()).leftAlone).toEqual([]);
    expect((await host.undoFill()).leftAlone).toEqual([]);
    expect(snapshotAll(fake)).toEqual(before);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it("never adds a note over a comment: a note edit on a commented cell is refused before anything is written", () => {
    const { fake, et } = openSession(seedWorkbook(1, 1), { semantics });
    fake.user.setNote({ sheet: "表1", row: 5, col: 7 }, "用户批注");
    const before = snapshotAll(fake);
    expect(() =>
      et.apply([
        { kind: "value", at: { sheet: "表1", row: 6, col: 7 }, value: 3 },
        { kind: "note", at: { sheet: "表1", row: 5, col: 7 }, text: `${NOTE_PREFIX}说明` },
      ]),
    ).toThrow(HostError);
    expect(snapshotAll(fake)).toEqual(before);
  });

  it("Ctrl+Z after 校验, whatever WPS undoes, still lets 清除标记 leave the workbook as it was", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 1), { semantics });
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    fake.user.undo();
    await host.clearMarks();
    expect(snapshotAll(fake)).toEqual(before);
  });

  it("writes the report sheet beside a user's own 校验报告 and never over it, even when asked to replace it", async () => {
    const grid = seedWorkbook(6, 1);
    grid.sheets.push({ name: "校验报告", originRow: 0, originCol: 0, values: [["用户自己的报告"], ["第二行"]] });
    const { fake, et, host } = openSession(grid, { semantics });
    const users = [...fake.snapshot("校验报告")];
    await host.exportReportSheet(await host.check(SETTINGS), "zh");
    expect(et.writeSheet("校验报告", { values: [[REPORT_TITLE]] }, true)).toBe("校验报告 (3)");
    expect([...fake.snapshot("校验报告")]).toEqual(users);
    expect(fake.sheet("校验报告 (2)").cell(1, 1).value).toBe(REPORT_TITLE);
  });

  it("replaces its own report sheet on a second export", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 1), { semantics });
    const report = await host.check(SETTINGS);
    await host.exportReportSheet(report, "zh");
    await host.exportReportSheet(report, "en");
    expect(fake.book!.sheets.map((s) => s.name).filter((n) => n.startsWith("校验报告"))).toEqual(["校验报告"]);
    expect(fake.sheet("校验报告").cell(1, 1).value).toBe(REPORT_TITLE);
  });
});

describe("the ET adapter: protection, screen, no workbook, the sample", () => {
  it.each([
    ["the forms' sheet", "表1"],
    ["the second of two sheets", "表2"],
  ])("refuses with HostError 'protected' and leaves every cell as it was when %s is protected", async (_, locked) => {
    const { fake, host } = openSession(seedWorkbook(6, 2, { blankScores: true }));
    fake.sheet(locked).protectedContents = true;
    const before = snapshotAll(fake);
    await expect(host.check(SETTINGS)).rejects.toMatchObject({ name: "HostError", code: "protected" });
    await expect(host.fill(SETTINGS, false)).rejects.toBeInstanceOf(HostError);
    expect(snapshotAll(fake)).toEqual(before);
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
    expect((error as HostError).messages.en).toMatch(/workbook/i);
  });

  it.each(["no", "yes"] as const)(
    "opens the sample forms as a workbook of its own, never writing into the user's (Workbooks.Add activates: %s)",
    async (addActivates) => {
      const { fake, et } = openSession(
        { sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [["用户的数据"]] }] },
        { semantics: { addActivates } },
      );
      const mine = fake.book!;
      const state = () => JSON.stringify([mine.name, mine.sheets.map((x) => [x.name, [...x.cells], x.merges, x.rules])]);
      const before = state();
      const host = createSessionHost(et, { sample: () => sampleFromSeed(seedText()) });
      await host.insertSample();
      expect(state()).toBe(before);
      expect(fake.addedBooks).toHaveLength(1);
      expect(fake.book).toBe(fake.addedBooks[0]);
      expect(fake.activeSheet).toBe("示例自评表");
      expect((await host.check(SETTINGS)).tables.length).toBe(6);
      expect(state()).toBe(before);
    },
  );
});
