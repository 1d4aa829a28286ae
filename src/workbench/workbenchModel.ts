import { parseA1, type LocalText, type Report } from "../engine";
import { createBrowserHost, type BrowserHostEvents } from "../hosts/browser/browserHost";
import { EngineError, type Activity, type EngineClient } from "../hosts/browser/engineClient";
import { bookOf, type OpenedBook } from "../hosts/browser/openedBook";
import type { SettingsStore } from "../hosts/browser/settingsStore";
import type { PaneHost } from "../app/host";
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
}

export interface LoadedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Saves bytes as a download under a name (the page's link trick; a test's recorder). */
export type Saver = (bytes: ArrayBuffer, name: string) => void;

const firstSheetOf = (book: OpenedBook) => book.mirror.workbook.sheets.find((s) => s.values.length > 0)?.name ?? book.mirror.workbook.sheets[0]?.name ?? "";

/**
 * The workbench's state and what the page can do: open files, switch file and sheet, select cells, download the
 * annotated copy. Each opened file has its own pane host; the engine runs behind `client`.
 */
export class WorkbenchModel {
  private state: WorkbenchState;
  private readonly listeners = new Set<() => void>();
  private nextMessage = 1;

  constructor(
    private readonly client: EngineClient,
    private readonly settings: SettingsStore,
    private readonly save: Saver,
  ) {
    this.state = { files: [], active: null, activity: { running: 0, progress: null }, messages: [], lang: settings.get().lang, mode: client.mode };
    client.onActivity((activity) => this.set({ activity }));
    settings.subscribe((s) => {
      // Every other file's pane still holds the old settings: give each a fresh one (they are hidden, so nothing flickers).
      const files = this.state.files.map((f) => (f.book.file === this.state.active ? f : { ...f, paneEpoch: f.paneEpoch + 1 }));
      this.set({ lang: s.lang, files });
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
    reported: (book, report) => this.update(book.file, () => ({ report })),
    isActive: (book) => this.state.active === book.file,
  };

  /** Opens each file in turn; the first that opens comes on screen. A file that cannot be read gets a message. */
  async open(files: readonly LoadedFile[]): Promise<void> {
    let first: number | null = null;
    for (const f of files) {
      try {
        const { opened } = await this.client.send({ op: "open", name: f.name, bytes: f.bytes, lang: this.state.lang }, [f.bytes]);
        const book = bookOf(opened);
        const view: FileView = {
          book,
          host: createBrowserHost(this.client, book, this.settings, this.events),
          sheet: firstSheetOf(book),
          selection: null,
          scrollSerial: 0,
          report: null,
          judged: null,
          version: 0,
          paneEpoch: 0,
        };
        first ??= book.file;
        this.set({ files: [...this.state.files, view], active: this.state.active ?? book.file });
      } catch (e) {
        const why = e instanceof EngineError ? e.failure.messages : { zh: String(e), en: String(e) };
        this.message("error", { zh: SHELL_STRINGS.zh.openFailed(f.name) + why.zh, en: SHELL_STRINGS.en.openFailed(f.name) + why.en });
      }
    }
    if (first !== null) this.activate(first);
    await this.judgeUnchecked();
  }

  /** With several files open, a read-only check of each file not yet checked, for the summary. */
  async judgeUnchecked(): Promise<void> {
    if (this.state.files.length < 2) return;
    for (const f of this.state.files) {
      if (f.report || f.judged) continue;
      try {
        const { report } = await this.client.send({ op: "judge", file: f.book.file, settings: this.settings.get() });
        this.update(f.book.file, () => ({ judged: report }));
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

  async close(file: number): Promise<void> {
    const files = this.state.files.filter((f) => f.book.file !== file);
    const index = this.state.files.findIndex((f) => f.book.file === file);
    const active = this.state.active === file ? (files[Math.min(index, files.length - 1)]?.book.file ?? null) : this.state.active;
    this.set({ files, active });
    try {
      await this.client.send({ op: "close", file });
    } catch {
      // Already gone.
    }
  }

  /** Builds the annotated copy of the file and hands it to the saver under NAME.checked.xlsx. */
  async download(file: number): Promise<string | null> {
    const view = this.fileView(file);
    if (!view) return null;
    const name = checkedFileName(view.book.name);
    try {
      const { download } = await this.client.send({ op: "download", file });
      this.save(download.bytes, name);
      const { lost } = download;
      if (lost) this.message("warning", { zh: SHELL_STRINGS.zh.downloadedLacking(name, lost.zh), en: SHELL_STRINGS.en.downloadedLacking(name, lost.en) });
      else this.message("info", { zh: SHELL_STRINGS.zh.downloaded(name), en: SHELL_STRINGS.en.downloaded(name) });
      return name;
    } catch (e) {
      const why = e instanceof EngineError ? e.failure.messages : { zh: String(e), en: String(e) };
      this.message("error", why);
      return null;
    }
  }
}
