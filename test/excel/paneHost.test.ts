import { checkWorkbook } from "../../src/engine";
import { REPORT_SHEET, REPORT_TITLE } from "../../src/app/reportRows";
import { freeName } from "../../src/hosts/excel/excelHost";
import { FakeExcel, PESSIMISTIC, READINGS, getCell } from "../../src/hosts/excel/testing/fakeExcel";
import { readWorkbook } from "../../src/hosts/xlsx";
import { SETTINGS, excelWith, hostErrorOf, hostOn, reopen } from "./harness";
import { SAMPLE_WORKBOOK, seedWorkbook } from "./workbooks";
import { EMPTY_REVIEWS, withFormReview } from "../../src/app/review/decision";
import { OPINION_SHEET, opinionSheetOf } from "../../src/app/review/opinionSheet";

describe("select", () => {
  it("activates the sheet and selects the cell", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 2));
    await host.select("表2", "H12");
    expect(fake.book.active?.name).toBe("表2");
    expect(fake.book.selection).toEqual({ sheet: "表2", address: "H12" });
    expect(fake.syncs).toBe(2);
  });

  it.each(READINGS.filter(([name]) => name === "pessimistic" || name === "activateHidden=throws"))(
    "on a hidden sheet says so, and neither shows the sheet nor moves the selection (%s)",
    async (_, semantics) => {
      for (const visibility of ["Hidden", "VeryHidden"] as const) {
        const { fake, host } = excelWith(seedWorkbook(2, 2), "1.20", semantics);
        fake.userSetVisibility("表2", visibility);
        const before = fake.snapshot();
        const error = await hostErrorOf(host.select("表2", "H12"));
        expect(error.messages.zh).toContain("已隐藏");
        expect(fake.snapshot()).toEqual(before);
        expect(fake.book.active?.name).toBe("表1");
      }
    },
  );

  it.each([
    ["a sheet that is gone", "不存在", "A1", "workbook-changed"],
    ["an address that is not a cell", "表1", "H", "failed"],
  ])("gives a HostError for %s", async (_, sheet, cell, code) => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    expect((await hostErrorOf(host.select(sheet, cell))).code).toBe(code);
    expect(fake.written).toEqual([]);
  });
});

describe("exportReportSheet", () => {
  it.each(["1.14", "1.20"] as const)("on ExcelApi %s writes 校验报告 and replaces its own earlier one", async (api) => {
    const grids = seedWorkbook(6, 1);
    const { fake, host } = excelWith(grids, api);
    const { report } = checkWorkbook({ sheets: grids });
    await host.exportReportSheet(report, "zh");
    await host.exportReportSheet(report, "en");
    const reports = fake.book.sheets.filter((s) => s.alive && s.name.startsWith(REPORT_SHEET));
    expect(reports.map((s) => s.name)).toEqual([REPORT_SHEET]);
    expect(getCell(reports[0], 0, 0).value).toBe(REPORT_TITLE);
    const texts = [...reports[0].cells.values()].map((c) => c.value);
    expect(texts).toContain("Severity");
    expect(texts.filter((v) => v === "Error" || v === "Warning").length).toBe(report.issues.filter((f) => f.severity !== "info").length);
    expect(fake.book.active?.name).toBe(REPORT_SHEET);
    expect(fake.written.every((w) => w.sheet === REPORT_SHEET)).toBe(true);
  });

  it("keeps a user's own sheet of that name and writes beside it", async () => {
    const { fake, host } = excelWith([...seedWorkbook(1, 1), { name: REPORT_SHEET, originRow: 0, originCol: 0, values: [["我的笔记"]] }]);
    const { report } = checkWorkbook({ sheets: seedWorkbook(1, 1) });
    await host.exportReportSheet(report, "zh");
    expect(getCell(fake.sheet(REPORT_SHEET), 0, 0).value).toBe("我的笔记");
    expect(getCell(fake.sheet(`${REPORT_SHEET} (2)`), 0, 0).value).toBe(REPORT_TITLE);
  });

  it("keeps messages that look like numbers or formulas as text", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    const { report } = checkWorkbook({ sheets: seedWorkbook(1, 1) });
    const odd = { ...report, issues: [{ ...report.issues[0], messages: { zh: "=1+1", en: "12" } }] };
    await host.exportReportSheet(odd, "zh");
    const values = [...fake.sheet(REPORT_SHEET).cells.values()];
    expect(values.some((c) => c.value === "=1+1" && c.formula === null)).toBe(true);
  });
});

