import { parseA1, rangeA1, type Report } from "../../engine";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { HostError, type PaneHost, type PaneSettings } from "../../app/host";
import type { ExcelEnv, XlContext } from "./api";
import { excelInput } from "../common/cellInput";
import { hostError, toHostError } from "./errors";
import { detectFeatures } from "./features";
import { checkAndMark, fillScores, hostState, planFill, revert, type Session } from "./flows";
import { REPORT_SHEET, REPORT_TITLE, reportRows } from "../../app/reportRows";
import { loadSettings, saveSettings } from "./settings";
import { excelSelfTest } from "./probes";

export const SAMPLE_SHEET = "示例自评表";
export const LAST_RUN_KEY = "selfeval.lastRun";

export interface ExcelHostOptions {
  /** The seed text for insertSample (bundled by webpack; read from disk in tests). */
  sampleText?: () => Promise<string> | string;
}

/** The outcome of the last ribbon command, kept in the document so the pane can show it when opened. */
export interface LastRun {
  action: "check" | "fill" | "clear" | "undo";
  at: string;
  /** check: forms found and findings by severity. */
  forms?: number;
  counts?: { error: number; warning: number; info: number };
  /** fill / clear / undo: cells written or restored; fill: cells left for the pane to confirm. */
  cells?: number;
  skipped?: number;
  error?: { zh: string; en: string };
}

export interface ExcelPaneHost extends PaneHost {
  /** The last ribbon command's outcome, or null. */
  lastRun(): LastRun | null;
  rememberRun(outcome: LastRun): Promise<void>;
}

/** A name not yet used by any sheet: "示例自评表", "示例自评表 (2)", … */
export function freeName(base: string, taken: string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

const toInput = (v: unknown) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? excelInput(v) : "");

async function sheetNames(ctx: XlContext): Promise<string[]> {
  ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  return ctx.workbook.worksheets.items.map((s) => s.name);
}

/** PaneHost for Excel: every method is one Excel.run; any failure comes out as a HostError. */
export function createExcelHost(env: ExcelEnv, options: ExcelHostOptions = {}): ExcelPaneHost {
  const run = async <T>(work: (s: Session) => Promise<T>): Promise<T> => {
    const features = detectFeatures((v) => env.supports(v));
    try {
      return await env.run((ctx) => work({ ctx, features }), { mergeUndoGroup: features.mergeUndo });
    } catch (e) {
      throw toHostError(e);
    }
  };

  return {
    kind: "excel",
    check: (settings: PaneSettings) => run((s) => checkAndMark(s, settings)),
    previewFill: (settings) => run(async (s) => (await planFill(s, settings, false)).plan),
    fill: (settings, overwrite) => run((s) => fillScores(s, settings, overwrite)),
    clearMarks: () => run((s) => revert(s, "marks")),
    undoFill: () => run((s) => revert(s, "fills")),
    state: () => run((s) => hostState(s)),
    selfTest: () => excelSelfTest(env),

    async select(sheet: string, cell: string) {
      if (!parseA1(cell)) throw hostError("failed", { zh: `（无效的单元格：${cell}）`, en: `(Invalid cell: ${cell})` });
      await run(async ({ ctx }) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    },

    async exportReportSheet(report: Report, lang: "zh" | "en") {
      const rows = reportRows(report, lang);
      await run(async ({ ctx }) => {
        const names = await sheetNames(ctx);
        let replace = false;
        if (names.includes(REPORT_SHEET)) {
          const a1 = ctx.workbook.worksheets.getItem(REPORT_SHEET).getRange("A1");
          a1.load("values");
          await ctx.sync();
          replace = a1.values[0]?.[0] === REPORT_TITLE;
        }
        const name = replace ? REPORT_SHEET : freeName(REPORT_SHEET, names);
        if (replace) ctx.workbook.worksheets.getItem(REPORT_SHEET).delete();
        const ws = ctx.workbook.worksheets.add(name);
        ws.getRangeByIndexes(0, 0, rows.length, rows[0].length).values = rows.map((r) => r.map(toInput));
        ws.activate();
        await ctx.sync();
      });
    },

    async insertSample() {
      if (!options.sampleText) throw hostError("unsupported", { zh: "（未附带示例）", en: "(No sample bundled.)" });
      const text = await options.sampleText();
      await run(async ({ ctx }) => {
        const name = freeName(SAMPLE_SHEET, await sheetNames(ctx));
        const grid = layoutSeedForms(seedRows(text), { sheet: name, typed: true });
        if (grid.values.length === 0) throw hostError("unreadable", { zh: "（示例为空）", en: "(The sample is empty.)" });
        const width = Math.max(...grid.values.map((r) => r.length));
        const pad = <T>(r: T[], fill: T) => [...r, ...new Array<T>(width - r.length).fill(fill)];
        const ws = ctx.workbook.worksheets.add(name);
        const range = ws.getRangeByIndexes(grid.originRow, grid.originCol, grid.values.length, width);
        range.numberFormat = grid.values.map((r, i) => pad(r.map((_, j) => grid.numberFormats?.[i]?.[j] ?? "General"), "General"));
        range.values = grid.values.map((r) => pad(r.map(toInput), ""));
        for (const m of grid.merges ?? []) ws.getRange(rangeA1(m)).merge(false);
        ws.activate();
        await ctx.sync();
      });
    },

    async loadSettings() {
      return loadSettings(env.settings);
    },
    async saveSettings(settings) {
      try {
        await saveSettings(env.settings, settings);
      } catch (e) {
        throw e instanceof HostError ? e : toHostError(e);
      }
    },

    lastRun() {
      const v = env.settings.get(LAST_RUN_KEY) as LastRun | undefined;
      return v && typeof v === "object" && typeof v.action === "string" && typeof v.at === "string" ? v : null;
    },
    async rememberRun(outcome) {
      env.settings.set(LAST_RUN_KEY, outcome);
      await env.settings.save();
    },
  };
}
