import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, recordOf, undoEdits, type ChangeRecord, type CheckOptions, type Edit, type Plan, type Report, type SheetGrid, type WorkbookGrid } from "../../engine";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { DEFAULT_SETTINGS, HostError, type HostState, type PaneHost, type PaneSettings } from "../../app/host";
import { REPORT_SHEET, REPORT_TITLE, reportRows } from "./reportRows";
import type { StoredRecords, SyncSpreadsheet } from "./spreadsheet";

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

/** Cells an edit list touches, counted once. */
function cellCount(edits: Edit[]): number {
  return new Set(edits.map((e) => `${e.at.sheet}\u0000${e.at.row}\u0000${e.at.col}`)).size;
}

/** The workbook as the checker sees it: without the report sheet the add-in wrote itself. */
function userSheets(grid: WorkbookGrid): WorkbookGrid {
  return { sheets: grid.sheets.filter((s) => !(s.name === REPORT_SHEET && s.values[0]?.[0] === REPORT_TITLE)) };
}

function fillPlan(report: Report, settings: PaneSettings, overwrite: boolean): Plan {
  return planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: true, overwrite, overwriteFormulas: overwrite, mark: [], notes: false, lang: settings.lang });
}

/** Applies edits and returns the record that undoes them: the before-state is read just before writing. */
function applyRecorded(sheet: SyncSpreadsheet, edits: Edit[]): ChangeRecord {
  const before = sheet.readBefore(edits);
  sheet.apply(edits);
  const index = new Map(edits.map((e, i) => [e, i]));
  return recordOf(edits, (e) => before[index.get(e)!]);
}

/**
 * The pane's host over a synchronous spreadsheet (WPS, the browser workbench): check, fill, clear and undo, each reading
 * and writing in bulk, with the record of every change kept in the workbook.
 */
export function createSessionHost(sheet: SyncSpreadsheet, options: SessionOptions = {}): PaneHost {
  const records = (): StoredRecords => sheet.loadRecords();
  const check = options.judge ?? ((grid: WorkbookGrid, o: CheckOptions) => checkWorkbook(grid, o).report);
  const judge = (settings: PaneSettings) => check(userSheets(sheet.readGrid()), { profile: settings.profile, lang: settings.lang });

  return {
    kind: sheet.kind,

    async check(settings) {
      const stored = records();
      // An earlier check's marks go first, so that a second check neither doubles them nor records them as "before".
      if (stored.marks) sheet.apply(undoEdits(stored.marks, "marks"));
      const report = judge(settings);
      const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, mark: settings.mark, notes: settings.notes, lang: settings.lang });
      const marks = plan.edits.length > 0 ? applyRecorded(sheet, plan.edits) : null;
      sheet.saveRecords({ ...stored, marks });
      return report;
    },

    async previewFill(settings) {
      return fillPlan(judge(settings), settings, false);
    },

    async fill(settings, overwrite) {
      const plan = fillPlan(judge(settings), settings, overwrite);
      const values = plan.edits.filter((e) => e.kind === "value");
      if (values.length === 0) return 0;
      const record = applyRecorded(sheet, values);
      const stored = records();
      sheet.saveRecords({ ...stored, fills: [...stored.fills, record] });
      return cellCount(values);
    },

    async clearMarks() {
      const stored = records();
      if (!stored.marks) return 0;
      const undo = undoEdits(stored.marks, "marks");
      sheet.apply(undo);
      sheet.saveRecords({ ...stored, marks: null });
      return cellCount(undo);
    },

    async undoFill() {
      const stored = records();
      if (stored.fills.length === 0) return 0;
      const undo = [...stored.fills].reverse().flatMap((r) => undoEdits(r, "fills"));
      sheet.apply(undo);
      sheet.saveRecords({ ...stored, fills: [] });
      return cellCount(undo);
    },

    async select(name, cell) {
      sheet.select(name, cell);
    },

    async exportReportSheet(report, lang) {
      sheet.writeSheet(REPORT_SHEET, { values: reportRows(report, lang), widths: [18, 10, 28, 10, 10, 8, 8, 60] }, true);
    },

    async insertSample() {
      const grid = options.sample?.();
      if (!grid) throw new HostError("unsupported", { zh: "未附带示例工作簿。", en: "No sample workbook is bundled." });
      const name = sheet.writeSheet(grid.name, { values: grid.values, numberFormats: grid.numberFormats, merges: grid.merges, widths: [10, 12, 14, 28, 16, 16, 8, 8, 30] }, false);
      sheet.select(name, "A1");
    },

    async state(): Promise<HostState> {
      const stored = records();
      return { marks: stored.marks ? cellCount(stored.marks.entries.map((e) => e.edit)) : 0, fills: cellCount(stored.fills.flatMap((r) => r.entries.map((e) => e.edit))) };
    },

    async loadSettings() {
      return { ...DEFAULT_SETTINGS, ...(sheet.loadSettings() ?? {}) };
    },

    async saveSettings(settings) {
      sheet.saveSettings(settings);
    },
  };
}
