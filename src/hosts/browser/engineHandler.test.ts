import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NOTE_PREFIX, type Report } from "../../engine";
import { DEFAULT_SETTINGS, type HostState, type TakeBackOutcome } from "../../app/host";
import { ownMarkSeverity } from "../../app/ownership/marks";
import { manyMerges, wholeGridMerge, wordDocument } from "../../../test/fixtures/packages";
import { createEngineHandler, toFailure } from "./engineHandler";
import { EMPTY_RECORD } from "../../app/ownership/record";
import { RECORDS_SHEET } from "../common/recordSheetText";
import { readRecord, writeRecord } from "../xlsx/recordSheet";
import { appendToLog } from "./fileLog";
import type { Delta, EngineRequest, EngineResponse, FileLog, OpenedFile, Progress } from "./protocol";
import { BLANKED, blankedSampleBytes, cellTexts, changedCells, SEED_TEXT } from "./testing/workbooks";

async function setup() {
  const seed = await fs.readFile(SEED_TEXT, "utf8");
  const handler = createEngineHandler({ sampleText: () => seed });
  const stages: Progress["stage"][] = [];
  const send = async <T extends EngineResponse["op"]>(request: EngineRequest & { op: T }) =>
    (await handler(request, (p) => stages.push(p.stage))).response as Extract<EngineResponse, { op: T }>;
  const bytes = await blankedSampleBytes();
  const opened: OpenedFile = (await send({ op: "open", name: "表.xlsx", bytes: bytes.slice().buffer, lang: "zh" })).opened;
  const call = async (method: string, ...args: unknown[]) => send({ op: "call", file: opened.file, method: method as "check", args });
  const download = async () => new Uint8Array((await send({ op: "download", file: opened.file })).download.bytes);
  return { handler, send, call, download, opened, bytes, stages };
}

type Rules = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

