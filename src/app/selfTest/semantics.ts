import type { ProbeAnswers, ProbeId } from "./answers";
import type { SelfTestReport } from "./types";

/**
 * What the adapters need to know about the host they run on, as the self-test found it. Every field is `null` until a
 * probe answered it (not run, failed, skipped, or a host where the question does not arise): an adapter treats null as
 * "unknown" and takes its safe path. Choose the path by these answers, never by guessing from a version number.
 *
 * Use (Excel and WPS adapters):
 *   const s = await sessionSemantics.ensure(() => host.selfTest!());   // once per session; later calls are free
 *   if (s.multiAreaConditionalFormats === false) { …one rule per area… }
 * or, without running anything, `sessionSemantics.current` (what the last 自检 of this session found).
 */
export interface HostSemantics {
  /** A custom conditional format with our tag formula can be added, read back with its tag, and deleted. */
  conditionalFormats: boolean | null;
  /** One such rule over a multi-area range keeps every area (false: add one rule per area, or split the address). */
  multiAreaConditionalFormats: boolean | null;
  /** A record-sized string (40,000 characters) reads back whole through every route tried. */
  longStringsKept: boolean | null;
  /** Per route: Excel "xmlPart"; WPS "singleCell", "arrayWrite". A route missing here was not tried. */
  longStringRoutes: Record<string, boolean>;
  /** Adding a note (WPS: comment) on a cell that already has one throws: check first, keep it out of critical batches. */
  annotationOnAnnotationThrows: boolean | null;
  /** Excel ≥ 1.18: `comments.add` on a cell holding a note throws (the F3 failure of Office 2021/2024). */
  commentOnNoteThrows: boolean | null;
  /** A note reads back exactly as written (no author line in front). */
  noteTextExact: boolean | null;
  /** The sheet identity (Excel `Worksheet.id`, WPS `CodeName`) is non-empty and survives a rename. */
  sheetIdStable: boolean | null;
  /** WPS: a hidden defined name's RefersTo follows the sheet's rename (a rename-proof identity where CodeName is not). */
  definedNameFollowsRename: boolean | null;
  /** Excel 1.20: `Worksheet.delete` inside `Excel.run({ mergeUndoGroup: true })` throws. */
  mergeUndoDeleteThrows: boolean | null;
  /** Excel 1.20: custom XML part add/delete inside a mergeUndoGroup run works. */
  mergeUndoXmlPartOk: boolean | null;
  /** WPS: `Range.Value(11)` gives SpreadsheetML. */
  xmlSpreadsheet: boolean | null;
  /** WPS: NumberFormat and MergeCells of a mixed range read as null (false: treat "" and the first cell's answer as unknown). */
  mixedRangeReadsNull: boolean | null;
  /** WPS: a multi-area range's Interior / NumberFormat answer covers every area (false: first area only; read per area). */
  multiAreaReadsWhole: boolean | null;
  /** WPS: `Worksheets.Add` makes the new sheet the active one (put the user's sheet back after adding). */
  addActivatesNewSheet: boolean | null;
  localStorageWritable: boolean | null;
  /** A value an earlier 自检 stored was read back (true), or none was found (null: first run, or lost). */
  localStorageKeptSinceLastRun: boolean | null;
  /** Blob URLs and `<a download>` exist (whether the host really saves the file is a manual check). */
  blobDownload: boolean | null;
  worker: boolean | null;
  /** One bulk write / read of the timing block (`timingCells` cells) in ms. */
  bulkWriteMs: number | null;
  bulkReadMs: number | null;
  timingCells: number | null;
}

export const UNKNOWN_SEMANTICS: HostSemantics = Object.freeze({
  conditionalFormats: null,
  multiAreaConditionalFormats: null,
  longStringsKept: null,
  longStringRoutes: {},
  annotationOnAnnotationThrows: null,
  commentOnNoteThrows: null,
  noteTextExact: null,
  sheetIdStable: null,
  definedNameFollowsRename: null,
  mergeUndoDeleteThrows: null,
  mergeUndoXmlPartOk: null,
  xmlSpreadsheet: null,
  mixedRangeReadsNull: null,
  multiAreaReadsWhole: null,
  addActivatesNewSheet: null,
  localStorageWritable: null,
  localStorageKeptSinceLastRun: null,
  blobDownload: null,
  worker: null,
  bulkWriteMs: null,
  bulkReadMs: null,
  timingCells: null,
}) as HostSemantics;

/** A probe's answer when it ran to an answer (ok or differs), else null. */
export function answerOf<K extends ProbeId>(report: SelfTestReport, id: K): ProbeAnswers[K] | null {
  const r = report.results.find((x) => x.id === id);
  return r && (r.status === "ok" || r.status === "differs") && r.answer !== null && typeof r.answer === "object"
    ? (r.answer as ProbeAnswers[K])
    : null;
}

/** The probe reported the host lacks what it needs (`answer.unsupported`). */
function unsupported(report: SelfTestReport, id: ProbeId): boolean {
  const r = report.results.find((x) => x.id === id);
  return r?.status === "failed" && typeof (r.answer as { unsupported?: unknown } | null)?.unsupported === "string";
}