describe("exportOpinionSheet", () => {
  it.each(["1.14", "1.20"] as const)("on ExcelApi %s writes 审核意见 with the stored decisions, merged, in fixed syncs", async (api) => {
    const grids = seedWorkbook(3, 1);
    const { fake, host } = excelWith(grids, api);
    const report = await host.check(SETTINGS);
    await host.saveReviews(withFormReview(EMPTY_REVIEWS, report, 0, "pass", "同意", new Date("2026-11-30T08:00:00Z")));
    const syncs: number[] = [];
    for (const lang of ["zh", "zh"] as const) {
      const before = fake.syncs;
      await host.exportOpinionSheet(report, lang);
      syncs.push(fake.syncs - before);
    }
    // Reviews (2), names (1), our earlier sheet's A1 when there is one (1), write (1), activate (1): whatever the size.
    expect(syncs).toEqual([5, 6]);
    const sheets = fake.book.sheets.filter((x) => x.alive && x.name.startsWith(OPINION_SHEET));
    expect(sheets.map((x) => x.name)).toEqual([OPINION_SHEET]);
    const texts = [...sheets[0].cells.values()].map((c) => c.value);
    expect(texts).toContain("审核结论：☑ 通过　□ 退回修改　□ 待定");
    expect(texts).toContain("同意");
    const layout = opinionSheetOf(report, { file: "", lang: "zh", date: new Date(), reviews: await host.loadReviews() });
    expect(sheets[0].merges).toHaveLength(layout.merges.length);
    expect(fake.book.active?.name).toBe(OPINION_SHEET);
  });

  it("names each form's 主管部门 and 实施单位 as the workbook writes them, and leaves them blank once the forms differ", async () => {
    const grids = seedWorkbook(2, 1);
    const { fake, host } = excelWith(grids);
    const report = await host.check(SETTINGS);
    const [facts] = checkWorkbook({ sheets: grids }).forms;
    expect(facts.department).toBeTruthy();
    const texts = () => [...fake.sheet(OPINION_SHEET).cells.values()].map((c) => String(c.value));
    await host.exportOpinionSheet(report, "zh");
    expect(texts().some((t) => t.includes(facts.department!))).toBe(true);
    expect(await host.formFacts!()).toHaveLength(2);

    const fewer = { ...report, tables: report.tables.slice(0, 1) };
    await host.exportOpinionSheet(fewer, "zh");
    expect(texts().some((t) => t.includes(facts.department!))).toBe(false);
    expect(texts().some((t) => t.includes("（未填写）"))).toBe(true);
  });

  it("keeps a user's own sheet of that name and writes beside it", async () => {
    const { fake, host } = excelWith([
      ...seedWorkbook(1, 1),
      { name: OPINION_SHEET, originRow: 0, originCol: 0, values: [["我的审核笔记"]] },
    ]);
    const { report } = checkWorkbook({ sheets: seedWorkbook(1, 1) });
    await host.exportOpinionSheet(report, "zh");
    expect(getCell(fake.sheet(OPINION_SHEET), 0, 0).value).toBe("我的审核笔记");
    expect(getCell(fake.sheet(`${OPINION_SHEET} (2)`), 0, 0).value).toBe("项目支出绩效自评审核意见");
  });
});

describe("insertSample opens the sample as a workbook of its own", () => {
  const opened = (fake: FakeExcel) => fake.createdWorkbooks;

  it("hands Excel the bundled sample, whose six forms 校验 finds, and writes nothing into the open workbook", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1), "1.20", { ...PESSIMISTIC, createWorkbook: "opens" });
    const before = fake.snapshot();
    await host.insertSample();
    expect(opened(fake)).toEqual([SAMPLE_WORKBOOK]);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.written).toEqual([]);
    const { grid } = await readWorkbook(Buffer.from(opened(fake)[0], "base64"));
    expect(checkWorkbook(grid).report.tables).toHaveLength(6);
  });

  it("says so when Excel refuses to open it, and the open workbook is untouched", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1), "1.20", { ...PESSIMISTIC, createWorkbook: "refused" });
    const before = fake.snapshot();
    const error = await hostErrorOf(host.insertSample());
    expect(error.messages.zh).toBeTruthy();
    expect(opened(fake)).toEqual([]);
    expect(fake.snapshot()).toEqual(before);
  });

  it("is unsupported without a bundled sample", async () => {
    const { createExcelHost } = await import("../../src/hosts/excel/excelHost");
    const { fake } = excelWith(seedWorkbook(1, 1));
    expect((await hostErrorOf(createExcelHost(fake.env()).insertSample())).code).toBe("unsupported");
  });
});

