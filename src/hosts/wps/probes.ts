import { MARK_COLORS } from "../../engine";
import { markFormula, ownMarkSeverity } from "../../app/ownership/marks";
import { normalAreas, probe, rangeAnswer, sameAreas, sample, verdict } from "../../app/selfTest/answers";
import { formatReport, reportJson } from "../../app/selfTest/format";
import { describeError, runSelfTest, Unsupported, type SelfTestOptions } from "../../app/selfTest/runner";
import { LONG_STRING_LENGTH, longText, scratchName, TIMING_COLS, TIMING_ROWS, timingRows } from "../../app/selfTest/scratch";
import { sessionSemantics, type SemanticsCache } from "../../app/selfTest/semantics";
import type { HostAbout, Probe, ProbeContext, SelfTestReport } from "../../app/selfTest/types";
import { browserProbes, type BrowserEnv } from "../browser/probes";
import { bgrOf } from "./colors";
import { XL_NONE, XL_RANGE_VALUE_XML_SPREADSHEET, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet } from "./etTypes";

/**
 * 自检 in WPS表格: short probes of the open questions (PLATFORM.md "Open semantics", wps-review §G), each on a scratch
 * sheet it adds at the end with a fresh name and deletes in `finally`, putting the user's active sheet back. No probe
 * reads or writes a sheet of the user's. WPS calls are synchronous: a probe cannot be interrupted, only reported late.
 *
 * Members beyond the adapter's slice of the object model are reached through the narrow interfaces below and checked
 * before use: a WPS (or fake) without them gives a "failed / unsupported" result, never a crash.
 */

interface ProbeApp extends Omit<EtApplication, "DisplayAlerts"> {
  readonly ActiveSheet?: EtWorksheet | null;
  DisplayAlerts?: unknown;
  readonly Version?: unknown;
  readonly Build?: unknown;
  readonly OperatingSystem?: unknown;
}
interface ProbeSheet extends Omit<EtWorksheet, "Delete" | "CodeName"> {
  Delete?(): unknown;
  readonly CodeName?: unknown;
}
interface EtName {
  readonly RefersTo: unknown;
  Delete(): unknown;
}
interface EtNames {
  Add(name: string, refersTo: string, visible?: boolean): EtName;
  Item(name: string): EtName;
}
interface EtFormatCondition {
  readonly Formula1: unknown;
  readonly AppliesTo: EtRange;
  readonly Interior: { Color: unknown };
  Delete(): unknown;
}
interface EtFormatConditions {
  readonly Count: number;
  Add(type: number, operator?: unknown, formula1?: string): EtFormatCondition;
}
type WithCfs = EtRange & { readonly FormatConditions?: EtFormatConditions };

/** xlExpression: a conditional format decided by a formula. */
const XL_EXPRESSION = 2;
const CF_AREAS = "A1:A3,C2:C4";

const isFunction = (v: unknown): boolean => typeof v === "function";

function workbookOf(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new Error("没有打开的工作簿 · no workbook is open");
  return book;
}

function sheetNames(book: EtWorkbook): string[] {
  const sheets = book.Worksheets;
  const names: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) names.push(sheets.Item(i).Name);
  return names;
}

/** What adding the scratch sheet did to the active sheet (null where the host has no ActiveSheet). */
interface Activation {
  activatesNewSheet: boolean | null;
  restored: boolean | null;
}

function deleteSheet(app: ProbeApp, ws: ProbeSheet): void {
  if (!isFunction(ws.Delete)) throw new Unsupported("Worksheet.Delete");
  // A confirmation dialog would stop the probe: WPS and Excel ask before deleting a sheet with content.
  const alerts = app.DisplayAlerts;
  if (typeof alerts === "boolean") app.DisplayAlerts = false;
  try {
    ws.Delete!();
  } finally {
    if (typeof alerts === "boolean") app.DisplayAlerts = alerts;
  }
}

