import { HostError, type PaneHost, type PaneSettings, DEFAULT_SETTINGS } from "../app/host";
import type { EtSpreadsheet } from "../hosts/wps/etSpreadsheet";
import type { EtApplication } from "../hosts/wps/etTypes";
import { readStoredRecord } from "../app/session/recordStore";
import { notesFor } from "../app/ownership/record";
import { checkSummary, fillSummary, LABELS, takeBackSummary } from "./messages";
import { togglePane } from "./taskPane";
import { onWorkbookChange } from "./workbookEvents";

/** What WPS hands a ribbon callback. */
export interface RibbonControl {
  Id: string;
}

export interface RibbonUI {
  Invalidate(): void;
  /** Re-asks one control's callbacks (older builds may lack it: then the whole ribbon is invalidated). */
  InvalidateControl?(id: string): void;
}

/** The buttons whose getEnabled depends on the active workbook. */
export const STATEFUL_BUTTONS = ["btnClearMarks", "btnUndoFill"];

export interface RibbonEnv {
  app: EtApplication;
  sheet: EtSpreadsheet;
  host: PaneHost;
  /** The task pane page's absolute URL. */
  taskpaneUrl: string;
  alert: (text: string) => void;
}

/**
 * The ribbon's callbacks. Each is synchronous: the session host's methods do all their work before their first await
 * when the spreadsheet is synchronous, so the workbook has changed by the time a handler returns; only the message
 * (status bar, or an alert for a failure) follows a microtask later. No handler throws into WPS.
 */
export function ribbonCallbacks(env: RibbonEnv) {
  const { app, sheet, host } = env;
  let ribbonUI: RibbonUI | null = null;
  let watching = false;

  const settings = (): PaneSettings => ({ ...DEFAULT_SETTINGS, ...(sheet.loadSettings() ?? {}) });
  const lang = () => settings().lang;
  const say = (text: string) => {
    try {
      app.StatusBar = text;
    } catch {
      env.alert(text);
    }
  };
  const fail = (error: unknown) => {
    const messages = error instanceof HostError ? error.messages : { zh: String(error), en: String(error) };
    env.alert(messages[lang()]);
  };
  const refresh = () => {
    const ui = ribbonUI;
    if (!ui) return;
    if (typeof ui.InvalidateControl === "function") for (const id of STATEFUL_BUTTONS) ui.InvalidateControl(id);
    else ui.Invalidate();
  };
  /** Starts `work` (synchronous underneath), reports its outcome, refreshes the buttons. */
  const run = <T>(work: () => Promise<T>, report: (result: T) => string) => {
    let started: Promise<T>;
    try {
      started = work();
    } catch (error) {
      fail(error);
      return;
    }
    started.then((result) => say(report(result)), fail).finally(refresh);
  };

  return {
    /** Keeps the ribbon handle and, once, refreshes 清除标记 / 撤销填充 whenever a workbook is opened or switched to. */
    OnAddinLoad(ribbon: RibbonUI): boolean {
      ribbonUI = ribbon;
      if (!watching) watching = onWorkbookChange(app, refresh).length > 0;
      return true;
    },

    OnAction(control: RibbonControl): boolean {
      const s = settings();
      switch (control.Id) {
        case "btnCheck":
          run(
            () => host.check(s),
            (report) => checkSummary(report, s.lang),
          );
          break;
        case "btnPane":
          try {
            togglePane(app, env.taskpaneUrl);
          } catch (error) {
            fail(error);
          }
          break;
        case "btnFill":
          run(
            async () => {
              const skipped = (await host.previewFill(s)).skipped.length;
              return { written: await host.fill(s, false), skipped };
            },
            ({ written, skipped }) => fillSummary(written, skipped, s.lang),
          );
          break;
        case "btnClearMarks":
          run(
            () => host.clearMarks(),
            (outcome) => takeBackSummary("marks", outcome, s.lang),
          );
          break;
        case "btnUndoFill":
          run(
            () => host.undoFill(),
            (outcome) => takeBackSummary("fills", outcome, s.lang),
          );
          break;
        default:
          break;
      }
      return true;
    },

    /** PNG icons drawn at build time into the package's images/ folder; WPS resolves the path against the entry page. */
    GetImage(control: RibbonControl): string {
      return `images/${control.Id}.png`;
    },

    GetLabel(control: RibbonControl): string {
      return LABELS[control.Id]?.[lang()] ?? control.Id;
    },

    /**
     * 清除标记 when there are marks of ours or recorded notes, 撤销填充 when there are recorded fills; both when the stored
     * record is refused, so that a click says why. (Synchronous: WPS wants the answer before the callback returns.)
     */
    GetEnabled(control: RibbonControl): boolean {
      if (control.Id !== "btnClearMarks" && control.Id !== "btnUndoFill") return true;
      try {
        const read = readStoredRecord(sheet);
        if (read.status === "invalid") return true;
        const record = read.status === "ok" ? read.record : null;
        if (control.Id === "btnUndoFill") return (record?.values.length ?? 0) > 0;
        return (record ? notesFor(record, "check").length : 0) > 0 || sheet.countMarks("check") > 0;
      } catch {
        return false;
      }
    },
  };
}
