import type { Report } from "../../engine";
import { HostError, type PaneHost, type PaneSettings } from "../../app/host";
import { EngineError, type EngineClient } from "./engineClient";
import { nextTask } from "./nextTask";
import { applyDelta, type OpenedBook } from "./openedBook";
import type { Delta, SessionCalls, SessionMethod } from "./protocol";
import type { SettingsStore } from "./settingsStore";

export interface BrowserHostEvents {
  /** The book's workbook changed (marks, fills, a sheet written): redraw. */
  changed(book: OpenedBook): void;
  /** The pane asked for a cell: show the sheet, scroll to the cell, select it. */
  selected(book: OpenedBook, sheet: string, cell: string): void;
  /** A call's changes reached the page's copy (kept across reloads by the workbench). */
  applied?(book: OpenedBook, delta: Delta): void;
  /** A check finished. */
  reported(book: OpenedBook, report: Report): void;
  /** Whether the book is the one on screen: a hidden pane must not move the view. */
  isActive(book: OpenedBook): boolean;
  /** 插入示例 opens the sample as a workbook of its own; without it, the sample sheet goes into this book. */
  insertSample?(): Promise<void>;
}

const HOST_CODES: readonly HostError["code"][] = ["protected", "workbook-changed", "too-large", "unreadable", "unsupported", "failed"];

function hostErrorOf(e: unknown): unknown {
  if (!(e instanceof EngineError)) return e;
  const code = (HOST_CODES as readonly string[]).includes(e.failure.code) ? (e.failure.code as HostError["code"]) : "failed";
  return new HostError(code, e.failure.messages);
}

/**
 * The pane's host in the browser workbench: each action runs in the engine (a worker) on the file's session, and the
 * page's copy of the workbook follows what it changed. Settings are shared by every file and kept in the browser.
 */
export function createBrowserHost(client: EngineClient, book: OpenedBook, settings: SettingsStore, events: BrowserHostEvents): PaneHost {
  async function call<M extends SessionMethod>(method: M, ...args: SessionCalls[M]["args"]): Promise<SessionCalls[M]["result"]> {
    try {
      const { result, delta } = await client.send({ op: "call", file: book.file, method, args });
      // Reading a large answer (a check of a thousand forms), bringing the page's copy up to date and the pane's use of the
      // result each take a task of their own, so that none is long.
      await nextTask();
      const { changed, selection } = applyDelta(book, delta);
      events.applied?.(book, delta);
      if (changed) events.changed(book);
      if (selection && events.isActive(book)) events.selected(book, selection.sheet, selection.cell);
      await nextTask();
      return result as SessionCalls[M]["result"];
    } catch (e) {
      const delta = e instanceof EngineError ? e.failure.delta : undefined;
      if (delta) {
        const { changed } = applyDelta(book, delta);
        events.applied?.(book, delta);
        if (changed) events.changed(book);
      }
      throw hostErrorOf(e);
    }
  }

  // The pane checks its workbook right after 插入示例; when the sample opened as a workbook of its own, that check must
  // not mark this one: it is read-only, once.
  let readOnlyCheck = false;
  // The last check's report and who waits for the next: the pane shows a check the workbench ran (全部校验) too.
  let last: Report | null = null;
  const listeners = new Set<(report: Report) => void>();

  return {
    kind: "browser",
    async check(s: PaneSettings) {
      if (readOnlyCheck) {
        readOnlyCheck = false;
        const { report } = await client.send({ op: "judge", file: book.file, settings: s });
        return report;
      }
      const report = await call("check", s);
      last = report;
      events.reported(book, report);
      for (const l of [...listeners]) l(report);
      return report;
    },
    lastReport: () => last,
    onReport(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    previewFill: (s) => call("previewFill", s),
    fill: (s, overwrite, only) => call("fill", s, overwrite, only),
    clearMarks: () => call("clearMarks"),
    undoFill: () => call("undoFill"),
    async exportReportSheet(report, lang) {
      await call("exportReportSheet", report, lang);
    },
    async exportOpinionSheet(report, lang) {
      await call("exportOpinionSheet", report, lang);
    },
    async insertSample() {
      if (!events.insertSample) return void (await call("insertSample"));
      await events.insertSample();
      readOnlyCheck = true;
    },
    state: () => call("state"),
    loadReviews: () => call("loadReviews"),
    async saveReviews(reviews) {
      await call("saveReviews", reviews);
    },
    formFacts: () => call("formFacts"),
    selfTest: async () => (await import(/* webpackChunkName: "selftest" */ "./probes")).browserSelfTest(),
    async select(sheet, cell) {
      if (!events.isActive(book)) return;
      book.mirror.select(sheet, cell);
      events.selected(book, sheet, cell);
    },
    async loadSettings() {
      return settings.get();
    },
    async saveSettings(s) {
      settings.set(s);
    },
  };
}
