import type { WorkbookGrid } from "../../engine";
import { appendToLog, LOG_LIMITS, readFileLog, replayLog } from "./fileLog";
import type { Delta, FileLog, MirrorOp } from "./protocol";
import { RecordingSpreadsheet } from "./recordingSpreadsheet";

const at = { sheet: "表", row: 2, col: 1 };
const grid = (): WorkbookGrid => ({
  sheets: [
    {
      name: "表",
      originRow: 0,
      originCol: 0,
      values: [
        ["项目", null],
        ["得分", null],
        [null, null],
      ],
    },
  ],
});

const GOOD: MirrorOp[] = [
  { op: "removeMarks", purpose: "check" },
  { op: "removeNotes", cells: [at] },
  {
    op: "apply",
    edits: [
      { kind: "value", at, value: 10, numberFormat: "0.00" },
      { kind: "value", at: { ...at, row: 0 }, value: null, formula: "=1+1" },
      { kind: "mark", at, severity: "filled" },
      { kind: "note", at, text: "<b>不是标记</b>" },
    ],
  },
  {
    op: "writeSheet",
    sheet: {
      requested: "校验报告",
      name: "校验报告",
      replace: true,
      content: {
        values: [["a", 1, true, null, { error: "#N/A" }]],
        numberFormats: [[null]],
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        widths: [12],
      },
    },
  },
];

describe("readFileLog", () => {
  it("reads back a log this page wrote, the record with it", () => {
    expect(readFileLog({ ops: GOOD, record: { text: "{}" } })).toEqual({ ops: GOOD, record: { text: "{}" } });
    expect(readFileLog({ ops: [], record: { text: null } })).toEqual({ ops: [], record: { text: null } });
  });

  it("keeps only the fields it knows, as fresh objects", () => {
    const raw = { ops: [{ op: "apply", edits: [{ kind: "mark", at: { ...at, extra: 1 }, severity: "error", html: "<img>" }], run: "x" }] };
    expect(readFileLog(raw)).toEqual({ ops: [{ op: "apply", edits: [{ kind: "mark", at, severity: "error" }] }] });
  });

  const apply = (edit: unknown) => ({ ops: [{ op: "apply", edits: [edit] }] });
  it.each<[string, unknown]>([
    ["not an object", "ops"],
    ["no ops", {}],
    ["ops not a list", { ops: { 0: GOOD[0] } }],
    ["an unknown op", { ops: [{ op: "eval", code: "1" }] }],
    ["a selection", { ops: [{ op: "select", sheet: "表", cell: "A1" }] }],
    ["an unknown purpose", { ops: [{ op: "removeMarks", purpose: "all" }] }],
    ["an unknown edit", apply({ kind: "script", at })],
    ["an unknown severity", apply({ kind: "mark", at, severity: "red" })],
    ["a negative row", apply({ kind: "mark", at: { ...at, row: -1 }, severity: "error" })],
    ["a row past Excel's", apply({ kind: "mark", at: { ...at, row: 1_048_576 }, severity: "error" })],
    ["a fractional column", apply({ kind: "mark", at: { ...at, col: 1.5 }, severity: "error" })],
    ["a sheet not named by text", apply({ kind: "mark", at: { ...at, sheet: 3 }, severity: "error" })],
    ["a value that is an object", apply({ kind: "value", at, value: { valueOf: 1 } })],
    ["a value that is not finite", apply({ kind: "value", at, value: Infinity })],
    ["a note too long", apply({ kind: "note", at, text: "x".repeat(LOG_LIMITS.text + 1) })],
    ["a formula not text", apply({ kind: "value", at, value: 1, formula: 1 })],
    ["a written sheet without replace", { ops: [{ op: "writeSheet", sheet: { requested: "a", name: "a", content: { values: [] } } }] }],
    [
      "a written sheet's rows not lists",
      { ops: [{ op: "writeSheet", sheet: { requested: "a", name: "a", replace: false, content: { values: [1] } } }] },
    ],
    [
      "a negative width",
      { ops: [{ op: "writeSheet", sheet: { requested: "a", name: "a", replace: false, content: { values: [], widths: [-1] } } }] },
    ],
    ["a record not text", { ops: [], record: { text: 5 } }],
    ["too many ops", { ops: Array.from({ length: LOG_LIMITS.ops + 1 }, () => GOOD[0]) }],
    ["too many cells", { ops: [{ op: "removeNotes", cells: Array.from({ length: LOG_LIMITS.cells + 1 }, () => at) }] }],
  ])("refuses %s", (_why, raw) => {
    expect(readFileLog(raw)).toBeNull();
  });
});