/** The copy's mark rules of ours on a sheet, as "severity sqref", and the notes of its cells by address. */
async function copyOf(bytes: Uint8Array, sheet: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(sheet)!;
  const rules = ((ws as unknown as Rules).conditionalFormattings ?? []).flatMap((cf) =>
    cf.rules.flatMap((r) => {
      const severity = r.type === "expression" ? ownMarkSeverity(String(r.formulae?.[0])) : null;
      return severity ? [`${severity} ${cf.ref}`] : [];
    }),
  );
  return {
    rules,
    note: (address: string) => ws.getCell(address).note ?? null,
    fill: (address: string) => (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
  };
}

const ops = (delta: Delta) => delta.ops.map((o) => o.op);
const edits = (delta: Delta) => delta.ops.flatMap((o) => (o.op === "apply" ? o.edits : []));

describe("createEngineHandler", () => {
  it("opens a workbook: grid, decor and progress stages", async () => {
    const { opened, stages } = await setup();
    expect(opened.grid.sheets.map((s) => s.name)).toContain(BLANKED.sheet);
    expect(opened.decor.sheets.length).toBe(opened.grid.sheets.length);
    expect(opened.decor.sheets.find((s) => s.name === BLANKED.sheet)!.widths.some((w) => w !== null)).toBe(true);
    expect(stages).toEqual(expect.arrayContaining(["reading", "converting"]));
  });

  it("checks, marks and reports the seed's findings, with the workbook's calls in the delta", async () => {
    const { call } = await setup();
    const res = await call("check", DEFAULT_SETTINGS);
    const report = res.result as Report;
    expect(report.tables).toHaveLength(6);
    const codes = report.issues.map((f) => f.code);
    expect(codes.filter((c) => c === "total-mismatch")).toHaveLength(3);
    expect(codes).toEqual(expect.arrayContaining(["unit-mismatch", "cost-direction", "rate-unit", "score-empty"]));
    expect(ops(res.delta)).toEqual(["removeMarks", "removeNotes", "apply"]);
    expect(edits(res.delta).some((e) => e.kind === "mark" && e.at.sheet === "回购统建房住宅经费")).toBe(true);
    expect(edits(res.delta).some((e) => e.kind === "note")).toBe(true);
    expect((await call("check", DEFAULT_SETTINGS)).delta.ops[0]).toEqual({ op: "removeMarks", purpose: "check" });
  });

  it("fills the emptied score; the copy has it and every other cell unchanged", async () => {
    const { call, download, bytes } = await setup();
    await call("check", DEFAULT_SETTINGS);
    const filled = (await call("fill", DEFAULT_SETTINGS, false)).result;
    expect(filled).toBeGreaterThanOrEqual(1);
    const copy = await download();
    const changed = changedCells(await cellTexts(bytes), await cellTexts(copy));
    expect(changed).toEqual([`${BLANKED.sheet}!${BLANKED.row + 1},${BLANKED.col + 1}`]);
    expect((await cellTexts(copy)).get(`${BLANKED.sheet}!14,8`)).toBe(JSON.stringify([BLANKED.expected, null]));
    const sheet = await copyOf(copy, "回购统建房住宅经费");
    expect(sheet.rules.find((r) => r.startsWith("error"))?.split(" ")).toContain("H22");
    expect(String(sheet.note("H22"))).toContain(NOTE_PREFIX);
    expect(sheet.fill("H22")).toBeUndefined();
  });

  it("after 清除标记 and 撤销填充 the copy is the file again: no rule, no note, no value changed", async () => {
    const { call, download, bytes } = await setup();
    await call("check", DEFAULT_SETTINGS);
    await call("fill", DEFAULT_SETTINGS, false);
    expect(((await call("state")).result as HostState).fills).toBeGreaterThan(0);
    const cleared = await call("clearMarks");
    expect(ops(cleared.delta)).toEqual(["removeMarks", "removeNotes"]);
    expect((cleared.result as TakeBackOutcome).leftAlone).toEqual([]);
    const undone = (await call("undoFill")).result as TakeBackOutcome;
    expect(undone).toEqual({ restored: 1, leftAlone: [] });
    const copy = await download();
    expect(changedCells(await cellTexts(bytes), await cellTexts(copy))).toEqual([]);
    const sheet = await copyOf(copy, "回购统建房住宅经费");
    expect(sheet.rules).toEqual([]);
    expect(sheet.note("H22")).toBeNull();
  });

  it("fills only the cells it is given", async () => {
    const { call } = await setup();
    expect((await call("fill", DEFAULT_SETTINGS, false, [{ sheet: BLANKED.sheet, row: 0, col: 0 }])).result).toBe(0);
    expect((await call("fill", DEFAULT_SETTINGS, false, [{ sheet: BLANKED.sheet, row: BLANKED.row, col: BLANKED.col }])).result).toBe(1);
  });

  it("writes the report sheet and the sample into the copy", async () => {
    const { call, download } = await setup();
    const report = (await call("check", DEFAULT_SETTINGS)).result as Report;
    const exported = await call("exportReportSheet", report, "zh");
    expect(exported.delta.ops.flatMap((o) => (o.op === "writeSheet" ? [o.sheet.name] : []))).toEqual(["校验报告"]);
    await call("exportReportSheet", report, "zh");
    const inserted = await call("insertSample");
    expect(inserted.delta.ops[inserted.delta.ops.length - 1]).toEqual({ op: "select", sheet: "示例自评表", cell: "A1" });
    const names = (await cellTexts(await download())).keys();
    const sheets = new Set([...names].map((k) => k.split("!")[0]));
    expect(sheets.has("校验报告")).toBe(true);
    expect(sheets.has("示例自评表")).toBe(true);
  });

  it("opens a copy it made with its marks, and 清除标记 removes them from the next copy", async () => {
    const first = await setup();
    await first.call("check", DEFAULT_SETTINGS);
    const marked = ((await first.call("state")).result as HostState).marks;
    const copy = await first.download();
    const handler = createEngineHandler();
    const reopened = (await handler({ op: "open", name: "表.checked.xlsx", bytes: copy.slice().buffer, lang: "zh" }, () => undefined))
      .response as Extract<EngineResponse, { op: "open" }>;
    expect(reopened.opened.decor.marks.reduce((n, m) => n + m.cells.length, 0)).toBe(marked);
    const call = async (method: "state" | "clearMarks") =>
      (await handler({ op: "call", file: reopened.opened.file, method, args: [] }, () => undefined)).response as Extract<
        EngineResponse,
        { op: "call" }
      >;
    expect(((await call("state")).result as HostState).marks).toBe(marked);
    expect(((await call("clearMarks")).result as TakeBackOutcome).restored).toBe(marked);
    const again = (await handler({ op: "download", file: reopened.opened.file }, () => undefined)).response as Extract<
      EngineResponse,
      { op: "download" }
    >;
    expect((await copyOf(new Uint8Array(again.download.bytes), "回购统建房住宅经费")).rules).toEqual([]);
  });

  it("names what the copy lacks of the file", async () => {
    const zip = await JSZip.loadAsync(await blankedSampleBytes());
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const handler = createEngineHandler();
    const { opened } = (await handler({ op: "open", name: "图.xlsx", bytes: bytes.slice().buffer, lang: "zh" }, () => undefined))
      .response as Extract<EngineResponse, { op: "open" }>;
    const { download } = (await handler({ op: "download", file: opened.file }, () => undefined)).response as Extract<
      EngineResponse,
      { op: "download" }
    >;
    expect(download.lost?.zh).toContain("图表 1 个");
    expect(download.lost?.en).toContain("1 chart");
    const plain = await setup();
    expect((await plain.send({ op: "download", file: plain.opened.file })).download.lost).toBeNull();
  });

  it.each<[string, Uint8Array, string]>([
    ["empty bytes", new Uint8Array(0), "empty"],
    ["text renamed .xlsx", new TextEncoder().encode("not a workbook"), "not-zip"],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), "corrupt"],
  ])("refuses %s with a clear code", async (_name, bytes, code) => {
    const handler = createEngineHandler();
    await expect(handler({ op: "open", name: "x.xlsx", bytes: bytes.slice().buffer, lang: "zh" }, () => undefined)).rejects.toMatchObject({
      code,
    });
  });

  it("judges without marking (for the summary across files)", async () => {
    const { send, call, opened } = await setup();
    const judged = (await send({ op: "judge", file: opened.file, settings: DEFAULT_SETTINGS })).report;
    expect(judged.tables).toHaveLength(6);
    expect(((await call("state")).result as HostState).marks).toBe(0);
  });

  it.each([
    ["the number the page chose", 7, 7, 8],
    ["its own next number", undefined, 2, 3],
  ])("opens a file under %s, and numbers the next one after it", async (_, chosen, expected, next) => {
    const { send, bytes } = await setup();
    const again = (file?: number) => send({ op: "open", name: "又.xlsx", bytes: bytes.slice().buffer, lang: "zh", file });
    expect((await again(chosen)).opened.file).toBe(expected);
    expect((await again()).opened.file).toBe(next);
  });

  it("answers a closed file with a message, not a crash", async () => {
    const { send, opened } = await setup();
    await send({ op: "close", file: opened.file });
    await expect(send({ op: "download", file: opened.file })).rejects.toMatchObject({ code: "workbook-changed" });
  });
});

