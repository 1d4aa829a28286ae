import { promises as fs } from "fs";
import { DEFAULT_SETTINGS, HostError } from "../../app/host";
import { createBrowserHost, type BrowserHostEvents } from "./browserHost";
import { inPageClient, type Activity } from "./engineClient";
import { createEngineHandler } from "./engineHandler";
import { bookOf, type OpenedBook } from "./openedBook";
import { SettingsStore } from "./settingsStore";
import { BLANKED, blankedSampleBytes, SEED_TEXT } from "./testing/workbooks";

async function setup(active = true) {
  const seed = await fs.readFile(SEED_TEXT, "utf8");
  const client = inPageClient(createEngineHandler({ sampleText: () => seed }));
  const activity: Activity[] = [];
  client.onActivity((a) => activity.push(a));
  const bytes = await blankedSampleBytes();
  const { opened } = await client.send({ op: "open", name: "a.xlsx", bytes: bytes.slice().buffer, lang: "zh" });
  const book = bookOf(opened);
  const heard: string[] = [];
  const events: BrowserHostEvents = {
    changed: () => heard.push("changed"),
    selected: (_b, sheet, cell) => heard.push(`selected ${sheet}!${cell}`),
    reported: (_b, r) => heard.push(`reported ${r.tables.length}`),
    isActive: () => active,
  };
  const host = createBrowserHost(client, book, new SettingsStore(null), events);
  return { host, book, heard, activity, client };
}

const at = (book: OpenedBook, row: number, col: number) => ({ sheet: BLANKED.sheet, row, col });

describe("createBrowserHost", () => {
  it("checks in the engine and the page's copy gets the marks and notes", async () => {
    const { host, book, heard, activity } = await setup();
    const report = await host.check(DEFAULT_SETTINGS);
    expect(report.tables).toHaveLength(6);
    expect(book.mirror.markAt(at(book, 21, 7))).toBe("error");
    expect(book.mirror.colorAt(at(book, 21, 7))).toBeNull();
    expect(book.mirror.noteAt(at(book, 21, 7))).toContain("【自评表校验】");
    expect(heard).toEqual(["changed", "reported 6"]);
    expect(activity.some((a) => a.progress?.stage === "checking")).toBe(true);
    expect(activity[activity.length - 1]).toEqual({ running: 0, progress: null });
  });

  it("keeps the last report and tells each listener of a new one until it unsubscribes", async () => {
    const { host } = await setup();
    expect(host.lastReport?.()).toBeNull();
    const heard: number[] = [];
    const stop = host.onReport!((r) => heard.push(r.tables.length));
    const first = await host.check(DEFAULT_SETTINGS);
    expect(host.lastReport?.()).toBe(first);
    stop();
    const second = await host.check(DEFAULT_SETTINGS);
    expect(host.lastReport?.()).toBe(second);
    expect(heard).toEqual([6]);
  });

  it("reads the forms' units and grades in the engine, one per table of a check", async () => {
    const { host } = await setup();
    const [facts, report] = [await host.formFacts!(), await host.check(DEFAULT_SETTINGS)];
    expect(facts).toHaveLength(report.tables.length);
    expect(facts.every((f) => typeof f.department === "string" && f.department.length > 0)).toBe(true);
  });

  it("fills, then undoes, and the copy's value follows", async () => {
    const { host, book } = await setup();
    expect(await host.fill(DEFAULT_SETTINGS, false)).toBeGreaterThan(0);
    const sheet = book.mirror.workbook.sheets.find((s) => s.name === BLANKED.sheet)!;
    expect(sheet.values[BLANKED.row][BLANKED.col]).toBe(BLANKED.expected);
    expect((await host.state()).fills).toBeGreaterThan(0);
    expect(await host.undoFill()).toEqual({ restored: 1, leftAlone: [] });
    expect(sheet.values[BLANKED.row][BLANKED.col]).toBeNull();
  });

  it("selects only for the file on screen", async () => {
    const shown = await setup(true);
    await shown.host.select(BLANKED.sheet, "H22");
    expect(shown.book.mirror.selection).toEqual({ sheet: BLANKED.sheet, cell: "H22" });
    const hidden = await setup(false);
    await hidden.host.select(BLANKED.sheet, "H22");
    expect(hidden.book.mirror.selection).toBeNull();
    expect(hidden.heard).toEqual([]);
  });

  it("inserts the sample as a new sheet, selected", async () => {
    const { host, book, heard } = await setup();
    await host.insertSample();
    expect(book.mirror.workbook.sheets.map((s) => s.name)).toContain("示例自评表");
    expect(book.decor.get("示例自评表")?.widths.length).toBeGreaterThan(0);
    expect(heard).toEqual(["changed", "selected 示例自评表!A1"]);
  });

  it("turns an engine failure into a HostError with both languages", async () => {
    const { host, client, book } = await setup();
    await client.send({ op: "close", file: book.file });
    const failure = await host.check(DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe("workbook-changed");
    expect((failure as HostError).messages.zh).toContain("关闭");
  });
});
