import type { Report } from "../../engine";
import { HostError, type TakeBackOutcome } from "../../app/host";
import type { ExcelPaneHost, LastRun } from "./excelHost";

/** The names the manifest's <FunctionName> elements use, registered with Office.actions.associate. */
export const RIBBON_FUNCTIONS = ["runCheck", "fillScores", "clearMarks", "undoFill"] as const;
export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];

/** What Office passes to a ribbon function: it must hear `completed()` every time, error or not. */
export interface RibbonEvent {
  completed(): void;
}

function countsOf(report: Report) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.issues) counts[f.severity]++;
  return counts;
}

/** What 清除标记 / 撤销填充 leave for the pane: counts only (the pane lists the cells after a run of its own). */
function takeBackRun(outcome: TakeBackOutcome): Omit<LastRun, "action" | "at"> {
  return { cells: outcome.restored, leftAlone: outcome.leftAlone.length, ...(outcome.recordProblem ? { recordProblem: outcome.recordProblem } : {}) };
}

const errorText = (e: unknown) =>
  e instanceof HostError ? e.messages : { zh: `未知错误：${String(e)}`, en: `Unexpected error: ${String(e)}` };

/**
 * The ribbon's functions. Excel has no notification area an add-in command can write to, so each one (1) leaves
 * its outcome in the document settings, where the pane shows it when opened, and (2) after 校验 selects the first
 * error or warning so the user lands on a marked cell with its note.
 */
export function ribbonActions(host: ExcelPaneHost, now: () => Date = () => new Date()): Record<RibbonFunction, (event: RibbonEvent) => void> {
  const act = (action: LastRun["action"], work: () => Promise<Omit<LastRun, "action" | "at">>) => (event: RibbonEvent) => {
    const done = async () => {
      let outcome: LastRun;
      try {
        outcome = { action, at: now().toISOString(), ...(await work()) };
      } catch (e) {
        outcome = { action, at: now().toISOString(), error: errorText(e) };
      }
      try {
        await host.rememberRun(outcome);
      } catch {
        // The outcome is a courtesy for the pane; the command itself has done its work.
      }
    };
    void done().finally(() => event.completed());
  };

  return {
    runCheck: act("check", async () => {
      const settings = await host.loadSettings();
      const report = await host.check(settings);
      const first = report.issues.find((f) => settings.mark.includes(f.severity));
      if (first) await host.select(first.sheet, first.cell).catch(() => undefined);
      return { forms: report.tables.length, counts: countsOf(report) };
    }),
    fillScores: act("fill", async () => {
      const settings = await host.loadSettings();
      const plan = await host.previewFill(settings);
      const cells = plan.edits.length ? await host.fill(settings, false) : 0;
      return { cells, skipped: plan.skipped.length };
    }),
    clearMarks: act("clear", async () => takeBackRun(await host.clearMarks())),
    undoFill: act("undo", async () => takeBackRun(await host.undoFill())),
  };
}
