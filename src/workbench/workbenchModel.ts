import { parseA1, type LocalText, type Report } from "../engine";
import { createBrowserHost, type BrowserHostEvents } from "../hosts/browser/browserHost";
import { EngineError, type Activity, type EngineClient } from "../hosts/browser/engineClient";
import { applyDelta, bookOf, type OpenedBook } from "../hosts/browser/openedBook";
import { appendToLog, readFileLog } from "../hosts/browser/fileLog";
import type { Delta, FileLog } from "../hosts/browser/protocol";
import type { SettingsStore } from "../hosts/browser/settingsStore";
import type { PaneHost, PaneSettings } from "../app/host";
import type { Reviews } from "../app/review/decision";
import type { FormFacts } from "../app/review/formFacts";
import { batchFileName, CSV_MIME, summaryCsvBytes, summaryXlsxBytes, XLSX_MIME, ZIP_MIME, zipCopies } from "./batch/exportSummary";
import type { FileStore, StoredFile } from "./batch/fileStore";
import { workbenchRows, type Unreadable, type WorkbenchRow } from "./batch/summaryRows";
import { checkedFileName } from "./fileName";
import { SHELL_STRINGS, type Lang } from "./strings";

export interface FileView {
  book: OpenedBook;
  host: PaneHost;
  /** The sheet on screen. */
  sheet: string;
  /** The selected cell of that sheet, 0-based. */
  selection: { row: number; col: number } | null;
  /** Bumped whenever the grid must bring the selection into view. */
  scrollSerial: number;
  /** The last 校验 of the pane; `judged` is a read-only check for the summary when there is none. */
  report: Report | null;
  judged: Report | null;
  /** Bumped on every change to the workbook, so that the grid redraws. */
  version: number;
  /** Bumped to give the file a fresh pane (after settings changed in another file's pane). */
  paneEpoch: number;
  /** The settings (settingsKey) that made `report` and `judged`: results of other settings are stale. */
  reportWith: string | null;
  judgedWith: string | null;
  /** What the forms say of themselves (unit, grade written), index-aligned with the last report's tables. */
  facts: FormFacts[] | null;
  /** The decisions recorded on the file, as last read or saved. */
  reviews: Reviews | null;
  /** Where 全部校验 and 全部下载 are with this file. */
  status: "idle" | "queued" | "checking" | "failed";
  /** Its key in the file store, when it is kept across reloads. */
  storeKey: string | null;
}

export interface Message {
  id: number;
  /** warning: done, with something the user must know (what the downloaded copy lacks). */
  kind: "error" | "warning" | "info";
  text: LocalText;
}

export interface WorkbenchState {
  files: FileView[];
  active: number | null;
  activity: Activity;
  messages: Message[];
  lang: Lang;
  mode: EngineClient["mode"];
  /** Files that could not be opened: the summary lists them. */
  unreadable: Unreadable[];
  /** 全部校验 or 全部下载 under way: how many files are done, and the one being worked on. */
  batch: { kind: "check" | "download"; done: number; total: number; current: string | null } | null;
  /** The settings results are judged against (profile and language). */
  settingsKey: string;
}

export interface LoadedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Saves bytes as a download under a name (the page's link trick; a test's recorder); an .xlsx unless MIME says else. */
export type Saver = (bytes: ArrayBuffer, name: string, mime?: string) => void;

export interface WorkbenchOptions {
  /** Keeps opened files and their decisions across reloads; may still be opening (the page draws before it is there). */
  store?: FileStore | null | Promise<FileStore | null>;
  /** The bundled sample, which 插入示例 opens as a workbook of its own. */
  sample?: () => LoadedFile;
}

/** What results depend on: the profile and the language that made them. */
export const settingsKey = (s: Pick<PaneSettings, "profile" | "lang">) => `${s.profile}|${s.lang}`;

/** Whether the file's results were made with other settings than the current ones. */
export function isStale(view: FileView, key: string): boolean {
  if (view.report) return view.reportWith !== key;
  return view.judged !== null && view.judgedWith !== key;
}

