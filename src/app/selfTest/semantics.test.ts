import type { ProbeAnswers } from "./answers";
import { SemanticsCache, semanticsFrom, UNKNOWN_SEMANTICS, type HostSemantics } from "./semantics";
import { reportOf, result } from "./testing/sampleReport";
import type { ProbeResult } from "./types";

const CF: ProbeAnswers["cf.tagged"] = {
  wanted: "A1:A3,C2:C4",
  multiArea: true,
  formula: '=ISTEXT("自评表校验 mark:error")',
  tagged: true,
  appliesTo: "A1:A3,C2:C4",
  areasKept: true,
  rules: 1,
  deleted: true,
};
const NOTE: ProbeAnswers["notes.onNote"] = { kind: "note", textExact: true, textRead: "x", second: "throws", commentOnNote: "throws" };
const ID: ProbeAnswers["sheet.identity"] = {
  key: "CodeName",
  before: "Sheet5",
  after: "Sheet5",
  stable: true,
  refersToBefore: "='a'!$A$1",
  refersToAfter: "='b'!$A$1",
  definedNameFollows: true,
};

describe("semanticsFrom: what the adapters read from a report", () => {
  it.each<[string, ProbeResult[], Partial<HostSemantics>]>([
    ["nothing probed: everything unknown", [], {}],
    ["a tagged multi-area rule kept", [result("cf.tagged", "ok", CF)], { conditionalFormats: true, multiAreaConditionalFormats: true }],
    [
      "the host split the areas into two rules",
      [result("cf.tagged", "differs", { ...CF, rules: 2 })],
      { conditionalFormats: true, multiAreaConditionalFormats: false },
    ],
    [
      "the host kept only the first area",
      [result("cf.tagged", "differs", { ...CF, appliesTo: "A1:A3", areasKept: false })],
      { conditionalFormats: true, multiAreaConditionalFormats: false },
    ],
    [
      "only single areas tried (ExcelApi < 1.9)",
      [result("cf.tagged", "ok", { ...CF, multiArea: false, wanted: "A1:A3", appliesTo: "A1:A3" })],
      { conditionalFormats: true, multiAreaConditionalFormats: false },
    ],
    [
      "the tag lost on the way back",
      [result("cf.tagged", "differs", { ...CF, tagged: false })],
      { conditionalFormats: false, multiAreaConditionalFormats: true },
    ],
    [
      "no conditional formats at all",
      [result("cf.tagged", "failed", { unsupported: "Range.FormatConditions" })],
      { conditionalFormats: false, multiAreaConditionalFormats: false },
    ],
    ["the conditional-format probe crashed: unknown", [result("cf.tagged", "failed", { error: { name: "E", message: "m" } })], {}],
    [
      "long text kept on both routes",
      [result("record.longString", "ok", { length: 40000, kept: { singleCell: 40000, arrayWrite: 40000 }, errors: {} })],
      { longStringsKept: true, longStringRoutes: { singleCell: true, arrayWrite: true } },
    ],
    [
      "long text cut in an array write",
      [result("record.longString", "differs", { length: 40000, kept: { singleCell: 40000, arrayWrite: 8203 }, errors: {} })],
      { longStringsKept: false, longStringRoutes: { singleCell: true, arrayWrite: false } },
    ],
    [
      "an XML part that threw",
      [result("record.longString", "differs", { length: 40000, kept: { xmlPart: null }, errors: { xmlPart: "x" } })],
      { longStringsKept: false, longStringRoutes: { xmlPart: false } },
    ],
    [
      "a note on a note throws (Excel ≥ 1.18)",
      [result("notes.onNote", "ok", NOTE)],
      { annotationOnAnnotationThrows: true, commentOnNoteThrows: true, noteTextExact: true },
    ],
    [
      "a WPS comment is replaced, with an author line",
      [result("notes.onNote", "differs", { ...NOTE, kind: "comment", second: "replaced", commentOnNote: "not-tried", textExact: false })],
      { annotationOnAnnotationThrows: false, noteTextExact: false },
    ],
    ["CodeName stable, the name follows", [result("sheet.identity", "ok", ID)], { sheetIdStable: true, definedNameFollowsRename: true }],
    [
      "CodeName empty for a new sheet",
      [result("sheet.identity", "ok", { ...ID, before: "", after: "", stable: false })],
      { sheetIdStable: false, definedNameFollowsRename: true },
    ],
    [
      "Excel: id only",
      [result("sheet.identity", "ok", { ...ID, key: "Worksheet.id", refersToBefore: null, refersToAfter: null, definedNameFollows: null })],
      { sheetIdStable: true },
    ],
    [
      "mergeUndoGroup as the review expects",
      [result("excel.mergeUndo", "ok", { deleteSheet: "throws", deleteError: "UndoNotSupported", xmlPart: "ok", xmlError: null })],
      { mergeUndoDeleteThrows: true, mergeUndoXmlPartOk: true },
    ],
    ["mergeUndoGroup skipped below 1.20", [result("excel.mergeUndo", "skipped", { reason: "ExcelApi 1.20" })], {}],
    [
      "WPS reads as the readers assume",
      [
        result("wps.valueXml", "ok", { kind: "spreadsheetml", type: "string", length: 900, head: "<?xml" }),
        result("wps.mixedRange", "ok", { numberFormat: "null", mergeCells: "null", raw: {} }),
        result("wps.multiArea", "ok", { colorIndex: "null", numberFormat: "null", raw: {} }),
      ],
      { xmlSpreadsheet: true, mixedRangeReadsNull: true, multiAreaReadsWhole: true },
    ],
    [
      "WPS answers otherwise",
      [
        result("wps.valueXml", "differs", { kind: "throws", type: "error", length: null, head: "" }),
        result("wps.mixedRange", "differs", { numberFormat: "empty", mergeCells: "null", raw: {} }),
        result("wps.multiArea", "differs", { colorIndex: "first", numberFormat: "null", raw: {} }),
      ],
      { xmlSpreadsheet: false, mixedRangeReadsNull: false, multiAreaReadsWhole: false },
    ],
    [
      "Worksheets.Add activates",
      [result("wps.addActivates", "ok", { activatesNewSheet: true, restored: true })],
      { addActivatesNewSheet: true },
    ],
    [
      "localStorage, first run",
      [result("browser.localStorage", "ok", { writable: true, previousRun: null })],
      { localStorageWritable: true },
    ],
    [
      "localStorage kept since the last run",
      [result("browser.localStorage", "ok", { writable: true, previousRun: "2026-01-01T00:00:00.000Z" })],
      { localStorageWritable: true, localStorageKeptSinceLastRun: true },
    ],
    [
      "no download, no worker",
      [
        result("browser.blobDownload", "differs", { createObjectURL: true, anchorDownload: false }),
        result("browser.worker", "differs", { worker: false }),
      ],
      { blobDownload: false, worker: false },
    ],
    [
      "timing",
      [result("timing.bulk", "ok", { cells: 10000, writeMs: 120, readMs: 40 })],
      { bulkWriteMs: 120, bulkReadMs: 40, timingCells: 10000 },
    ],
  ])("%s", (_name, results, expected) => {
    expect(semanticsFrom(reportOf(results))).toEqual({ ...UNKNOWN_SEMANTICS, ...expected });
  });
});

