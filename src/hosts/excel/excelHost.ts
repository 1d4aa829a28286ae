import { parseA1, type CellRange, type Report } from "../../engine";
import { isOwnOpinionHead } from "../../app/review/opinion";
import { OPINION_SHEET, opinionCells, opinionSheetOf } from "../../app/review/opinionSheet";
import type { PaneHost, PaneSettings } from "../../app/host";
import type { ExcelEnv, XlContext } from "./api";
import { excelInput } from "../common/cellInput";
import { hiddenSheet, hostError, toHostError } from "./errors";
import { excelHostBasics } from "./hostBasics";
import type { LastRun } from "./lastRun";
import { detectFeatures, MINIMUM_API } from "./features";
import {
  checkAndMark,
  clearMarks,
  fillScores,
  hostState,
  loadReviews,
  readReviewsAndFacts,
  readAndPlanScores,
  saveReviews,
  shownBy,
  undoFill,
  type Session,
  type Shown,
} from "./flows";
import { RECORD_LIMIT, WRITE_BUDGET } from "./requestSize";
import { REPORT_SHEET, REPORT_TITLE, reportRows } from "../../app/reportRows";
import { sessionSemantics, type HostSemantics } from "../../app/selfTest/semantics";

export const SAMPLE_SHEET = "示例自评表";

export type { LastRun } from "./lastRun";

export interface ExcelHostOptions {
  /** The sample workbook (.xlsx) as base64, for insertSample (bundled by webpack; read from disk in tests). */
  sampleWorkbook?: () => Promise<string> | string;
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

/**
 * Writes a sheet of ours and activates it: in place of a sheet of that name we wrote before (its A1 says so), else
 * under a free name beside the user's. Four syncs.
 */
async function writeOwnSheet(
  ctx: XlContext,
  base: string,
  isOurs: (a1: unknown) => boolean,
  rows: unknown[][],
  merges: CellRange[] = [],
): Promise<void> {
  const names = await sheetNames(ctx);
  let replace = false;
  if (names.includes(base)) {
    const a1 = ctx.workbook.worksheets.getItem(base).getRange("A1");
    a1.load("values");
    await ctx.sync();
    replace = isOurs(a1.values[0]?.[0]);
  }
  const name = replace ? base : freeName(base, names);
  if (replace) ctx.workbook.worksheets.getItem(base).delete();
  const ws = ctx.workbook.worksheets.add(name);
  ws.getRangeByIndexes(0, 0, rows.length, rows[0].length).values = rows.map((r) => r.map(toInput));
  for (const m of merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge();
  // Excel on the web does not activate a sheet added in the same batch (office-js#930).
  await ctx.sync();
  ws.activate();
  await ctx.sync();
}

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
      throw hostError("unsupported", {
        zh: `（需要 ExcelApi ${MINIMUM_API}：Office 2021 或更新版本、Microsoft 365）`,
        en: `(ExcelApi ${MINIMUM_API} is needed: Office 2021 or later, Microsoft 365.)`,
      });
    const features = detectFeatures((v) => env.supports(v), semantics());
    try {
      const session = {
        features,
        budget: options.writeBudget ?? WRITE_BUDGET,
        recordLimit: UNCAPPED.has(env.platform ?? "") ? Infinity : (options.recordLimit ?? RECORD_LIMIT),
      };
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
        const { plan, now } = await readAndPlanScores(s, settings, false);
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
    formFacts: () => run(async (s) => (await readReviewsAndFacts(s)).facts ?? []),
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
      await run(({ ctx }) => writeOwnSheet(ctx, REPORT_SHEET, (a1) => a1 === REPORT_TITLE, rows), false);
    },

    async exportOpinionSheet(report: Report, lang: "zh" | "en") {
      await run(async (s) => {
        const { reviews, facts } = await readReviewsAndFacts(s, report.tables.length);
        const layout = opinionSheetOf(report, { file: report.file ?? "", lang, date: new Date(), reviews, facts });
        await writeOwnSheet(s.ctx, OPINION_SHEET, isOwnOpinionHead, opinionCells(layout), layout.merges);
      }, false);
    },

    /** Opens the sample as a workbook of its own: nothing is written into the workbook the user has open. */
    async insertSample() {
      if (!options.sampleWorkbook) throw hostError("unsupported", { zh: "（未附带示例）", en: "(No sample bundled.)" });
      if (!env.supports(MINIMUM_API))
        throw hostError("unsupported", {
          zh: `（需要 ExcelApi ${MINIMUM_API}：Office 2021 或更新版本、Microsoft 365）`,
          en: `(ExcelApi ${MINIMUM_API} is needed: Office 2021 or later, Microsoft 365.)`,
        });
      const base64 = await options.sampleWorkbook();
      try {
        await env.createWorkbook(base64);
      } catch (e) {
        throw toHostError(e);
      }
    },
  };
}
