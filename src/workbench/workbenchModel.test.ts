import { promises as fs } from "fs";
import JSZip from "jszip";
import { inPageClient } from "../hosts/browser/engineClient";
import { createEngineHandler } from "../hosts/browser/engineHandler";
import { SettingsStore } from "../hosts/browser/settingsStore";
import { BLANKED, blankedSampleBytes, SEED_TEXT } from "../hosts/browser/testing/workbooks";
import { DEFAULT_SETTINGS } from "../app/host";
import { WorkbenchModel, type LoadedFile } from "./workbenchModel";

async function setup() {
  const seed = await fs.readFile(SEED_TEXT, "utf8");
  const saved: { name: string; size: number }[] = [];
  const settings = new SettingsStore(null);
  const model = new WorkbenchModel(inPageClient(createEngineHandler({ sampleText: () => seed })), settings, (bytes, name) => saved.push({ name, size: bytes.byteLength }));
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
    expect(saved).toEqual([{ name: "表.checked.xlsx", size: expect.any(Number) }]);
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
});