function failureText(e: unknown): LocalText {
  if (e instanceof EngineError) return e.failure.messages;
  if (e instanceof Error && "messages" in e) return (e as { messages: LocalText }).messages;
  return { zh: String(e), en: String(e) };
}

const firstSheetOf = (book: OpenedBook) =>
  book.mirror.workbook.sheets.find((s) => s.values.length > 0)?.name ?? book.mirror.workbook.sheets[0]?.name ?? "";

/**
 * The workbench's state and what the page can do: open files, switch file and sheet, select cells, download the
 * annotated copy. Each opened file has its own pane host; the engine runs behind `client`.
 */
export class WorkbenchModel {
  private state: WorkbenchState;
  private readonly listeners = new Set<() => void>();
  private nextMessage = 1;
  private readonly store: Promise<FileStore | null>;
  /** What each open file went through since it was opened, as kept in the store; null once it cannot be kept. */
  private readonly logs = new Map<number, FileLog | null>();
  /** The store's writes of logs, in order (an append must land after what it follows). */
  private logWrites: Promise<void> = Promise.resolve();
  /** What the pane of a file brought back by a reload shows until its next 校验 (see restoredReport). */
  private readonly restoredReports = new Map<number, Report>();
  /** Files whose last log write was taken: the store holds their log as it was then, so a call's changes can be appended. */
  private readonly logsInStep = new Set<number>();
  private storeFailedSaid = false;

  constructor(
    private readonly client: EngineClient,
    private readonly settings: SettingsStore,
    private readonly save: Saver,
    private readonly options: WorkbenchOptions = {},
  ) {
    this.store = Promise.resolve(options.store ?? null).catch(() => null);
    const s = settings.get();
    this.state = {
      files: [],
      active: null,
      activity: { running: 0, progress: null },
      messages: [],
      lang: s.lang,
      mode: client.mode,
      unreadable: [],
      batch: null,
      settingsKey: settingsKey(s),
    };
    client.onActivity((activity) => this.set({ activity }));
    settings.subscribe((s) => {
      // Every other file's pane still holds the old settings: give each a fresh one (they are hidden, so nothing flickers).
      const files = this.state.files.map((f) => (f.book.file === this.state.active ? f : { ...f, paneEpoch: f.paneEpoch + 1 }));
      const key = settingsKey(s);
      const changed = key !== this.state.settingsKey;
      this.set({ lang: s.lang, files, settingsKey: key });
      // Read-only results are cheap to redo; a 校验's marks are the user's to redo, until then they show as 已过期.
      if (changed) void this.judgeUnchecked();
    });
  }

  getState = (): WorkbenchState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(change: Partial<WorkbenchState>): void {
    this.state = { ...this.state, ...change };
    for (const l of this.listeners) l();
  }

  private update(file: number, change: (f: FileView) => Partial<FileView>): void {
    this.set({ files: this.state.files.map((f) => (f.book.file === file ? { ...f, ...change(f) } : f)) });
  }

  fileView(file: number | null): FileView | null {
    return this.state.files.find((f) => f.book.file === file) ?? null;
  }

  private message(kind: Message["kind"], text: LocalText): void {
    this.set({ messages: [...this.state.messages, { id: this.nextMessage++, kind, text }] });
  }

  dismiss(id: number): void {
    this.set({ messages: this.state.messages.filter((m) => m.id !== id) });
  }

  private events: BrowserHostEvents = {
    changed: (book) => this.update(book.file, (f) => ({ version: f.version + 1 })),
    selected: (book, sheet, cell) => {
      const at = parseA1(cell);
      if (at) this.update(book.file, (f) => ({ sheet, selection: at, scrollSerial: f.scrollSerial + 1 }));
    },
    reported: (book, report) => this.update(book.file, () => ({ report, reportWith: this.state.settingsKey, facts: null })),
    isActive: (book) => this.state.active === book.file,
    applied: (book, delta) => this.logged(book, delta),
    insertSample: () => this.openSample(),
  };

