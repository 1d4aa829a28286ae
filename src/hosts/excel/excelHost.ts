import { parseA1, rangeA1, type Report } from "../../engine";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { type PaneHost, type PaneSettings } from "../../app/host";
import type { ExcelEnv, XlContext } from "./api";
import { excelInput } from "../common/cellInput";
import { hiddenSheet, hostError, toHostError } from "./errors";
import { excelHostBasics } from "./hostBasics";
import type { LastRun } from "./lastRun";
import { detectFeatures, MINIMUM_API } from "./features";
import { checkAndMark, clearMarks, fillScores, hostState, loadReviews, planFill, saveReviews, shownBy, undoFill, type Session, type Shown } from "./flows";
import { RECORD_LIMIT, WRITE_BUDGET } from "./requestSize";
import { REPORT_SHEET, REPORT_TITLE, reportRows } from "../../app/reportRows";
import { sessionSemantics, type HostSemantics } from "../../app/selfTest/semantics";

export const SAMPLE_SHEET = "示例自评表";

export type { LastRun } from "./lastRun";

export interface ExcelHostOptions {
  /** The seed text for insertSample (bundled by webpack; read from disk in tests). */
  sampleText?: () => Promise<string> | string;
  /** What the self-test found about this Excel (default: this session's answers; unknown until 自检 runs). */
  semantics?: () => Pick<HostSemantics, "multiAreaConditionalFormats">;
  /** The most one write request may carry, estimated in UTF-8 bytes (default WRITE_BUDGET; tests set less to see the split). */
  writeBudget?: number;
  /** Where requests are capped (not PC or Mac), the largest record one may carry (default RECORD_LIMIT). */
  recordLimit?: number;
}

export interface ExcelPaneHost extends PaneHost {
  /** The last ribbon command's outcome on this workbook (read fresh from this machine's storage), or null. */
  lastRun(): LastRun | null;
  rememberRun(outcome: LastRun): Promise<void>;
  readonly canDownload: boolean;
}

/** Platforms whose requests have no documented size cap (the 5 MB cap is Excel on the web's). */
const UNCAPPED = new Set(["PC", "Mac"]);

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
  const semantics = options.semantics ?? (() => sessionSemantics.current);
  /** The cells the last fill preview showed: the confirmation writes those, as they were, and no others. */
  let shown: Shown | null = null;

  /** `undoable: false` for a run that deletes a sheet: Worksheet.delete is not undoable, and inside mergeUndoGroup it throws. */
  const run = async <T>(work: (s: Session) => Promise<T>, undoable = true): Promise<T> => {
    if (!env.supports(MINIMUM_API))
      throw hostError("unsupported", { zh: `（需要 ExcelApi ${MINIMUM_API}：Office 2021 或更新版本、Microsoft 365）`, en: `(ExcelApi ${MINIMUM_API} is needed: Office 2021 or later, Microsoft 365.)` });
    const features = detectFeatures((v) => env.supports(v), semantics());
    try {
      const session = { features, budget: options.writeBudget ?? WRITE_BUDGET, recordLimit: UNCAPPED.has(env.platform ?? "") ? Infinity : options.recordLimit ?? RECORD_LIMIT };
      return await env.run((ctx) => work({ ctx, ...session }), { mergeUndoGroup: features.mergeUndo && undoable });
    } catch (e) {
      throw toHostError(e);
    }
  };

  return {
    ...excelHostBasics(env),
    check: (settings: PaneSettings) => run((s) => checkAndMark(s, settings)),
    previewFill: (settings) =>
      run(async (s) => {
        const { plan, now } = await planFill(s, settings, false);
        shown = shownBy(plan, now.grid);
        return plan;
      }),
    async fill(settings, overwrite, only) {
      const asShown = shown ?? undefined;
      shown = null;
      return run((s) => fillScores(s, settings, overwrite, only, asShown));
    },
    clearMarks: () => run((s) => clearMarks(s)),
    undoFill: () => run((s) => undoFill(s)),
    state: () => run((s) => hostState(s)),
    loadReviews: () => run((s) => loadReviews(s)),
    saveReviews: (reviews) => run((s) => saveReviews(s, reviews)),
    // The probes load when 自检 runs, not with the pane.
    selfTest: async () => (await import(/* webpackChunkName: "selftest" */ "./probes")).excelSelfTest(env),

    async select(sheet: string, cell: string) {
      if (!parseA1(cell)) throw hostError("failed", { zh: `（无效的单元格：${cell}）`, en: `(Invalid cell: ${cell})` });
      await run(async ({ ctx }) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load("visibility");
        await ctx.sync();
        // Activating a hidden sheet fails, or shows it: either way not what a click on a finding should do.
        if (ws.visibility !== "Visible") throw hiddenSheet(sheet);
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
        // Excel on the web does not activate a sheet added in the same batch (office-js#930).
        await ctx.sync();
        ws.activate();
        await ctx.sync();
      }, false);
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
        await ctx.sync();
        ws.activate();
        await ctx.sync();
      });
    },
  };
}