const whenKnown = <A, T>(a: A | null, f: (a: A) => T): T | null => (a === null ? null : f(a));

/** What a report says about the host (fields of probes that did not answer stay null). */
export function semanticsFrom(report: SelfTestReport): HostSemantics {
  const cf = answerOf(report, "cf.tagged");
  const long = answerOf(report, "record.longString");
  const note = answerOf(report, "notes.onNote");
  const identity = answerOf(report, "sheet.identity");
  const undo = answerOf(report, "excel.mergeUndo");
  const xml = answerOf(report, "wps.valueXml");
  const mixed = answerOf(report, "wps.mixedRange");
  const areas = answerOf(report, "wps.multiArea");
  const add = answerOf(report, "wps.addActivates");
  const storage = answerOf(report, "browser.localStorage");
  const blob = answerOf(report, "browser.blobDownload");
  const worker = answerOf(report, "browser.worker");
  const timing = answerOf(report, "timing.bulk");
  const routes = long ? Object.fromEntries(Object.entries(long.kept).map(([route, n]) => [route, n === long.length])) : {};
  return {
    conditionalFormats: cf ? cf.tagged && cf.deleted : unsupported(report, "cf.tagged") ? false : null,
    multiAreaConditionalFormats: cf
      ? cf.multiArea && cf.areasKept && cf.rules !== null && cf.rules <= 1
      : unsupported(report, "cf.tagged")
        ? false
        : null,
    longStringsKept: long ? Object.values(routes).length > 0 && Object.values(routes).every(Boolean) : null,
    longStringRoutes: routes,
    annotationOnAnnotationThrows: whenKnown(note, (n) => n.second === "throws"),
    commentOnNoteThrows: note && note.commentOnNote !== "not-tried" ? note.commentOnNote === "throws" : null,
    noteTextExact: whenKnown(note, (n) => n.textExact),
    sheetIdStable: whenKnown(identity, (i) => i.stable),
    definedNameFollowsRename: identity?.definedNameFollows ?? null,
    mergeUndoDeleteThrows: whenKnown(undo, (u) => u.deleteSheet === "throws"),
    mergeUndoXmlPartOk: whenKnown(undo, (u) => u.xmlPart === "ok"),
    xmlSpreadsheet: whenKnown(xml, (x) => x.kind === "spreadsheetml"),
    mixedRangeReadsNull: whenKnown(mixed, (m) => m.numberFormat === "null" && m.mergeCells === "null"),
    multiAreaReadsWhole: whenKnown(areas, (a) => a.colorIndex === "null" && a.numberFormat === "null"),
    addActivatesNewSheet: whenKnown(add, (a) => a.activatesNewSheet),
    localStorageWritable: whenKnown(storage, (s) => s.writable),
    localStorageKeptSinceLastRun: storage?.previousRun ? true : null,
    blobDownload: whenKnown(blob, (b) => b.createObjectURL && b.anchorDownload),
    worker: whenKnown(worker, (w) => w.worker),
    bulkWriteMs: timing?.writeMs ?? null,
    bulkReadMs: timing?.readMs ?? null,
    timingCells: timing?.cells ?? null,
  };
}

/** Later answers over earlier ones; a null (not answered this time) keeps what was known. */
function merge(known: HostSemantics, found: HostSemantics): HostSemantics {
  const out: Record<string, unknown> = { ...known };
  for (const [k, v] of Object.entries(found)) {
    if (k === "longStringRoutes") out[k] = { ...known.longStringRoutes, ...(v as Record<string, boolean>) };
    else if (v !== null) out[k] = v;
  }
  return out as unknown as HostSemantics;
}

/**
 * The answers of this session (one per page: the pane, the WPS entry page). `ensure` runs the self-test at most once
 * however many callers ask at the same time; a failed run leaves everything unknown and is tried again on the next call.
 */
export class SemanticsCache {
  private known: HostSemantics = UNKNOWN_SEMANTICS;
  private pending: Promise<HostSemantics> | null = null;
  private ran = false;

  get current(): HostSemantics {
    return this.known;
  }

  /** Takes in a report (e.g. from the pane's 自检 button) and returns what is known now. */
  remember(report: SelfTestReport): HostSemantics {
    this.known = merge(this.known, semanticsFrom(report));
    this.ran = true;
    return this.known;
  }

  ensure(selfTest: () => Promise<SelfTestReport>): Promise<HostSemantics> {
    if (this.ran) return Promise.resolve(this.known);
    this.pending ??= selfTest().then(
      (report) => this.remember(report),
      () => {
        this.pending = null;
        return this.known;
      },
    );
    return this.pending;
  }

  /** Forgets everything (a test's fresh start). */
  clear(): void {
    this.known = UNKNOWN_SEMANTICS;
    this.pending = null;
    this.ran = false;
  }
}

/** The session's cache: the hosts' `selfTest()` feed it, the adapters read it. */
export const sessionSemantics = new SemanticsCache();