describe("SemanticsCache: once per session", () => {
  const report = reportOf([result("cf.tagged", "ok", CF)]);

  it("runs the self-test once however many ask at the same time, then answers from memory", async () => {
    const cache = new SemanticsCache();
    const selfTest = jest.fn(async () => report);
    const [a, b] = await Promise.all([cache.ensure(selfTest), cache.ensure(selfTest)]);
    const c = await cache.ensure(selfTest);
    expect(selfTest).toHaveBeenCalledTimes(1);
    expect([a.conditionalFormats, b.conditionalFormats, c.conditionalFormats]).toEqual([true, true, true]);
    expect(cache.current.multiAreaConditionalFormats).toBe(true);
  });

  it("leaves everything unknown after a failed run, and tries again next time", async () => {
    const cache = new SemanticsCache();
    const failing = jest.fn(async () => {
      throw new Error("no workbook");
    });
    expect(await cache.ensure(failing)).toEqual(UNKNOWN_SEMANTICS);
    expect(await cache.ensure(async () => report)).toMatchObject({ conditionalFormats: true });
  });

  it("keeps earlier answers a later, smaller run does not give (the workbench's browser-only 自检)", () => {
    const cache = new SemanticsCache();
    cache.remember(
      reportOf([result("cf.tagged", "ok", CF), result("record.longString", "ok", { length: 4, kept: { xmlPart: 4 }, errors: {} })]),
    );
    const now = cache.remember(
      reportOf([
        result("browser.worker", "ok", { worker: true }),
        result("record.longString", "ok", { length: 4, kept: { singleCell: 4 }, errors: {} }),
      ]),
    );
    expect(now).toMatchObject({ conditionalFormats: true, worker: true, longStringRoutes: { xmlPart: true, singleCell: true } });
  });

  it("does not run the self-test when a report was already remembered (the pane's 自检 button)", async () => {
    const cache = new SemanticsCache();
    cache.remember(report);
    const selfTest = jest.fn(async () => report);
    await cache.ensure(selfTest);
    expect(selfTest).not.toHaveBeenCalled();
    cache.clear();
    expect(cache.current).toEqual(UNKNOWN_SEMANTICS);
  });
});