  /** The pane's host, whose recorded decisions also reach the summary and the file store. */
  private hostFor(book: OpenedBook): PaneHost {
    const host = createBrowserHost(this.client, book, this.settings, this.events);
    return {
      ...host,
      restoredReport: () => this.restoredReports.get(book.file) ?? null,
      saveReviews: async (reviews) => {
        await host.saveReviews(reviews);
        this.update(book.file, () => ({ reviews }));
        const key = this.fileView(book.file)?.storeKey;
        if (key) await (await this.store)?.setReviews(key, reviews).catch(() => undefined);
      },
    };
  }

  /** Adds a call's changes to the file's log, and keeps the log in the store (once it holds the file). */
  private logged(book: OpenedBook, delta: Delta): void {
    const was = this.logs.get(book.file);
    if (was === null || !this.fileView(book.file)) return;
    const from = was ?? { ops: [] };
    const next = appendToLog(from, delta);
    if (next === from && was) return;
    this.logs.set(book.file, next);
    if (!next) this.message("warning", { zh: SHELL_STRINGS.zh.logTooLong(book.name), en: SHELL_STRINGS.en.logTooLong(book.name) });
    // The call's changes as the log keeps them (read again: a preview's place is left out).
    const part: FileLog | undefined = next ? { ops: next.ops.slice(from.ops.length) } : undefined;
    if (part && delta.record) part.record = next!.record;
    this.keepLog(book.file, part);
  }

  /**
   * Writes the file's log to the store: the call's changes `part` after the log as stored when the last write was taken,
   * else the whole log as it is now. A refused write leaves the store with the log as last written (a state the file was
   * in, which a reload would bring back): said once, and the next write, whole, catches up if the browser takes it.
   */
  private keepLog(file: number, part?: FileLog): void {
    const key = this.fileView(file)?.storeKey;
    if (!key || !this.logs.has(file)) return;
    const log = this.logs.get(file) ?? null;
    this.logWrites = this.logWrites.then(async () => {
      const store = await this.store;
      if (!store) return;
      const append = part !== undefined && this.logsInStep.has(file);
      this.logsInStep.delete(file);
      try {
        await (append ? store.appendLog(key, part) : store.setLog(key, log));
        if (log && this.logs.has(file)) this.logsInStep.add(file);
      } catch {
        if (this.storeFailedSaid) return;
        this.storeFailedSaid = true;
        this.message("warning", { zh: SHELL_STRINGS.zh.storeFailed, en: SHELL_STRINGS.en.storeFailed });
      }
    });
  }

  /** Every log write asked so far is done (tests; the page never waits for them). */
  logsKept(): Promise<void> {
    return this.logWrites;
  }

  /** Opens the bundled sample as a workbook of its own (never into a file the user opened). */
  async openSample(): Promise<void> {
    const sample = this.options.sample?.();
    if (sample) await this.open([sample]);
  }

  /** Opens each file in turn; the first that opens comes on screen. A file that cannot be read gets a message and a row. */
  async open(files: readonly LoadedFile[], skipped: readonly string[] = []): Promise<void> {
    if (skipped.length > 0) {
      this.message("info", { zh: SHELL_STRINGS.zh.skipped(skipped.join("、")), en: SHELL_STRINGS.en.skipped(skipped.join(", ")) });
    }
    let first: number | null = null;
    for (const f of files) {
      const kept = this.options.store ? f.bytes.slice(0) : null;
      const view = await this.openOne(f);
      if (!view) continue;
      first ??= view.book.file;
      const store = kept && (await this.store);
      if (kept && store) {
        const key = `${Date.now()}-${view.book.file}-${Math.random().toString(36).slice(2)}`;
        const stored: StoredFile = { key, name: f.name, bytes: kept, reviews: null, opened: Date.now(), log: { ops: [] } };
        try {
          await store.put(stored);
          this.update(view.book.file, () => ({ storeKey: stored.key }));
          // Changes made while it was being stored.
          this.keepLog(view.book.file);
        } catch {
          // Not kept across reloads (storage full or refused); open all the same.
        }
      }
    }
    if (first !== null) this.activate(first);
    await this.judgeUnchecked();
  }