describe("createEngineHandler: hostile files are refused before exceljs parses them, as on the command line", () => {
  it.each<[string, string, RegExp, () => Promise<Uint8Array>]>([
    ["one merged area over the whole grid", "too-many-merges", /工作表“表一”合并单元格过大/, wholeGridMerge],
    ["20,001 merged areas", "too-many-merges", /合并单元格过多/, () => manyMerges(20_001)],
    ["a .docx renamed to .xlsx", "not-a-workbook", /Word 文档/, wordDocument],
  ])("%s → %s, and the worker goes on serving", async (_label, code, zh, make) => {
    const { send } = await setup();
    const bytes = await make();
    const started = Date.now();
    const refused = await send({ op: "open", name: "坏.xlsx", bytes: bytes.slice().buffer, lang: "zh" }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(toFailure(refused)).toMatchObject({ code, messages: { zh: expect.stringMatching(zh) } });
    const again = await send({ op: "open", name: "好.xlsx", bytes: (await blankedSampleBytes()).slice().buffer, lang: "zh" });
    expect(again.opened.grid.sheets.length).toBeGreaterThan(1);
  });
});

describe("a file that carries the add-in's record (an annotated copy, a workbook saved by WPS)", () => {
  it("opens with its decisions, and without the record sheet among the sheets", async () => {
    const { send, bytes } = await setup();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const reviews = {
      findings: [],
      forms: [{ form: "回购统建房住宅经费", decision: "pass" as const, note: "同意", at: "2026-11-30T08:00:00.000Z" }],
    };
    writeRecord(wb, { ...EMPTY_RECORD, reviews });
    const withRecord = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const opened = (await send({ op: "open", name: "副本.xlsx", bytes: withRecord.buffer, lang: "zh" })).opened;
    expect(opened.grid.sheets.map((s) => s.name)).not.toContain(RECORDS_SHEET);
    const loaded = await send({ op: "call", file: opened.file, method: "loadReviews", args: [] });
    expect(loaded.result).toEqual(reviews);
    // Decided again in the workbench, then downloaded: the copy carries the new decisions, in one record sheet.
    const next = { findings: [], forms: [{ ...reviews.forms[0], decision: "revise" as const, note: "请更正" }] };
    await send({ op: "call", file: opened.file, method: "saveReviews", args: [next] });
    await send({ op: "call", file: opened.file, method: "check", args: [DEFAULT_SETTINGS] });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(Buffer.from((await send({ op: "download", file: opened.file })).download.bytes) as unknown as ExcelJS.Buffer);
    expect(copy.worksheets.filter((w) => w.name === RECORDS_SHEET)).toHaveLength(1);
    const read = readRecord(copy);
    expect(read.status === "ok" && read.record.reviews).toEqual(next);
    expect(read.status === "ok" && read.record.notes.length).toBeGreaterThan(0);
  });
});

describe("replay: a file opened afresh goes through what it went through before a reload", () => {
  /** The record with each sheet's id (new in every copy written, reload or not) replaced by the sheet's name. */
  function byName(read: ReturnType<typeof readRecord>): string {
    let text = JSON.stringify(read);
    if (read.status === "ok")
      for (const { id, name } of read.record.sheets) text = text.split(JSON.stringify(id)).join(JSON.stringify(name));
    return text;
  }

  /** Everything a copy says of the file: cells, our rules and notes on the marked sheet, its sheets, its record. */
  async function contents(copy: Uint8Array) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
    const sheet = await copyOf(copy, BLANKED.sheet);
    const notes = ["H14", "H22", "F15"].map((a) => sheet.note(a));
    return {
      cells: await cellTexts(copy),
      rules: sheet.rules,
      notes,
      sheets: wb.worksheets.map((w) => w.name),
      record: byName(readRecord(wb)),
    };
  }

  it("after 校验, 填充得分 and 导出报告, replayed: the same copy, and 撤销填充 takes back the same scores", async () => {
    const { send, call, download, bytes } = await setup();
    let log: FileLog | null = { ops: [] };
    const logged = async (method: string, ...args: unknown[]) => {
      const { result, delta } = await call(method, ...args);
      log = appendToLog(log!, delta);
      return result;
    };
    const report = (await logged("check", DEFAULT_SETTINGS)) as Report;
    await logged("fill", DEFAULT_SETTINGS, false);
    await logged("exportReportSheet", report, "zh");
    const before = await contents(await download());

    const again = (await send({ op: "open", name: "表.xlsx", bytes: bytes.slice().buffer, lang: "zh" })).opened;
    await send({ op: "replay", file: again.file, log: JSON.parse(JSON.stringify(log)) as FileLog });
    const copy = new Uint8Array((await send({ op: "download", file: again.file })).download.bytes);
    expect(await contents(copy)).toEqual(before);
    expect(before.sheets).toContain("校验报告");
    expect(before.record).toMatch(/^\{"status":"ok"/);

    const undone = (await send({ op: "call", file: again.file, method: "undoFill", args: [] })).result;
    expect(undone).toEqual({ restored: 1, leftAlone: [] });
    const afterUndo = new Uint8Array((await send({ op: "download", file: again.file })).download.bytes);
    expect((await cellTexts(afterUndo)).get(`${BLANKED.sheet}!${BLANKED.row + 1},${BLANKED.col + 1}`)).toBeUndefined();
  });

  it.each<[string, unknown, string | false]>([
    // Nothing done: the file stays open as it was.
    ["a log that does not read", { ops: [{ op: "eval" }] }, false],
    // Done in part: the session is no longer the file's, and goes (the page opens the file afresh).
    [
      "a log that does not replay",
      { ops: [{ op: "apply", edits: [{ kind: "mark", at: { sheet: "无此表", row: 0, col: 0 }, severity: "error" }] }] },
      "workbook-changed",
    ],
  ])("refuses %s", async (_why, log, code) => {
    const { send, opened } = await setup();
    await expect(send({ op: "replay", file: opened.file, log: log as FileLog })).rejects.toBeTruthy();
    const next = await send({ op: "call", file: opened.file, method: "state", args: [] }).then(
      () => false,
      (e: unknown) => toFailure(e).code,
    );
    expect(next).toBe(code);
  });
});
