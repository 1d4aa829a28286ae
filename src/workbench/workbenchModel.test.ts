import { promises as fs } from "fs";
import JSZip from "jszip";
import { inPageClient } from "../hosts/browser/engineClient";
import { createEngineHandler } from "../hosts/browser/engineHandler";
import { SettingsStore } from "../hosts/browser/settingsStore";
import { LOG_LIMITS } from "../hosts/browser/fileLog";
import { BLANKED, blankedSampleBytes, SEED_TEXT } from "../hosts/browser/testing/workbooks";
import { DEFAULT_SETTINGS } from "../app/host";
import { copyCells, markedSheets } from "../../test/fixtures/copyContents";
import type { Reviews } from "../app/review/decision";
import type { FileStore, StoredFile } from "./batch/fileStore";
import { joinLogChunks } from "./batch/logChunks";
import { WorkbenchModel, type LoadedFile, type WorkbenchOptions } from "./workbenchModel";

/** The file store as a map, as IndexedDB would keep it. */
function memoryStore(): FileStore & { files: Map<string, StoredFile> } {
  const files = new Map<string, StoredFile>();
  return {
    files,
    list: async () => [...files.values()].sort((a, b) => a.opened - b.opened),
    put: async (f) => void files.set(f.key, f),
    setReviews: async (key, reviews) => void (files.has(key) && files.set(key, { ...files.get(key)!, reviews })),
    setLog: async (key, log) => void (files.has(key) && files.set(key, structuredClone({ ...files.get(key)!, log }))),
    appendLog: async (key, part) => {
      const f = files.get(key);
      const chunks = [f?.log, part].map((log, seq) => ({ key, seq, log }));
      if (f) files.set(key, structuredClone({ ...f, log: joinLogChunks(chunks) as StoredFile["log"] }));
    },
    remove: async (key) => void files.delete(key),
  };
}

async function setup(options: WorkbenchOptions = {}) {
  const seed = await fs.readFile(SEED_TEXT, "utf8");
  const saved: { name: string; size: number; bytes: ArrayBuffer }[] = [];
  const settings = new SettingsStore(null);
  const model = new WorkbenchModel(
    inPageClient(createEngineHandler({ sampleText: () => seed })),
    settings,
    (bytes, name) => saved.push({ name, size: bytes.byteLength, bytes }),
    options,
  );
  const file = async (name: string): Promise<LoadedFile> => ({ name, bytes: (await blankedSampleBytes()).slice().buffer });
  return { model, saved, settings, file };
}

