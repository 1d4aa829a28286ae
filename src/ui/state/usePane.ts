import { useCallback, useEffect, useRef, useState } from "react";
import type { CellAt, LocalText, Plan, Report } from "../../engine";
import type { FormFacts } from "../../app/review/formFacts";
import { DEFAULT_SETTINGS, HostError, type HostState, type PaneHost, type PaneSettings, type TakeBackOutcome } from "../../app/host";
import { reportCsv, reportFileName } from "../../app/reportCsv";
import { downloadText } from "../export/download";
import { DICTIONARIES } from "../i18n";
import { countBySeverity } from "./findings";
import { useReviews } from "./useReviews";

export type PaneError = { kind: "host"; code: HostError["code"]; messages: LocalText } | { kind: "other"; detail: string };

/** What the last 清除标记 or 撤销填充 did, shown until the next action. */
export interface TakeBackShown {
  action: "clearMarks" | "undoFill";
  outcome: TakeBackOutcome;
}

/** The cells 填充得分 may write once the preview is confirmed: those it showed, and the skipped ones only when chosen. */
export function previewedCells(plan: Plan, overwrite: boolean): CellAt[] {
  const writes = plan.edits.flatMap((e) => (e.kind === "value" ? [e.at] : []));
  return overwrite ? [...writes, ...plan.skipped.map((s) => s.at)] : writes;
}

export interface Announcement {
  text: string;
  /** Changes on every announcement so that the same words are read again. */
  serial: number;
}

/** Recognises a HostError even when it crossed a bundle boundary (instanceof fails there). */
export function toPaneError(error: unknown): PaneError {
  const e = error as Partial<HostError> | null;
  if (error instanceof HostError || (e && e.name === "HostError" && e.messages && typeof e.messages.zh === "string")) {
    return { kind: "host", code: (e as HostError).code, messages: (e as HostError).messages };
  }
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return { kind: "other", detail };
}