  /** Opens the files kept from an earlier visit, with the decisions recorded on them. */
  async restore(): Promise<void> {
    const store = await this.store;
    if (!store) return;
    const kept = await store.list().catch((): StoredFile[] => []);
    let first: number | null = null;
    for (const k of kept) {
      // Opened in this visit already (kept while the list was read).
      if (this.state.files.some((f) => f.storeKey === k.key)) continue;
      const view = await this.openKept(k);
      if (!view) {
        await store.remove(k.key).catch(() => undefined);
        continue;
      }
      first ??= view.book.file;
      this.update(view.book.file, () => ({ storeKey: k.key, reviews: k.reviews }));
      this.keepLog(view.book.file);
      // The decisions go back into the file's record, as they were when the page closed (the log's record has them, unless
      // a write of the log was refused since, or the file was kept before logs were).
      if (k.reviews) await view.host.saveReviews(k.reviews).catch(() => undefined);
    }
    if (first !== null) this.activate(first);
    await this.judgeUnchecked();
  }

  /**
   * A kept file opened from its bytes and brought to where it was before the reload — its log replayed in the engine and
   * in the page's copy — before it shows, so that nothing the user does comes between. A log that does not read or does
   * not replay opens the file afresh, as first opened, with a notice; its log then starts anew.
   */
  private async openKept(kept: StoredFile): Promise<FileView | null> {
    const f = () => ({ name: kept.name, bytes: kept.bytes.slice(0) });
    // Kept before logs were (nothing to replay, nothing to say), or with nothing done to it yet.
    const log = kept.log === undefined ? { ops: [] } : kept.log && readFileLog(kept.log);
    const fresh = log !== null && log.ops.length === 0 && !log.record;
    if (log && !fresh) {
      let book: OpenedBook;
      try {
        book = await this.openBook(f());
      } catch (e) {
        return this.openFailed(kept.name, e);
      }
      try {
        await this.client.send({ op: "replay", file: book.file, log });
        applyDelta(book, { ops: log.ops, ...(log.record ? { record: log.record } : {}) });
        this.logs.set(book.file, log);
        const judged = await this.judgeRestored(book);
        const view = this.addView(book);
        if (judged) this.update(book.file, () => ({ judged: judged.report, judgedWith: judged.key, facts: judged.facts }));
        return view;
      } catch {
        // Replayed in part (the engine has let it go) or not at all: opened afresh below.
        await this.client.send({ op: "close", file: book.file }).catch(() => undefined);
      }
    }
    const view = await this.openOne(f());
    if (!view) return null;
    this.logs.set(view.book.file, { ops: [] });
    if (!fresh) this.message("warning", { zh: SHELL_STRINGS.zh.notRestored(kept.name), en: SHELL_STRINGS.en.notRestored(kept.name) });
    return view;
  }

  /**
   * A file checked before the reload (its marks are back) is judged again, read-only, so that its pane shows the findings
   * the marks stand for: nothing is written, the marks stay as they were brought back.
   */
  private async judgeRestored(book: OpenedBook): Promise<{ report: Report; facts: FormFacts[]; key: string } | null> {
    if (book.mirror.countMarks("check") === 0) return null;
    try {
      const key = this.state.settingsKey;
      const { report, facts } = await this.client.send({ op: "judge", file: book.file, settings: this.settings.get() });
      this.restoredReports.set(book.file, report);
      return { report, facts, key };
    } catch {
      // The pane then shows no findings until the next 校验, as the marks alone say.
      return null;
    }
  }

  private async openBook(f: LoadedFile): Promise<OpenedBook> {
    const { opened } = await this.client.send({ op: "open", name: f.name, bytes: f.bytes, lang: this.state.lang }, [f.bytes]);
    return bookOf(opened);
  }

  private addView(book: OpenedBook): FileView {
    const view: FileView = {
      book,
      host: this.hostFor(book),
      sheet: firstSheetOf(book),
      selection: null,
      scrollSerial: 0,
      report: null,
      judged: null,
      version: 0,
      paneEpoch: 0,
      reportWith: null,
      judgedWith: null,
      facts: null,
      reviews: null,
      status: "idle",
      storeKey: null,
    };
    this.set({ files: [...this.state.files, view], active: this.state.active ?? book.file });
    return view;
  }

