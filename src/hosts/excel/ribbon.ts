import type { LocalText, Report } from "../../engine";
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
  return {
    cells: outcome.restored,
    leftAlone: outcome.leftAlone.length,
    ...(outcome.recordProblem ? { recordProblem: outcome.recordProblem } : {}),
  };
}

const errorText = (e: unknown) =>
  e instanceof HostError ? e.messages : { zh: `未知错误：${String(e)}`, en: `Unexpected error: ${String(e)}` };

/** The title line of the message a failed command shows. */
const FAILED: Record<LastRun["action"], LocalText> = {
  check: { zh: "校验未完成", en: "The check did not finish" },
  fill: { zh: "填充得分未完成", en: "Fill scores did not finish" },
  clear: { zh: "清除标记未完成", en: "Clear marks did not finish" },
  undo: { zh: "撤销填充未完成", en: "Undo fill did not finish" },
};

export interface RibbonOptions {
  now?: () => Date;
  /** Shows a message and resolves when it is closed (the function file opens an Office dialog); never rejects. */
  tell?: (text: LocalText) => Promise<void>;
}

/** How many sheets 校验 tries to land on before giving up (a finding on a hidden sheet cannot be selected). */
const SELECT_TRIES = 3;

/**
 * The ribbon's functions. Excel has no notification area an add-in command can write to, so each one (1) leaves its
 * outcome on this machine (localStorage), where the pane shows it when opened; (2) when it fails, says why in a dialog
 * and completes once the dialog is closed; (3) after 校验 selects the first marked finding on a sheet that is not
 * hidden, so the user lands on a marked cell with its note.
 */
export function ribbonActions(host: ExcelPaneHost, options: RibbonOptions = {}): Record<RibbonFunction, (event: RibbonEvent) => void> {
  const now = options.now ?? (() => new Date());
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
      if (outcome.error && options.tell)
        await options.tell({ zh: `${FAILED[action].zh}：${outcome.error.zh}`, en: `${FAILED[action].en}: ${outcome.error.en}` });
    };
    void done()
      .catch(() => undefined)
      .finally(() => event.completed());
  };

  return {
    runCheck: act("check", async () => {
      const settings = await host.loadSettings();
      const report = await host.check(settings);
      const firsts: Report["issues"] = [];
      for (const f of report.issues) if (settings.mark.includes(f.severity) && !firsts.some((x) => x.sheet === f.sheet)) firsts.push(f);
      for (const f of firsts.slice(0, SELECT_TRIES))
        if (
          await host.select(f.sheet, f.cell).then(
            () => true,
            () => false,
          )
        )
          break;
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
