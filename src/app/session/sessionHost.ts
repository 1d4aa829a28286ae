import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, type CellAt, type CheckOptions, type Edit, type Plan, type Report, type SheetGrid, type WorkbookGrid } from "../../engine";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { DEFAULT_SETTINGS, HostError, type HostState, type PaneHost, type PaneSettings, type TakeBackOutcome } from "../host";
import { usableRecord, type OwnRecord } from "../ownership/record";
import { scoreCells } from "../ownership/scoreCells";
import { takeBackNotes, takeBackValues } from "../ownership/takeBack";
import { fillEntries, mergeFills, notesWritten, recordNotice, userSheets, withEntries } from "../ownership/writes";
import { REPORT_SHEET, REPORT_TITLE, REPORT_WIDTHS, reportRows } from "../reportRows";
import { readStoredRecord, storeRecord } from "./recordStore";
import type { SyncSpreadsheet } from "./syncSpreadsheet";

export const SAMPLE_SHEET = "示例自评表";

export interface SessionOptions {
  /** The sample forms 插入示例 puts in a new sheet (see sampleFromSeed). */
  sample?: () => SheetGrid;
  /** The checker; the engine's checkWorkbook unless a test hands in its own. */
  judge?: (grid: WorkbookGrid, options: CheckOptions) => Report;
}

/** The bundled seed's six forms laid out as a sheet, for 插入示例. */
export function sampleFromSeed(text: string): SheetGrid {
  return layoutSeedForms(seedRows(text), { sheet: SAMPLE_SHEET, typed: true });
}

const cellKey = (at: CellAt) => `${at.sheet}\u0000${at.row}\u0000${at.col}`;

function scorePlan(report: Report, settings: PaneSettings, overwrite: boolean): Plan {
  return planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: true, overwrite, overwriteFormulas: overwrite, mark: [], notes: false, lang: settings.lang, fillQualitative: settings.fillQualitative });
}

/**
 * The pane's host over a synchronous spreadsheet (WPS, the browser workbench). Marks are conditional-format rules found
 * by their tag; notes and written scores are recorded in the workbook before the cells change, and taken back only
 * while a cell still holds exactly what we wrote.
 */
export function createSessionHost(sheet: SyncSpreadsheet, options: SessionOptions = {}): PaneHost {
  const check = options.judge ?? ((grid: WorkbookGrid, o: CheckOptions) => checkWorkbook(grid, o).report);
  const judge = (grid: WorkbookGrid, settings: PaneSettings) => {
    const report = check(userSheets(grid), { profile: settings.profile, lang: settings.lang });
    for (const n of sheet.readNotices?.() ?? []) report.notices.push({ sheet: n.sheet, message: n.messages[settings.lang], messages: n.messages });
    return report;
  };
  const writable = (grid: WorkbookGrid) => scoreCells(checkWorkbook(userSheets(grid)).forms);

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
      sheet.removeMarks();
      const notesNow = sheet.readNotes();
      const old = read.status === "invalid" ? { remove: [], leftAlone: [] } : takeBackNotes(record.notes, notesNow);
      sheet.removeNotes(old.remove);
      const removed = new Set(old.remove.map(cellKey));
      const noted = new Set(notesNow.map(cellKey).filter((k) => !removed.has(k)));

      const report = judge(sheet.readGrid(), settings);
      const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, mark: settings.mark, notes: settings.notes, lang: settings.lang });
      const edits = plan.edits.filter((e) => e.kind !== "note" || !noted.has(cellKey(e.at)));
      const refs = sheet.sheetRefs();
      const notes = notesWritten(edits, refs);
      const next = withEntries(record, { notes }, refs);
      const kept = { ...record, notes: [] };
      applyRecorded(edits, next, kept, () => {
        sheet.removeMarks();
        sheet.removeNotes(takeBackNotes(notes, sheet.readNotes()).remove);
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
      const plan = scorePlan(judge(grid, settings), settings, overwrite);
      const allowed = only && new Set(only.map(cellKey));
      const values = plan.edits.filter((e) => e.kind === "value" && (!allowed || allowed.has(cellKey(e.at))));
      if (values.length === 0) return 0;
      const record = usableRecord(readStoredRecord(sheet));
      const refs = sheet.sheetRefs();
      const added = fillEntries(values, grid, refs);
      const next = mergeFills(record, added, grid, refs);
      applyRecorded(values, next, record, () => {
        const now = sheet.readGrid();
        const back = takeBackValues(added, next.sheets, now, sheet.sheetRefs(), writable(now));
        sheet.apply(back.restore);
      });
      return values.length;
    },

    async clearMarks(): Promise<TakeBackOutcome> {
      const read = readStoredRecord(sheet);
      const unmarked = sheet.removeMarks();
      if (read.status === "invalid") return { restored: unmarked, leftAlone: [], recordProblem: read.reason };
      const record = usableRecord(read);
      const notes = takeBackNotes(record.notes, sheet.readNotes());
      sheet.removeNotes(notes.remove);
      if (record.notes.length > 0) storeRecord(sheet, { ...record, notes: [] });
      return { restored: unmarked + notes.remove.length, leftAlone: notes.leftAlone };
    },

    async undoFill(): Promise<TakeBackOutcome> {
      const read = readStoredRecord(sheet);
      if (read.status === "invalid") return { restored: 0, leftAlone: [], recordProblem: read.reason };
      const record = usableRecord(read);
      if (record.values.length === 0) return { restored: 0, leftAlone: [] };
      const grid = sheet.readGrid();
      const back = takeBackValues(record.values, record.sheets, grid, sheet.sheetRefs(), writable(grid));
      // Cells first, record last: a failure leaves the record, and a second try counts cells already put back as done.
      sheet.apply(back.restore);
      storeRecord(sheet, { ...record, values: back.keep });
      return { restored: back.restored, leftAlone: back.leftAlone };
    },

    async select(name, cell) {
      sheet.select(name, cell);
    },

    async exportReportSheet(report, lang) {
      const own = sheet.readGrid().sheets.find((s) => s.name === REPORT_SHEET);
      const replace = !!own && own.originRow === 0 && own.originCol === 0 && own.values[0]?.[0] === REPORT_TITLE;
      sheet.writeSheet(REPORT_SHEET, { values: reportRows(report, lang), widths: REPORT_WIDTHS }, replace);
    },

    async insertSample() {
      const grid = options.sample?.();
      if (!grid) throw new HostError("unsupported", { zh: "未附带示例工作簿。", en: "No sample workbook is bundled." });
      const name = sheet.writeSheet(grid.name, { values: grid.values, numberFormats: grid.numberFormats, merges: grid.merges, widths: [10, 12, 14, 28, 16, 16, 8, 8, 30] }, false);
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