  private openFailed(name: string, e: unknown): null {
    const why = failureText(e);
    this.message("error", { zh: SHELL_STRINGS.zh.openFailed(name) + why.zh, en: SHELL_STRINGS.en.openFailed(name) + why.en });
    this.set({ unreadable: [...this.state.unreadable, { name, reason: why }] });
    return null;
  }

  private async openOne(f: LoadedFile): Promise<FileView | null> {
    try {
      return this.addView(await this.openBook(f));
    } catch (e) {
      return this.openFailed(f.name, e);
    }
  }

  /** With several files open, a read-only check of each file not yet checked, for the summary. */
  async judgeUnchecked(): Promise<void> {
    if (this.state.files.length < 2) return;
    for (const f of this.state.files) {
      if (f.report || (f.judged && f.judgedWith === this.state.settingsKey)) continue;
      try {
        const key = this.state.settingsKey;
        const { report, facts } = await this.client.send({ op: "judge", file: f.book.file, settings: this.settings.get() });
        const reviews = await f.host.loadReviews();
        this.update(f.book.file, () => ({ judged: report, judgedWith: key, facts, reviews }));
      } catch {
        // The summary lists the file as pending; its own pane shows any error when the user checks it.
      }
    }
  }

  activate(file: number): void {
    if (this.fileView(file)) this.set({ active: file });
  }

  showSheet(file: number, sheet: string): void {
    this.update(file, (f) => (f.sheet === sheet ? {} : { sheet, selection: null }));
  }

  /** Selects a cell from the grid (click, arrow keys) or from the summary (which also switches file and scrolls). */
  selectCell(file: number, sheet: string, row: number, col: number, scroll: boolean): void {
    this.activate(file);
    this.update(file, (f) => ({ sheet, selection: { row, col }, scrollSerial: scroll ? f.scrollSerial + 1 : f.scrollSerial }));
  }

  /** Closes the file and forgets it (it does not come back on reload). */
  async close(file: number): Promise<void> {
    const key = this.fileView(file)?.storeKey;
    const files = this.state.files.filter((f) => f.book.file !== file);
    const index = this.state.files.findIndex((f) => f.book.file === file);
    const active = this.state.active === file ? (files[Math.min(index, files.length - 1)]?.book.file ?? null) : this.state.active;
    this.set({ files, active });
    this.logs.delete(file);
    this.logsInStep.delete(file);
    this.restoredReports.delete(file);
    // After any write of its log still under way, so that none puts the file back.
    if (key) await this.logWrites.then(async () => (await this.store)?.remove(key).catch(() => undefined));
    try {
      await this.client.send({ op: "close", file });
    } catch {
      // Already gone.
    }
  }

  /** Closes and forgets every file, and the list of files that could not be opened. */
  async closeAll(): Promise<void> {
    for (const f of this.state.files) await this.close(f.book.file);
    this.set({ unreadable: [] });
  }

  /** 校验 on the file (marks, record), its forms' facts and its decisions read for the summary. */
  private async checkFile(view: FileView): Promise<void> {
    this.update(view.book.file, () => ({ status: "checking" }));
    try {
      const settings = this.settings.get();
      await view.host.check(settings);
      const { facts } = await this.client.send({ op: "judge", file: view.book.file, settings });
      const reviews = await view.host.loadReviews();
      this.update(view.book.file, () => ({ facts, reviews, status: "idle" }));
    } catch (e) {
      this.update(view.book.file, () => ({ status: "failed" }));
      throw e;
    }
  }

  /** 校验 unless the file has results of the current settings from it. */
  private async ensureChecked(file: number): Promise<void> {
    const view = this.fileView(file);
    if (view && (!view.report || view.reportWith !== this.state.settingsKey)) await this.checkFile(view);
  }