describe("appendToLog", () => {
  const delta = (ops: MirrorOp[], record?: string | null): Delta => (record === undefined ? { ops } : { ops, record: { text: record } });

  it.each<[string, FileLog, Delta, FileLog | null]>([
    ["adds the call's ops after the log's", { ops: [GOOD[0]] }, delta([GOOD[1]]), { ops: [GOOD[0], GOOD[1]] }],
    ["leaves out selections", { ops: [] }, delta([{ op: "select", sheet: "表", cell: "A1" }, GOOD[0]]), { ops: [GOOD[0]] }],
    ["keeps the last record written", { ops: [], record: { text: "old" } }, delta([], "new"), { ops: [], record: { text: "new" } }],
    [
      "keeps the record when the call wrote none",
      { ops: [], record: { text: "old" } },
      delta([GOOD[0]]),
      { ops: [GOOD[0]], record: { text: "old" } },
    ],
    ["keeps a record taken away", { ops: [], record: { text: "old" } }, delta([], null), { ops: [], record: { text: null } }],
    [
      "drops a preview's place",
      { ops: [] },
      delta([{ op: "apply", edits: [{ kind: "value", at, value: 1, place: { project: "p", kind: "score", indicator: "i" } }] }]),
      { ops: [{ op: "apply", edits: [{ kind: "value", at, value: 1 }] }] },
    ],
    ["gives up past a bound", { ops: Array.from({ length: LOG_LIMITS.ops }, () => GOOD[0]) }, delta([GOOD[0]]), null],
  ])("%s", (_what, log, d, expected) => {
    expect(appendToLog(log, d)).toEqual(expected);
  });

  const nearlyFull = (left: number): MirrorOp => ({
    op: "removeNotes",
    cells: Array.from({ length: LOG_LIMITS.cells - left }, () => at),
  });

  it.each<[string, number, MirrorOp[], boolean]>([
    ["a call whose cells fit in what the log left", 2, [{ op: "removeNotes", cells: [at, at] }], true],
    ["a call whose cells pass what the log left", 2, [{ op: "removeNotes", cells: [at, at, at] }], false],
    ["a call of no cells on a full log", 0, [{ op: "removeMarks", purpose: "fill" }], true],
  ])("counts the cells the log used: %s", (_what, left, ops, kept) => {
    const log = readFileLog({ ops: [nearlyFull(left)] })!;
    expect(appendToLog(log, delta(ops))?.ops.length ?? null).toBe(kept ? 1 + ops.length : null);
    // The same on a log built by appends.
    const built = appendToLog({ ops: [] }, delta([nearlyFull(left)]))!;
    expect(appendToLog(built, delta(ops))?.ops.length ?? null).toBe(kept ? 1 + ops.length : null);
  });

  it("reads only the call's ops again, not the log's (they were read when they came)", () => {
    const log = appendToLog({ ops: [] }, delta([GOOD[0]]))!;
    // Were the log read again, this op (no page writes it) would make the append give up.
    (log.ops as unknown[]).push({ op: "not read again" });
    expect(appendToLog(log, delta([GOOD[1]]))?.ops).toEqual([GOOD[0], { op: "not read again" }, GOOD[1]]);
  });

  it("returns the same log when the call changed nothing", () => {
    const log: FileLog = { ops: [GOOD[0]] };
    expect(appendToLog(log, delta([{ op: "select", sheet: "表", cell: "A1" }]))).toBe(log);
  });
});

describe("replayLog", () => {
  it("brings a workbook opened afresh to where the logged one was: cells, notes, marks, sheets, record, copy", () => {
    const before = new RecordingSpreadsheet(grid());
    before.apply([
      { kind: "value", at, value: 10 },
      { kind: "mark", at, severity: "filled" },
      { kind: "note", at, text: "已填充" },
    ]);
    before.writeSheet("校验报告", { values: [["报告"]] }, false);
    before.writeSheet("校验报告", { values: [["再一份"]] }, false);
    before.removeNotes([at]);
    before.writeRecordText("record");
    const log = appendToLog({ ops: [] }, before.takeDelta())!;

    const after = new RecordingSpreadsheet(grid());
    replayLog(after, readFileLog(JSON.parse(JSON.stringify(log)))!);
    expect(after.readGrid()).toEqual(before.readGrid());
    expect(after.readNotes()).toEqual(before.readNotes());
    expect(after.markAt(at)).toBe("filled");
    expect(after.sheetRefs()).toEqual(before.sheetRefs());
    expect(after.readRecordText()).toBe("record");
    expect(after.written).toEqual(before.written);
    expect(after.copyEdits()).toEqual(before.copyEdits());
  });

  it.each<[string, MirrorOp]>([
    ["a sheet that is not there", { op: "apply", edits: [{ kind: "mark", at: { ...at, sheet: "别的" }, severity: "error" }] }],
    ["a note on a cell that has one", { op: "apply", edits: [{ kind: "note", at: { ...at, row: 0, col: 0 }, text: "再一条" }] }],
    [
      "a written sheet that lands under another name",
      { op: "writeSheet", sheet: { requested: "表", name: "表", replace: false, content: { values: [] } } },
    ],
  ])("throws on %s (the original calls met no such failure)", (_why, op) => {
    const sheet = new RecordingSpreadsheet(grid(), { notes: new Map([[RecordingSpreadsheet.key({ ...at, row: 0, col: 0 }), "用户的"]]) });
    expect(() => replayLog(sheet, { ops: [op] })).toThrow();
  });
});