describe("WorkbenchModel", () => {
  it("opens files, shows the first sheet with content, and judges every file for the summary once there are two", async () => {
    const { model, file } = await setup();
    await model.open([await file("a.xlsx")]);
    const [a] = model.getState().files;
    expect(model.getState().active).toBe(a.book.file);
    expect(a.sheet).toBe("填报说明");
    expect(a.judged).toBeNull();
    await model.open([await file("b.xlsx")]);
    const state = model.getState();
    expect(state.files.map((f) => f.book.name)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(state.active).toBe(state.files[1].book.file);
    expect(state.files.every((f) => f.judged?.tables.length === 6)).toBe(true);
  });

  it("reports a file it cannot read and keeps the others", async () => {
    const { model, file } = await setup();
    await model.open([{ name: "notes.xlsx", bytes: new TextEncoder().encode("hello").buffer }, await file("ok.xlsx")]);
    const state = model.getState();
    expect(state.files.map((f) => f.book.name)).toEqual(["ok.xlsx"]);
    expect(state.messages).toHaveLength(1);
    expect(state.messages[0].text.zh).toMatch(/^无法打开“notes\.xlsx”：.*不是 \.xlsx/);
    expect(state.messages[0].text.en).toContain("notes.xlsx");
    model.dismiss(state.messages[0].id);
    expect(model.getState().messages).toEqual([]);
  });

  it("follows the pane: a check's report, a finding's cell, the language", async () => {
    const { model, file, settings } = await setup();
    await model.open([await file("a.xlsx"), await file("b.xlsx")]);
    const [a, b] = model.getState().files;
    model.activate(a.book.file);
    const report = await a.host.check(DEFAULT_SETTINGS);
    await a.host.select(BLANKED.sheet, "H22");
    const after = model.fileView(a.book.file)!;
    expect(after.report).toBe(report);
    expect(after.version).toBeGreaterThan(0);
    expect(after.sheet).toBe(BLANKED.sheet);
    expect(after.selection).toEqual({ row: 21, col: 7 });
    expect(after.scrollSerial).toBe(1);
    // The hidden file's pane does not move the view.
    await b.host.select(BLANKED.sheet, "A1");
    expect(model.fileView(b.book.file)!.selection).toBeNull();

    settings.set({ ...DEFAULT_SETTINGS, lang: "en" });
    expect(model.getState().lang).toBe("en");
    expect(model.fileView(a.book.file)!.paneEpoch).toBe(0);
    expect(model.fileView(b.book.file)!.paneEpoch).toBe(1);
  });

  it("downloads the annotated copy as NAME.checked.xlsx and closes files", async () => {
    const { model, file, saved } = await setup();
    await model.open([await file("表.xlsx"), await file("second.xlsx")]);
    const [first, second] = model.getState().files;
    expect(await model.download(first.book.file)).toBe("表.checked.xlsx");
    expect(saved).toEqual([{ name: "表.checked.xlsx", size: expect.any(Number), bytes: expect.anything() }]);
    expect(saved[0].size).toBeGreaterThan(1000);
    expect(model.getState().messages.map((m) => [m.kind, m.text.zh])).toEqual([["info", "已生成“表.checked.xlsx”。"]]);
    await model.close(second.book.file);
    expect(model.getState().files.map((f) => f.book.name)).toEqual(["表.xlsx"]);
    expect(model.getState().active).toBe(first.book.file);
    await model.close(first.book.file);
    expect(model.getState().active).toBeNull();
    expect(await model.download(first.book.file)).toBeNull();
  });

  it("says what the downloaded copy lacks of the file, in both languages", async () => {
    const { model, saved } = await setup();
    const zip = await JSZip.loadAsync(await blankedSampleBytes());
    zip.file("xl/vbaProject.bin", new Uint8Array([1, 2, 3]));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await model.open([{ name: "宏.xlsm", bytes: bytes.slice().buffer }]);
    const [file] = model.getState().files;
    expect(await model.download(file.book.file)).toBe("宏.checked.xlsx");
    expect(saved).toHaveLength(1);
    const [message] = model.getState().messages;
    expect(message.kind).toBe("warning");
    expect(message.text.zh).toBe("已生成“宏.checked.xlsx”。注意，副本未保留：宏 (VBA)。这些内容仍在原文件中（原文件未改动）。");
    expect(message.text.en).toContain("The copy lacks: macros (VBA).");
  });

  it("全部校验 checks every file and sums up its forms; a settings change marks the checked results stale", async () => {
    const { model, file, settings } = await setup();
    await model.open([await file("a.xlsx"), { name: "bad.xlsx", bytes: new TextEncoder().encode("no").buffer }, await file("b.xlsx")]);
    await model.checkAll();
    const state = model.getState();
    expect(state.batch).toBeNull();
    expect(state.files.map((f) => [f.book.name, f.status, f.report?.tables.length])).toEqual([
      ["a.xlsx", "idle", 6],
      ["b.xlsx", "idle", 6],
    ]);
    const rows = model.rows();
    expect(rows.map((r) => r.state)).toEqual([...Array(12).fill("checked"), "unreadable"]);
    expect(rows[12]).toMatchObject({ file: "bad.xlsx", fileId: null });
    expect(rows[0].computedGrade).not.toBeNull();

    settings.set({ ...settings.get(), profile: "hubei" });
    expect(
      model
        .rows()
        .slice(0, 12)
        .every((r) => r.state === "stale"),
    ).toBe(true);
    await model.checkAll();
    expect(
      model
        .rows()
        .slice(0, 12)
        .every((r) => r.state === "checked"),
    ).toBe(true);
  });

  it("下载校验结果 before any check checks first: the copy carries our marks; 全部下载 zips every copy", async () => {
    const { model, file, saved } = await setup();
    await model.open([await file("a.xlsx"), await file("b.xlsx")]);
    const [a] = model.getState().files;
    expect(model.fileView(a.book.file)!.report).toBeNull();
    expect(await model.download(a.book.file)).toBe("a.checked.xlsx");
    expect(model.fileView(a.book.file)!.report).not.toBeNull();
    expect(await markedSheets(saved[0].bytes)).toContain(BLANKED.sheet);

    const name = await model.downloadAll();
    expect(name).toMatch(/^校验结果-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(saved[1].bytes);
    expect(Object.keys(zip.files)).toEqual(["a.checked.xlsx", "b.checked.xlsx"]);
    const b = await zip.file("b.checked.xlsx")!.async("arraybuffer");
    expect(await markedSheets(b)).toContain(BLANKED.sheet);
  });

  it("插入示例 opens the sample as a workbook of its own, leaving the opened one as it was", async () => {
    const sample = (await blankedSampleBytes()).slice().buffer;
    const { model, file } = await setup({ sample: () => ({ name: "sample.xlsx", bytes: sample.slice(0) }) });
    await model.open([await file("mine.xlsx")]);
    const [mine] = model.getState().files;
    const sheets = mine.book.mirror.workbook.sheets.map((s) => s.name);
    await mine.host.insertSample();
    expect(model.getState().files.map((f) => f.book.name)).toEqual(["mine.xlsx", "sample.xlsx"]);
    expect(model.fileView(mine.book.file)!.book.mirror.workbook.sheets.map((s) => s.name)).toEqual(sheets);
    // The check the pane runs next reads the opened file and marks nothing in it; the one after is a 校验 again.
    expect((await mine.host.check(DEFAULT_SETTINGS)).issues.length).toBeGreaterThan(0);
    expect(await mine.host.state()).toMatchObject({ marks: 0 });
    expect(model.fileView(mine.book.file)!.report).toBeNull();
    await mine.host.check(DEFAULT_SETTINGS);
    expect((await mine.host.state()).marks).toBeGreaterThan(0);
  });

  it("keeps opened files and their decisions in the store, brings them back, and forgets a closed file", async () => {
    const store = memoryStore();
    const first = await setup({ store });
    await first.model.open([await first.file("a.xlsx"), await first.file("b.xlsx")]);
    const [a, b] = first.model.getState().files;
    const report = await a.host.check(DEFAULT_SETTINGS);
    const form = report.tables[0].project.replace(/\s+/g, " ").trim();
    const reviews: Reviews = { findings: [], forms: [{ form, decision: "revise", note: "补材料", at: "2026-11-30T00:00:00.000Z" }] };
    await a.host.saveReviews(reviews);
    await first.model.close(b.book.file);
    expect([...store.files.values()].map((f) => [f.name, f.reviews?.forms.length ?? 0])).toEqual([["a.xlsx", 1]]);

    const second = await setup({ store });
    await second.model.restore();
    const [restored] = second.model.getState().files;
    expect(restored.book.name).toBe("a.xlsx");
    expect(await restored.host.loadReviews()).toEqual(reviews);
    await second.model.checkAll();
    expect(second.model.rows()[0]).toMatchObject({ file: "a.xlsx", decision: "revise" });
  });

  it("brings back what 校验 and 填充得分 did: the filled score, its mark, the record 撤销填充 takes back by, the same copy", async () => {
    const store = memoryStore();
    const first = await setup({ store });
    await first.model.open([await first.file("a.xlsx")]);
    const [a] = first.model.getState().files;
    await a.host.check(DEFAULT_SETTINGS);
    expect(await a.host.fill(DEFAULT_SETTINGS, false)).toBe(1);
    const form = first.model.fileView(a.book.file)!.report!.tables[0].project.replace(/\s+/g, " ").trim();
    await a.host.saveReviews({ findings: [], forms: [{ form, decision: "pass", note: "同意", at: "2026-11-30T00:00:00.000Z" }] });
    await first.model.logsKept();
    await first.model.download(a.book.file);
    const at = { sheet: BLANKED.sheet, row: BLANKED.row, col: BLANKED.col };

    const second = await setup({ store });
    await second.model.restore();
    const [back] = second.model.getState().files;
    expect(second.model.getState().messages).toEqual([]);
    expect(back.book.mirror.readGrid()).toEqual(a.book.mirror.readGrid());
    expect(back.book.mirror.readNotes()).toEqual(a.book.mirror.readNotes());
    expect(back.book.mirror.filledAt(at)).toBe(true);
    expect(back.book.mirror.readRecordText()).toBe(a.book.mirror.readRecordText());
    expect(await back.host.state()).toEqual(await a.host.state());
    await second.model.download(back.book.file);
    expect(await copyCells(second.saved[0].bytes)).toEqual(await copyCells(first.saved[0].bytes));

    expect(await back.host.undoFill()).toEqual({ restored: 1, leftAlone: [] });
    expect(back.book.mirror.filledAt(at)).toBe(false);
    await second.model.logsKept();
    // 撤销填充 is kept too: a second reload does not bring the score back.
    const third = await setup({ store });
    await third.model.restore();
    expect(third.model.getState().files[0].book.mirror.filledAt(at)).toBe(false);
    expect((await third.model.getState().files[0].host.state()).fills).toBe(0);
  });

  it.each<[string, boolean]>([
    ["a file checked before the reload gives its pane that check's findings again, judged without writing", true],
    ["a file not checked before the reload gives its pane none", false],
  ])("%s", async (_what, checked) => {
    const store = memoryStore();
    const first = await setup({ store });
    await first.model.open([await first.file("a.xlsx")]);
    const [a] = first.model.getState().files;
    const report = checked ? await a.host.check(DEFAULT_SETTINGS) : null;
    await a.host.saveReviews({ findings: [], forms: [{ form: "甲", decision: "pass", note: "", at: "2026-11-30T00:00:00.000Z" }] });
    await first.model.logsKept();
    const kept = structuredClone([...store.files.values()].map((f) => f.log));

    const second = await setup({ store });
    await second.model.restore();
    const [back] = second.model.getState().files;
    expect(back.host.restoredReport?.()?.issues ?? null).toEqual(report?.issues ?? null);
    expect(back.judged?.issues ?? null).toEqual(report?.issues ?? null);
    expect(back.report).toBeNull();
    // Nothing written: the workbook as the log brought it back, the log as it was.
    expect(await back.host.state()).toEqual(await a.host.state());
    expect(back.book.mirror.readGrid()).toEqual(a.book.mirror.readGrid());
    await second.model.logsKept();
    expect([...store.files.values()].map((f) => f.log)).toEqual(kept);
  });

  it.each<[string, unknown]>([
    ["does not read", { ops: [{ op: "apply", edits: "<script>" }] }],
    ["does not replay", { ops: [{ op: "removeNotes", cells: [{ sheet: "无此表", row: 0, col: 0 }] }] }],
    ["was given up (too long, or a write refused)", null],
  ])("opens a file whose kept log %s as first opened, says so, and keeps its changes from then on", async (_why, log) => {
    const store = memoryStore();
    const first = await setup({ store });
    await first.model.open([await first.file("a.xlsx")]);
    const [key] = store.files.keys();
    store.files.set(key, { ...store.files.get(key)!, log: log as StoredFile["log"] });

    const second = await setup({ store });
    await second.model.restore();
    const { files, messages } = second.model.getState();
    expect(files.map((f) => f.book.name)).toEqual(["a.xlsx"]);
    expect(messages.map((m) => [m.kind, m.text.zh])).toEqual([["warning", expect.stringContaining("已按最初打开时的样子重新打开")]]);
    expect(messages[0].text.en).toContain("opened again as first opened");
    expect((await files[0].host.state()).marks).toBe(0);
    await files[0].host.check(DEFAULT_SETTINGS);
    await second.model.logsKept();
    expect(store.files.get(key)!.log?.ops.map((o) => o.op)).toEqual(["removeMarks", "removeNotes", "apply"]);
  });

  it("says when a file's log grows past its bound, and gives the log up: a reload then opens the file as first opened", async () => {
    const store = memoryStore();
    const { model, file } = await setup({ store });
    const ops = LOG_LIMITS.ops;
    LOG_LIMITS.ops = 4;
    try {
      await model.open([await file("a.xlsx")]);
      const [a] = model.getState().files;
      await a.host.check(DEFAULT_SETTINGS);
      expect(model.getState().messages).toEqual([]);
      await a.host.check(DEFAULT_SETTINGS);
      await a.host.check(DEFAULT_SETTINGS);
      await model.logsKept();
    } finally {
      LOG_LIMITS.ops = ops;
    }
    expect(model.getState().messages.map((m) => [m.kind, m.text.zh])).toEqual([["warning", expect.stringContaining("的改动过多")]]);
    expect([...store.files.values()].map((f) => f.log)).toEqual([null]);
  });

  it("says once that the browser refused to keep the changes, and goes on", async () => {
    const store = memoryStore();
    store.setLog = async () => Promise.reject(new Error("QuotaExceededError"));
    const { model, file } = await setup({ store });
    await model.open([await file("a.xlsx")]);
    const [a] = model.getState().files;
    await a.host.check(DEFAULT_SETTINGS);
    await a.host.fill(DEFAULT_SETTINGS, false);
    await model.logsKept();
    expect(model.getState().messages.map((m) => m.text.zh)).toEqual([expect.stringContaining("浏览器未能保存最近的改动")]);
    expect((await a.host.state()).fills).toBe(1);
  });

  it.each<[string, boolean, string[]]>([
    ["each call's changes are appended to the log the store holds", false, ["setLog", "appendLog", "appendLog"]],
    ["after a refused append, the next write is the whole log", true, ["setLog", "appendLog", "setLog"]],
  ])("%s", async (_what, refuseFirstAppend, writes) => {
    const store = memoryStore();
    const calls: string[] = [];
    const { setLog, appendLog } = store;
    let refuse = refuseFirstAppend;
    store.setLog = (...a) => (calls.push("setLog"), setLog(...a));
    store.appendLog = (...a) => {
      calls.push("appendLog");
      if (refuse) return ((refuse = false), Promise.reject(new Error("QuotaExceededError")));
      return appendLog(...a);
    };
    const { model, file } = await setup({ store });
    await model.open([await file("a.xlsx")]);
    const [a] = model.getState().files;
    await a.host.check(DEFAULT_SETTINGS);
    await a.host.fill(DEFAULT_SETTINGS, false);
    await a.host.check(DEFAULT_SETTINGS);
    await model.logsKept();
    expect(calls).toEqual(writes);
    // What a reload reads back is every change made: the check's, the fill's, the record last written.
    const second = await setup({ store });
    await second.model.restore();
    const [back] = second.model.getState().files;
    expect(second.model.getState().messages).toEqual([]);
    expect(await back.host.state()).toEqual(await a.host.state());
  });

  it("forgets a closed file's log with the file; the same file opened again starts as first opened", async () => {
    const store = memoryStore();
    const { model, file } = await setup({ store });
    await model.open([await file("a.xlsx")]);
    await model.getState().files[0].host.check(DEFAULT_SETTINGS);
    await model.close(model.getState().files[0].book.file);
    expect(store.files.size).toBe(0);
    await model.open([await file("a.xlsx")]);
    await model.logsKept();
    expect([...store.files.values()].map((f) => f.log)).toEqual([{ ops: [] }]);
  });

  it("shows a file opened before the store is open, keeps it once it is, and does not bring it back twice", async () => {
    const store = memoryStore();
    let storeOpens!: (s: FileStore) => void;
    const { model, file } = await setup({ store: new Promise<FileStore>((resolve) => (storeOpens = resolve)) });
    const opening = model.open([await file("a.xlsx")]);
    while (model.getState().files.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(model.getState().files.map((f) => f.book.name)).toEqual(["a.xlsx"]);
    expect(store.files.size).toBe(0);
    const restoring = model.restore();
    storeOpens(store);
    await Promise.all([opening, restoring]);
    expect([...store.files.values()].map((f) => f.name)).toEqual(["a.xlsx"]);
    expect(model.getState().files.map((f) => f.book.name)).toEqual(["a.xlsx"]);
  });
});
