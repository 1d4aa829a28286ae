import { cellKey } from "../../engine";
import { scorePlan } from "../scorePlan";
import {
  checkWorkbook,
  DEFAULT_PLAN_OPTIONS,
  planEdits,
  type CheckOptions,
  type Edit,
  type Report,
  type SheetGrid,
  type WorkbookGrid,
} from "../../engine";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { DEFAULT_SETTINGS, HostError, type HostState, type PaneHost, type PaneSettings, type TakeBackOutcome } from "../host";
import { fillDecor, marksOfFills } from "../ownership/fillDecor";
import { notesBut, notesFor, usableRecord, type OwnRecord, type SheetRef, type WrittenNote } from "../ownership/record";
import { scoreCells } from "../ownership/scoreCells";
import { resolveSheets } from "../ownership/sheets";
import { takeBackNotes, takeBackValues, type NoteNow } from "../ownership/takeBack";
import { fillEntries, mergeFills, notesWritten, recordNotice, userSheets, withEntries } from "../ownership/writes";
import { REPORT_SHEET, REPORT_TITLE, REPORT_WIDTHS, reportRows } from "../reportRows";
import { readStoredRecord, storeRecord } from "./recordStore";
import { formFacts } from "../review/formFacts";
import { isOwnOpinionHead } from "../review/opinion";
import { OPINION_SHEET, opinionCells, opinionSheetOf } from "../review/opinionSheet";
import type { SyncSpreadsheet } from "./syncSpreadsheet";

export const SAMPLE_SHEET = "示例自评表";

export interface SessionOptions {
  /** The sample forms 插入示例 puts in a new sheet (see sampleFromSeed). */
  sample?: () => SheetGrid;
  /** The checker; the engine's checkWorkbook unless a test hands in its own. */
  judge?: (grid: WorkbookGrid, options: CheckOptions) => Report;
  /** The file's name, when the host knows it: reports and the 审核意见 name it. */
  file?: string;
}

/** The bundled seed's six forms laid out as a sheet, for 插入示例. */
export function sampleFromSeed(text: string): SheetGrid {
  return layoutSeedForms(seedRows(text), { sheet: SAMPLE_SHEET, typed: true });
}

/**
 * The fill notes 撤销填充 takes back: those whose whole text is still ours, wherever they are now. Those on a sheet not
 * found now stay owed, like the scores there.
 */
function fillNotesBack(
  record: OwnRecord,
  notesNow: NoteNow[],
  refs: SheetRef[],
): ReturnType<typeof takeBackNotes> & { keep: WrittenNote[] } {
  const present = resolveSheets(record.sheets, refs);
  const fills = notesFor(record, "fill");
  const keep = fills.filter((n) => !present.has(n.sheetId));
  return {
    ...takeBackNotes(
      fills.filter((n) => present.has(n.sheetId)),
      notesNow,
      "fill",
    ),
    keep,
  };
}

/**
 * The pane's host over a synchronous spreadsheet (WPS, the browser workbench). Marks are conditional-format rules found
 * by their tag; notes and written scores are recorded in the workbook before the cells change, and taken back only
 * while a cell still holds exactly what we wrote.
 */