/** Adds a scratch sheet after the last one, puts the user's sheet back in front, runs the work, deletes the sheet. */
function onScratch<T>(app: EtApplication, context: ProbeContext, work: (ws: EtWorksheet, activation: Activation) => T): T {
  const host = app as ProbeApp;
  const book = workbookOf(app);
  if (book.ProtectStructure) throw new Error("工作簿结构受保护 · the workbook structure is protected");
  // A sheet that could not be deleted again would be left in the user's workbook: ask before adding one.
  if (!isFunction((book.Worksheets.Item(1) as ProbeSheet).Delete)) throw new Unsupported("Worksheet.Delete");
  const name = scratchName(sheetNames(book));
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    const was = host.ActiveSheet ?? null;
    const sheets = book.Worksheets;
    const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
    let left = ws.Name;
    try {
      ws.Name = name;
      left = name;
      const activation: Activation = { activatesNewSheet: null, restored: null };
      if (was) {
        activation.activatesNewSheet = host.ActiveSheet?.Name === name;
        was.Activate();
        activation.restored = host.ActiveSheet?.Name === was.Name;
      }
      return work(ws, activation);
    } finally {
      try {
        left = ws.Name;
        deleteSheet(host, ws as ProbeSheet);
      } catch {
        context.leftBehind(left);
      }
    }
  } finally {
    app.ScreenUpdating = screen;
  }
}

/** §G's little table: 50% in A1, 2 in A2, B1:C1 merged, C3 filled red. */
function mixedCells(ws: EtWorksheet): void {
  ws.Range("A1").Value2 = 0.5;
  ws.Range("A1").NumberFormat = "0%";
  ws.Range("A2").Value2 = 2;
  ws.Range("B1:C1").Merge();
  ws.Range("C3").Interior.Color = 255;
}

function valueXmlProbe(app: EtApplication): Probe {
  return probe("wps.valueXml", { zh: "Range.Value(11)（SpreadsheetML）", en: "Range.Value(11) (SpreadsheetML)" }, (context) =>
    onScratch(app, context, (ws) => {
      mixedCells(ws);
      let read: unknown;
      try {
        read = ws.Range("A1:C3").Value(XL_RANGE_VALUE_XML_SPREADSHEET);
      } catch (e) {
        return { status: "differs", answer: { kind: "throws", type: "error", length: null, head: sample(describeError(e).message, 200) } };
      }
      const isXml = typeof read === "string" && /<(?:\w+:)?Workbook\b/.test(read) && /<(?:\w+:)?Data\b/.test(read);
      const answer = {
        kind: isXml ? ("spreadsheetml" as const) : ("other" as const),
        type: typeof read,
        length: typeof read === "string" ? read.length : null,
        head: sample(read, 200),
      };
      return { status: verdict(isXml), answer };
    }),
  );
}

function mixedRangeProbe(app: EtApplication): Probe {
  return probe(
    "wps.mixedRange",
    { zh: "混合区域的 NumberFormat 与 MergeCells", en: "NumberFormat and MergeCells of a mixed range" },
    (context) =>
      onScratch(app, context, (ws) => {
        mixedCells(ws);
        const numberFormat = ws.Range("A1:A2").NumberFormat;
        const mergeCells = ws.Range("A1:C1").MergeCells;
        const answer = {
          numberFormat: rangeAnswer(numberFormat, ws.Range("A1").NumberFormat),
          mergeCells: rangeAnswer(mergeCells, ws.Range("A1").MergeCells),
          raw: { numberFormat, mergeCells },
        };
        return { status: verdict(answer.numberFormat === "null" && answer.mergeCells === "null"), answer };
      }),
  );
}

function multiAreaProbe(app: EtApplication): Probe {
  return probe("wps.multiArea", { zh: '多区域读取（"A3,C3"）', en: 'Multi-area reads ("A3,C3")' }, (context) =>
    onScratch(app, context, (ws) => {
      mixedCells(ws);
      const colorIndex = ws.Range("A3,C3").Interior.ColorIndex;
      const numberFormat = ws.Range("A2,A1").NumberFormat;
      const answer = {
        colorIndex: rangeAnswer(colorIndex, XL_NONE),
        numberFormat: rangeAnswer(numberFormat, ws.Range("A2").NumberFormat),
        raw: { colorIndex, numberFormat, value2: sample(ws.Range("A1,A2").Value2, 120) },
      };
      return { status: verdict(answer.colorIndex === "null" && answer.numberFormat === "null"), answer };
    }),
  );
}