  /** Runs one step per open file, in order, with the batch's progress in the state; a file that fails gets a message. */
  private async eachFile(kind: "check" | "download", step: (file: number) => Promise<void>): Promise<void> {
    const targets = this.state.files.map((f) => f.book.file);
    const queued = this.state.files.map((f): FileView => ({ ...f, status: "queued" }));
    this.set({ batch: { kind, done: 0, total: targets.length, current: null }, files: queued });
    try {
      for (const [i, file] of targets.entries()) {
        const view = this.fileView(file);
        if (!view) continue;
        this.set({ batch: { kind, done: i, total: targets.length, current: view.book.name } });
        try {
          await step(file);
        } catch (e) {
          const why = failureText(e);
          this.message("error", { zh: `${view.book.name}：${why.zh}`, en: `${view.book.name}: ${why.en}` });
        }
        this.update(file, (f) => (f.status === "failed" ? {} : { status: "idle" }));
      }
    } finally {
      this.set({ batch: null, files: this.state.files.map((f) => (f.status === "queued" ? { ...f, status: "idle" } : f)) });
    }
  }

  /** 全部校验: 校验 on every open file in turn. */
  async checkAll(): Promise<void> {
    await this.eachFile("check", async (file) => {
      const view = this.fileView(file);
      if (view) await this.checkFile(view);
    });
  }

  /** The summary: one row per form of every open file, one per file that could not be opened. */
  rows(): WorkbenchRow[] {
    const key = this.state.settingsKey;
    const files = this.state.files.map((f) => ({
      file: f.book.file,
      name: f.book.name,
      report: f.report ?? f.judged,
      checked: f.report !== null,
      stale: isStale(f, key),
      facts: f.facts,
      reviews: f.reviews,
    }));
    return workbenchRows(files, this.state.unreadable);
  }

  /** Saves the summary's rows (as shown: sorted, filtered) as 校验汇总-<date>.xlsx or .csv. */
  async exportSummary(kind: "xlsx" | "csv", rows: readonly WorkbenchRow[]): Promise<string> {
    const lang = this.state.lang;
    const name = batchFileName("summary", kind, lang);
    const clean = rows.map(({ fileId: _file, state: _state, ...row }) => row);
    if (kind === "csv") this.save(summaryCsvBytes(clean, lang), name, CSV_MIME);
    else this.save(await summaryXlsxBytes(clean, lang), name, XLSX_MIME);
    this.saidDone(name, null);
    return name;
  }

  /** The annotated copy's bytes, after a 校验 when the file has no current results; a warning when it lacks parts. */
  private async copyOf(file: number): Promise<{ name: string; bytes: ArrayBuffer; lost: LocalText | null }> {
    await this.ensureChecked(file);
    const view = this.fileView(file);
    if (!view) throw new Error("closed");
    const name = checkedFileName(view.book.name);
    const { download } = await this.client.send({ op: "download", file, settings: this.settings.get() });
    return { name, bytes: download.bytes, lost: download.lost };
  }

  private saidDone(name: string, lost: LocalText | null): void {
    const { zh, en } = SHELL_STRINGS;
    if (lost) this.message("warning", { zh: zh.downloadedLacking(name, lost.zh), en: en.downloadedLacking(name, lost.en) });
    else this.message("info", { zh: zh.downloaded(name), en: en.downloaded(name) });
  }

  /** Builds the annotated copy of the file (checking it first if needed) and hands it to the saver as NAME.checked.xlsx. */
  async download(file: number): Promise<string | null> {
    if (!this.fileView(file)) return null;
    try {
      const copy = await this.copyOf(file);
      this.save(copy.bytes, copy.name, XLSX_MIME);
      this.saidDone(copy.name, copy.lost);
      return copy.name;
    } catch (e) {
      this.message("error", failureText(e));
      return null;
    }
  }

  /** 全部下载: every file's checked copy (checked first where its results are missing or stale) in one .zip. */
  async downloadAll(): Promise<string | null> {
    const copies: { name: string; bytes: ArrayBuffer }[] = [];
    await this.eachFile("download", async (file) => {
      const copy = await this.copyOf(file);
      copies.push(copy);
      if (copy.lost) this.saidDone(copy.name, copy.lost);
    });
    if (copies.length === 0) return null;
    const name = batchFileName("copies", "zip", this.state.lang);
    this.save(await zipCopies(copies), name, ZIP_MIME);
    this.message("info", { zh: SHELL_STRINGS.zh.zipped(name, copies.length), en: SHELL_STRINGS.en.zipped(name, copies.length) });
    return name;
  }
}