export function createSessionHost(sheet: SyncSpreadsheet, options: SessionOptions = {}): PaneHost {
  const check = options.judge ?? ((grid: WorkbookGrid, o: CheckOptions) => checkWorkbook(grid, o).report);
  const judge = (grid: WorkbookGrid, settings: PaneSettings) => {
    const report = check(userSheets(grid), { profile: settings.profile, lang: settings.lang, file: options.file });
    for (const n of sheet.readNotices?.() ?? [])
      report.notices.push({ sheet: n.sheet, message: n.messages[settings.lang], messages: n.messages });
    return report;
  };
  const writable = (grid: WorkbookGrid) => scoreCells(checkWorkbook(userSheets(grid)).forms);
  /** The units and grades the forms write, in the order of a check's tables while the forms are the same. */
  const factsIn = (grid: WorkbookGrid) => formFacts(checkWorkbook(userSheets(grid)).forms);

  /** Applies edits after their record is stored; on failure takes back what landed, stores `fallback`, and rethrows. */
  function applyRecorded(edits: Edit[], record: OwnRecord, fallback: OwnRecord, undo: () => void): void {
    storeRecord(sheet, record);
    try {
      sheet.apply(edits);
    } catch (e) {
      try {
        undo();
        storeRecord(sheet, fallback);
      } catch {
        // The record stays as stored: a later 清除标记 / 撤销填充 takes back what it can.
      }
      throw e;
    }
  }

  return {
    kind: sheet.kind,

    async check(settings) {
      const read = readStoredRecord(sheet);
      const record = usableRecord(read);
      sheet.removeMarks("check");
      const notesNow = sheet.readNotes();
      const old = read.status === "invalid" ? { remove: [], leftAlone: [] } : takeBackNotes(record.notes, notesNow, "check");
      sheet.removeNotes(old.remove);
      const removed = new Set(old.remove.map(cellKey));
      const noted = new Set(notesNow.map(cellKey).filter((k) => !removed.has(k)));

      const report = judge(sheet.readGrid(), settings);
      const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, mark: settings.mark, notes: settings.notes, lang: settings.lang });
      const edits = plan.edits.filter((e) => e.kind !== "note" || !noted.has(cellKey(e.at)));
      const refs = sheet.sheetRefs();
      const notes = notesWritten(edits, refs, "check");
      // The notes of 填充得分 stay with their scores: only 撤销填充 takes them back.
      const kept = { ...record, notes: notesBut(record, "check") };
      const next = withEntries(record, { notes: [...kept.notes, ...notes] }, refs);
      applyRecorded(edits, next, kept, () => {
        sheet.removeMarks("check");
        sheet.removeNotes(takeBackNotes(notes, sheet.readNotes(), "check").remove);
      });
      const notice = recordNotice(read, old.leftAlone, settings.lang);
      if (notice) report.notices.push(notice);
      return report;
    },

    async previewFill(settings) {
      return scorePlan(judge(sheet.readGrid(), settings), settings, false);
    },

    async fill(settings, overwrite, only) {
      const grid = sheet.readGrid();
      const report = judge(grid, settings);
      const plan = scorePlan(report, settings, overwrite);
      const allowed = only && new Set(only.map(cellKey));
      const values = plan.edits.filter((e) => e.kind === "value" && (!allowed || allowed.has(cellKey(e.at))));
      if (values.length === 0) return 0;
      const record = usableRecord(readStoredRecord(sheet));
      const refs = sheet.sheetRefs();
      const noted = new Set(sheet.readNotes().map(cellKey));
      const decor = fillDecor(report, values, settings.lang, (at) => noted.has(cellKey(at)));
      const notes = notesWritten(decor, refs, "fill");
      const added = fillEntries(values, grid, refs);
      const merged = mergeFills(record, added, grid, refs);
      const next = withEntries(merged, { notes: [...merged.notes, ...notes] }, refs);
      applyRecorded([...values, ...decor], next, record, () => {
        const now = sheet.readGrid();
        const back = takeBackValues(added, next.sheets, now, sheet.sheetRefs(), writable(now));
        sheet.apply(back.restore);
        sheet.removeNotes(takeBackNotes(notes, sheet.readNotes(), "fill").remove);
        sheet.removeMarks("fill");
        sheet.apply(marksOfFills(record, now, sheet.sheetRefs()));
      });
      return values.length;
    },

    async clearMarks(): Promise<TakeBackOutcome> {
      const read = readStoredRecord(sheet);
      // 校验's marks and notes only: the filled marks and notes stay with their scores until 撤销填充.
      const unmarked = sheet.removeMarks("check");
      if (read.status === "invalid") return { restored: unmarked, leftAlone: [], recordProblem: read.reason };
      const record = usableRecord(read);
      const notes = takeBackNotes(record.notes, sheet.readNotes(), "check");
      sheet.removeNotes(notes.remove);
      if (notesFor(record, "check").length > 0) storeRecord(sheet, { ...record, notes: notesBut(record, "check") });
      return { restored: unmarked + notes.remove.length, leftAlone: notes.leftAlone };
    },

    async undoFill(): Promise<TakeBackOutcome> {
      const read = readStoredRecord(sheet);
      if (read.status === "invalid") return { restored: 0, leftAlone: [], recordProblem: read.reason };
      const record = usableRecord(read);
      if (record.values.length === 0) return { restored: 0, leftAlone: [] };
      const grid = sheet.readGrid();
      const refs = sheet.sheetRefs();
      const back = takeBackValues(record.values, record.sheets, grid, refs, writable(grid));
      const notes = fillNotesBack(record, sheet.readNotes(), refs);
      // Cells first, record last: a failure leaves the record, and a second try counts cells already put back as done.
      sheet.apply(back.restore);
      sheet.removeNotes(notes.remove);
      // The scores still owed sit on sheets not found now: no filled mark of ours is left to draw on this workbook.
      sheet.removeMarks("fill");
      storeRecord(sheet, withEntries(record, { values: back.keep, notes: [...notesBut(record, "fill"), ...notes.keep] }, refs));
      return { restored: back.restored, leftAlone: [...back.leftAlone, ...notes.leftAlone] };
    },

    async select(name, cell) {
      sheet.select(name, cell);
    },

    async exportReportSheet(report, lang) {
      const own = sheet.readGrid().sheets.find((s) => s.name === REPORT_SHEET);
      const replace = !!own && own.originRow === 0 && own.originCol === 0 && own.values[0]?.[0] === REPORT_TITLE;
      sheet.writeSheet(REPORT_SHEET, { values: reportRows(report, lang), widths: REPORT_WIDTHS }, replace);
    },

    async exportOpinionSheet(report, lang) {
      const grid = sheet.readGrid();
      const facts = factsIn(grid);
      const reviews = usableRecord(readStoredRecord(sheet)).reviews;
      const aligned = facts.length === report.tables.length ? facts : undefined;
      const layout = opinionSheetOf(report, { file: report.file ?? "", lang, date: new Date(), facts: aligned, reviews });
      const own = grid.sheets.find((s) => s.name === OPINION_SHEET);
      const replace = !!own && own.originRow === 0 && own.originCol === 0 && isOwnOpinionHead(own.values[0]?.[0]);
      sheet.writeSheet(OPINION_SHEET, { values: opinionCells(layout), merges: layout.merges, widths: layout.widths }, replace);
    },

    async formFacts() {
      return factsIn(sheet.readGrid());
    },

    async insertSample() {
      const grid = options.sample?.();
      if (!grid) throw new HostError("unsupported", { zh: "未附带示例工作簿。", en: "No sample workbook is bundled." });
      const content = {
        values: grid.values,
        numberFormats: grid.numberFormats,
        merges: grid.merges,
        widths: [10, 12, 14, 28, 16, 16, 8, 8, 30],
      };
      if (sheet.openWorkbookWith) return sheet.openWorkbookWith(grid.name, content);
      const name = sheet.writeSheet(grid.name, content, false);
      sheet.select(name, "A1");
    },

    async state(): Promise<HostState> {
      const read = readStoredRecord(sheet);
      const marks = sheet.countMarks();
      if (read.status === "invalid") return { marks, fills: 0, recordProblem: read.reason };
      return { marks, fills: usableRecord(read).values.length };
    },

    async loadReviews() {
      return usableRecord(readStoredRecord(sheet)).reviews;
    },

    async saveReviews(reviews) {
      // A refused record is replaced, as a check replaces it: it is never acted on, and the pane has said why.
      storeRecord(sheet, { ...usableRecord(readStoredRecord(sheet)), reviews });
    },

    async loadSettings() {
      return { ...DEFAULT_SETTINGS, ...(sheet.loadSettings() ?? {}) };
    },

    async saveSettings(settings) {
      sheet.saveSettings(settings);
    },
  };
}