function longStringProbe(app: EtApplication): Probe {
  return probe(
    "record.longString",
    { zh: "记录大小的长文本（单个单元格与数组写入）", en: "Record-sized long text (one cell and an array write)" },
    (context) =>
      onScratch(app, context, (ws) => {
        const text = longText(LONG_STRING_LENGTH);
        const kept: Record<string, number | null> = {};
        const errors: Record<string, string> = {};
        const route = (name: string, write: () => void, cell: string) => {
          try {
            write();
            const back = ws.Range(cell).Value2;
            kept[name] = typeof back === "string" ? (back === text ? back.length : Math.min(back.length, commonPrefix(back, text))) : 0;
          } catch (e) {
            kept[name] = null;
            errors[name] = describeError(e).message;
          }
        };
        route("singleCell", () => (ws.Range("A1").Value2 = text), "A1");
        route("arrayWrite", () => (ws.Range("B1:B2").Value2 = [[text], ["b"]]), "B1");
        const answer = { length: text.length, kept, errors };
        return { status: verdict(Object.values(kept).every((n) => n === text.length)), answer };
      }),
  );
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function notesProbe(app: EtApplication): Probe {
  return probe("notes.onNote", { zh: "在已有批注的单元格上再加批注", en: "A comment on a cell that already has one" }, (context) =>
    onScratch(app, context, (ws) => {
      const text = "【自评表校验】自检 · self-test";
      ws.Range("A1").AddComment(text);
      const textRead = ws.Range("A1").Comment?.Text() ?? "";
      let second: "throws" | "added" | "replaced";
      try {
        ws.Range("A1").AddComment("second");
        second = ws.Range("A1").Comment?.Text() === "second" ? "replaced" : "added";
      } catch {
        second = "throws";
      }
      const answer = {
        kind: "comment" as const,
        textExact: textRead === text,
        textRead: sample(textRead, 80),
        second,
        commentOnNote: "not-tried" as const,
      };
      return { status: verdict(answer.textExact && second === "throws"), answer };
    }),
  );
}

function identityProbe(app: EtApplication): Probe {
  return probe(
    "sheet.identity",
    { zh: "重命名后工作表标识（CodeName 与隐藏名称）", en: "Sheet identity after a rename (CodeName, hidden name)" },
    (context) =>
      onScratch(app, context, (ws) => {
        const sheet = ws as ProbeSheet;
        const book = workbookOf(app) as EtWorkbook & { readonly Names?: EtNames };
        const names = book.Names && isFunction(book.Names.Add) ? book.Names : null;
        const hasCodeName = sheet.CodeName !== undefined;
        if (!names && !hasCodeName) throw new Unsupported("Worksheet.CodeName, Workbook.Names");
        const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? null : String(v));
        const before = text(sheet.CodeName);
        const nameId = `_selfeval_selftest_${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
        let defined: EtName | null = null;
        try {
          if (names) defined = names.Add(nameId, `='${ws.Name.replace(/'/g, "''")}'!$A$1`, false);
          const refersToBefore = defined ? text(defined.RefersTo) : null;
          const renamed = scratchName(sheetNames(book));
          ws.Name = renamed;
          const after = text(sheet.CodeName);
          const refersToAfter = names ? text(names.Item(nameId).RefersTo) : null;
          const definedNameFollows = refersToAfter === null ? null : refersToAfter.includes(renamed);
          const stable = before !== null && before !== "" && before === after;
          const answer = { key: "CodeName", before, after, stable, refersToBefore, refersToAfter, definedNameFollows };
          return { status: verdict(stable || definedNameFollows === true), answer };
        } finally {
          if (defined) {
            try {
              defined.Delete();
            } catch {
              context.leftBehind(nameId);
            }
          }
        }
      }),
  );
}

function cfProbe(app: EtApplication): Probe {
  return probe(
    "cf.tagged",
    { zh: "带标签的条件格式（多区域：添加、读回、删除）", en: "Tagged conditional format (multi-area: add, read back, delete)" },
    (context) =>
      onScratch(app, context, (ws) => {
        const target = ws.Range(CF_AREAS) as WithCfs;
        const conditions = target.FormatConditions;
        if (!conditions || !isFunction(conditions.Add)) throw new Unsupported("Range.FormatConditions");
        const cf = conditions.Add(XL_EXPRESSION, undefined, markFormula("error"));
        cf.Interior.Color = bgrOf(MARK_COLORS.error);
        const formula = typeof cf.Formula1 === "string" ? cf.Formula1 : null;
        const appliesTo = cf.AppliesTo.Address(false, false);
        const all = (ws.Cells as WithCfs).FormatConditions;
        const rules = all ? all.Count : null;
        cf.Delete();
        const deleted = all ? (ws.Cells as WithCfs).FormatConditions!.Count === 0 : true;
        const tagged = ownMarkSeverity(formula) === "error";
        const areasKept = sameAreas(appliesTo, CF_AREAS);
        const answer = { wanted: CF_AREAS, multiArea: true, formula, tagged, appliesTo: normalAreas(appliesTo), areasKept, rules, deleted };
        return { status: verdict(tagged && areasKept && (rules === null || rules === 1) && deleted), answer };
      }),
  );
}