/** The pane's state and every action it offers, over a PaneHost. */
export function usePane(host: PaneHost) {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [report, setReport] = useState<Report | null>(null);
  /** The forms' facts read for the shown report (when the host offers them): the printed 审核意见 names the units. */
  const [facts, setFacts] = useState<{ report: Report; facts: FormFacts[] } | null>(null);
  const [hostState, setHostState] = useState<HostState>({ marks: 0, fills: 0 });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement>({ text: "", serial: 0 });
  const [preview, setPreview] = useState<Plan | null>(null);
  const [takeBack, setTakeBack] = useState<TakeBackShown | null>(null);
  const previewRef = useRef<Plan | null>(null);
  previewRef.current = preview;
  const busyRef = useRef(false);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const reviews = useReviews(host, report, (e) => setError(toPaneError(e)));
  const loadReviews = reviews.load;
  const reportShownRef = useRef(false);
  reportShownRef.current = report !== null;
  /** Results from another profile or language than the settings now say: shown as 结果已过期 until re-checked. */
  const stale = report !== null && (report.profile !== settings.profile || report.lang !== settings.lang);

  const t = DICTIONARIES[settings.lang];
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, serial: a.serial + 1 })), []);

  const refreshState = useCallback(async () => {
    try {
      setHostState(await host.state());
    } catch {
      // The state only enables buttons; a failure here must not hide the action's own result or error.
    }
  }, [host]);

  /** Runs one host action: one at a time, busy meanwhile, its error shown, the host state refreshed after. */
  const run = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      setBusy(true);
      setError(null);
      setTakeBack(null);
      let ok = true;
      try {
        await action();
      } catch (e) {
        ok = false;
        setError(toPaneError(e));
      } finally {
        await refreshState();
        busyRef.current = false;
        setBusy(false);
      }
      return ok;
    },
    [refreshState],
  );

  useEffect(() => {
    void run(async () => {
      const loaded = await host.loadSettings();
      setSettings({ ...DEFAULT_SETTINGS, ...loaded });
    });
  }, [host, run]);

  const adoptedRef = useRef<{ report: Report; loaded: Promise<void> } | null>(null);
  /** The report shown is one restored after a reload (see PaneHost.restoredReport), not a check of this visit. */
  const [restored, setRestored] = useState(false);
  /** Shows a report of this workbook with its stored decisions: once per report, whoever's check gave it. */
  const adopt = useCallback(
    (r: Report, fromBeforeReload = false): Promise<void> => {
      if (adoptedRef.current?.report === r) return adoptedRef.current.loaded;
      setReport(r);
      setRestored(fromBeforeReload);
      const loaded = loadReviews().catch((e: unknown) => {
        // The check itself succeeded: its findings are shown, the decisions' failure beside them.
        setError(toPaneError(e));
      });
      adoptedRef.current = { report: r, loaded };
      return loaded;
    },
    [loadReviews],
  );

  // A check the pane did not ask for (the workbench's 全部校验) is shown as if it had: the last one, and each after it.
  // Else, after a reload, the results of the check before it.
  useEffect(() => {
    const last = host.lastReport?.();
    const before = last ? null : host.restoredReport?.();
    if (last) void adopt(last);
    else if (before) void adopt(before, true);
    return host.onReport?.((r) => void adopt(r));
  }, [host, adopt]);

  const doCheck = useCallback(async () => {
    const s = settingsRef.current;
    const r = await host.check(s);
    await adopt(r);
    const counts = countBySeverity(r.issues);
    announce(
      DICTIONARIES[s.lang].announceChecked({ tables: r.tables.length, errors: counts.error, warnings: counts.warning, infos: counts.info }),
    );
  }, [host, announce, adopt]);

  const check = useCallback(() => run(doCheck), [run, doCheck]);

  const insertSample = useCallback(
    () =>
      run(async () => {
        await host.insertSample();
        await doCheck();
      }),
    [run, host, doCheck],
  );

  const openFillPreview = useCallback(() => run(async () => setPreview(await host.previewFill(settingsRef.current))), [run, host]);

  const cancelFill = useCallback(() => setPreview(null), []);

  /** Writes exactly the cells the preview showed (the workbook may have changed since: nothing else is written). */
  const confirmFill = useCallback(
    (overwrite: boolean) =>
      run(async () => {
        const plan = previewRef.current;
        setPreview(null);
        if (!plan) return;
        const s = settingsRef.current;
        const n = await host.fill(s, overwrite, previewedCells(plan, overwrite));
        // The shown findings were about the cells before the fill: a fresh check makes them describe the sheet as it is.
        if (reportShownRef.current && n > 0) await doCheck();
        announce(DICTIONARIES[s.lang].announceFilled(n));
      }),
    [run, host, announce, doCheck],
  );

  const takeBackAction = useCallback(
    (action: TakeBackShown["action"]) =>
      run(async () => {
        const outcome = action === "clearMarks" ? await host.clearMarks() : await host.undoFill();
        setTakeBack({ action, outcome });
        const t = DICTIONARIES[settingsRef.current.lang];
        announce((action === "clearMarks" ? t.announceCleared : t.announceUndone)(outcome.restored, outcome.leftAlone.length));
      }),
    [run, host, announce],
  );
  const clearMarks = useCallback(() => takeBackAction("clearMarks"), [takeBackAction]);
  const undoFill = useCallback(() => takeBackAction("undoFill"), [takeBackAction]);
  const dismissTakeBack = useCallback(() => setTakeBack(null), []);

  /** Navigation is quick and frequent: it does not make the pane busy, but its failure is shown. */
  const select = useCallback(
    async (at: { sheet: string; cell: string }) => {
      try {
        await host.select(at.sheet, at.cell);
      } catch (e) {
        setError(toPaneError(e));
      }
    },
    [host],
  );

  const exportSheet = useCallback(
    () =>
      run(async () => {
        if (!report) return;
        const lang = settingsRef.current.lang;
        await host.exportReportSheet(report, lang);
        announce(DICTIONARIES[lang].announceExported);
      }),
    [run, host, report, announce],
  );

  const exportOpinion = useCallback(
    () =>
      run(async () => {
        if (!report || !host.exportOpinionSheet) return;
        const lang = settingsRef.current.lang;
        reviews.flush();
        await host.exportOpinionSheet(report, lang);
        announce(DICTIONARIES[lang].review.announceOpinionExported);
      }),
    [run, host, report, announce, reviews],
  );

  /** Reads the forms' facts for the shown report before printing; without them (or on failure) the units print blank. */
  const loadFacts = useCallback(async () => {
    const shown = adoptedRef.current?.report;
    if (!shown || !host.formFacts) return;
    try {
      const read = await host.formFacts();
      // Index-aligned with the report's tables only while the workbook holds as many forms as the check found.
      setFacts(read.length === shown.tables.length ? { report: shown, facts: read } : null);
    } catch {
      setFacts(null);
    }
  }, [host]);

  const exportCsv = useCallback(() => {
    if (!report) return;
    const lang = settingsRef.current.lang;
    const dict = DICTIONARIES[lang];
    setError(null);
    if (downloadText(reportCsv(report, lang, { file: report.file }), reportFileName(report.file, lang))) announce(dict.announceCsv);
    else setError({ kind: "other", detail: "Blob download is not available here" });
  }, [report, announce]);

  const updateSettings = useCallback(
    async (change: Partial<PaneSettings>) => {
      const next = { ...settingsRef.current, ...change };
      settingsRef.current = next;
      setSettings(next);
      try {
        await host.saveSettings(next);
      } catch (e) {
        setError(toPaneError(e));
      }
    },
    [host],
  );

  const dismissError = useCallback(() => setError(null), []);

  return {
    t,
    settings,
    report,
    hostState,
    busy,
    error,
    announcement,
    preview,
    takeBack,
    stale,
    restored,
    reviews,
    facts: facts && facts.report === report ? facts.facts : null,
    actions: {
      loadFacts,
      exportOpinion,
      check,
      insertSample,
      openFillPreview,
      cancelFill,
      confirmFill,
      clearMarks,
      undoFill,
      dismissTakeBack,
      select,
      exportSheet,
      exportCsv,
      updateSettings,
      dismissError,
    },
  };
}

export type PaneModel = ReturnType<typeof usePane>;