describe("settings and the ribbon's last check", () => {
  const MINE = { profile: "hubei", mark: ["error"], notes: false, lang: "en" } as const;
  const RUN = { action: "check", at: "2024-01-01T00:00:00.000Z", forms: 1, counts: { error: 1, warning: 0, info: 2 } } as const;

  it("are kept on this machine, never in the workbook, and survive a save and reopen", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    await host.saveSettings({ ...MINE, mark: ["error"] });
    await host.rememberRun({ ...RUN, counts: { ...RUN.counts } });
    expect(fake.settingsSaves).toBe(0);
    expect(fake.book.savedSettings).toEqual({});
    const again = reopen(fake);
    expect(await again.host.loadSettings()).toEqual(MINE);
    expect(again.host.lastRun()?.forms).toBe(1);
  });

  it("are the pane's and the ribbon's alike: a second host on the same machine sees what the first wrote, at once", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    const pane = hostOn(fake).host;
    expect(pane.lastRun()).toBeNull();
    await host.rememberRun({ ...RUN, counts: { ...RUN.counts } });
    expect(pane.lastRun()?.at).toBe(RUN.at);
  });

  it("belong to the workbook (the last check) or to the user (the settings) on another machine's copy", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    await host.saveSettings({ ...MINE, mark: ["error"] });
    await host.rememberRun({ ...RUN, counts: { ...RUN.counts } });
    const elsewhere = reopen(fake, { otherMachine: true });
    expect(await elsewhere.host.loadSettings()).toEqual(SETTINGS);
    expect(elsewhere.host.lastRun()).toBeNull();
    const other = hostOn(
      FakeExcel.fromGrids(seedWorkbook(1, 1), "1.20", {
        machineStorage: fake.machineStorage,
        documentUrl: "https://example.com/另一个.xlsx",
      }),
    );
    expect(await other.host.loadSettings()).toEqual(MINE);
    expect(other.host.lastRun()).toBeNull();
  });

  it("carry over what an earlier version kept in the document, without writing the document", async () => {
    const fake = FakeExcel.fromGrids(seedWorkbook(1, 1));
    fake.liveSettings["selfeval.settings"] = { ...MINE };
    const { host } = hostOn(fake);
    expect(await host.loadSettings()).toEqual(MINE);
    await host.saveSettings({ ...MINE, mark: ["error"], lang: "zh" });
    expect(fake.settingsSaves).toBe(0);
  });

  it("without localStorage, keep the settings in the document and save it only when they change", async () => {
    const { fake, host } = hostOn(FakeExcel.fromGrids(seedWorkbook(1, 1), "1.20", { machineStorage: null }));
    await host.saveSettings({ ...MINE, mark: ["error"] });
    await host.saveSettings({ ...MINE, mark: ["error"] });
    expect(fake.settingsSaves).toBe(1);
    await host.rememberRun({ ...RUN, counts: { ...RUN.counts } });
    expect(fake.settingsSaves).toBe(1);
    expect(host.lastRun()).toBeNull();
  });

  it("starts from the defaults", async () => {
    const { host } = excelWith(seedWorkbook(1, 1));
    expect(await host.loadSettings()).toEqual(SETTINGS);
    expect(host.lastRun()).toBeNull();
  });
});

describe("the ribbon and the pane never mark the workbook as changed without a change", () => {
  it("a check, a clear and an undo on a workbook without forms save nothing and write nothing", async () => {
    const { fake, host } = excelWith([{ name: "清单", originRow: 0, originCol: 0, values: [["名称"]] }]);
    await host.check(SETTINGS);
    await host.clearMarks();
    await host.undoFill();
    await host.rememberRun({ action: "clear", at: "2024-01-01T00:00:00.000Z", cells: 0 });
    expect(fake.written).toEqual([]);
    expect(fake.book.parts).toEqual([]);
    expect(fake.settingsSaves).toBe(0);
  });
});

describe("canDownload", () => {
  it.each([
    ["PC", true],
    ["OfficeOnline", true],
    ["Mac", false],
    ["iOS", false],
  ])("on %s: %p", (platform, yes) =>
    expect(hostOn(FakeExcel.fromGrids(seedWorkbook(1, 1), "1.20", { platform })).host.canDownload).toBe(yes),
  );
});

describe("below the manifest's floor (ExcelApi 1.14)", () => {
  it("refuses to run, and says what Excel it needs", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1), "1.13");
    const error = await hostErrorOf(host.check(SETTINGS));
    expect([error.code, error.messages.zh]).toEqual(["unsupported", expect.stringContaining("Office 2021")]);
    expect(fake.syncs).toBe(0);
  });
});

describe("freeName", () => {
  it.each([
    [[], "示例自评表"],
    [["示例自评表"], "示例自评表 (2)"],
    [["示例自评表", "示例自评表 (2)"], "示例自评表 (3)"],
  ])("after %j gives %s", (taken, name) => expect(freeName("示例自评表", taken)).toBe(name));
});