function addActivatesProbe(app: EtApplication): Probe {
  return probe("wps.addActivates", { zh: "新增工作表是否切换当前工作表", en: "Whether adding a sheet activates it" }, (context) =>
    onScratch(app, context, (_ws, activation) => {
      if (activation.activatesNewSheet === null || activation.restored === null) throw new Unsupported("Application.ActiveSheet");
      const answer = { activatesNewSheet: activation.activatesNewSheet, restored: activation.restored };
      return { status: verdict(answer.restored), answer };
    }),
  );
}

function timingProbe(app: EtApplication): Probe {
  return probe(
    "timing.bulk",
    { zh: "一次批量写入与一次批量读取的耗时", en: "Time of one bulk write and one bulk read" },
    (context) =>
      onScratch(app, context, (ws) => {
        const rows = timingRows();
        const range = ws.Range(`A1:J${TIMING_ROWS}`);
        let t = Date.now();
        range.Value2 = rows;
        const writeMs = Date.now() - t;
        t = Date.now();
        const read = ws.Range(`A1:J${TIMING_ROWS}`).Value2;
        const readMs = Date.now() - t;
        return {
          status: verdict(read !== null && typeof read === "object"),
          answer: { cells: TIMING_ROWS * TIMING_COLS, writeMs, readMs },
        };
      }),
    60_000,
  );
}

/** The WPS probes, in the order they run. */
export function wpsProbes(app: EtApplication): Probe[] {
  return [
    valueXmlProbe(app),
    mixedRangeProbe(app),
    multiAreaProbe(app),
    longStringProbe(app),
    notesProbe(app),
    identityProbe(app),
    cfProbe(app),
    addActivatesProbe(app),
    timingProbe(app),
  ];
}

export function wpsAbout(app: EtApplication, navigatorPlatform: string | null = null): HostAbout {
  const host = app as ProbeApp;
  const read = (f: () => unknown) => {
    try {
      const v = f();
      return typeof v === "string" || typeof v === "number" ? String(v) : null;
    } catch {
      return null;
    }
  };
  const version = read(() => host.Version);
  const build = read(() => host.Build);
  return {
    host: "wps",
    hostVersion: version && build && build !== version ? `${version} (${build})` : (version ?? build),
    platform: read(() => host.OperatingSystem) ?? navigatorPlatform,
    apiSets: [],
  };
}

export interface WpsSelfTestOptions extends SelfTestOptions {
  browser?: BrowserEnv;
  /** Where the answers go for the adapters (default: the session's cache). */
  cache?: SemanticsCache;
}

/** 自检 in WPS: the page's browser probes, then the WPS probes. */
export async function wpsSelfTest(app: EtApplication, options: WpsSelfTestOptions = {}): Promise<SelfTestReport> {
  const platform = (globalThis as { navigator?: { platform?: unknown } }).navigator?.platform;
  const about = wpsAbout(app, typeof platform === "string" ? platform : null);
  const report = await runSelfTest(about, [...browserProbes(options.browser), ...wpsProbes(app)], options);
  (options.cache ?? sessionSemantics).remember(report);
  return report;
}

/**
 * The ribbon-free way: `await SelfevalSelfTest()` in the F12 console of the add-in's page prints the readable result and
 * the JSON, and returns the report (`copy(JSON.stringify(r, null, 2))` puts it on the clipboard).
 */
export async function selfevalSelfTest(app: EtApplication, log: (text: string) => void = (t) => console.log(t)): Promise<SelfTestReport> {
  const report = await wpsSelfTest(app);
  log(formatReport(report, "zh"));
  log(reportJson(report));
  return report;
}
