import type { CellAt, CellValue, CheckOptions, Report, SheetGrid, WorkbookGrid } from "../../engine";
import { MemorySpreadsheet } from "../../hosts/common/memorySpreadsheet";
import { createSessionHost } from "../../app/session/sessionHost";
import type { HostState, PaneHost, PaneSettings } from "../../app/host";
import type { Reviews } from "../../app/review/decision";

export { REPORT_SHEET } from "../../app/reportRows";

export type HostMethod = Exclude<keyof PaneHost, "kind">;

export interface FakePaneHostOptions {
  /** The workbook to start from (copied). Default: an empty workbook with one blank sheet. */
  workbook?: WorkbookGrid;
  /** What insertSample() puts in a new sheet; without it insertSample() fails as unsupported. */
  sample?: SheetGrid;
  settings?: PaneSettings;
  /** Replaces the engine's checkWorkbook (tests that want a hand-built report). */
  checker?: (grid: WorkbookGrid, options: CheckOptions) => Report;
}

/**
 * The pane's test host: the real session host over an in-memory workbook, judged by the real engine, that also logs
 * every call, can be told to fail the next call of a method, and can hold calls so a test sees the pane while it works.
 */
export class FakePaneHost implements PaneHost {
  readonly kind = "browser" as const;
  readonly memory: MemorySpreadsheet;
  /** Every call, in order, with its arguments. */
  readonly calls: { method: HostMethod; args: unknown[] }[] = [];
  /** Every select() call as "Sheet!A1". */
  readonly selections: string[] = [];
  /** Every exportReportSheet() call. */
  readonly exports: { report: Report; lang: "zh" | "en" }[] = [];

  private readonly inner: PaneHost;
  private readonly failures = new Map<HostMethod, Error>();
  private gate: Promise<void> | null = null;

  constructor(options: FakePaneHostOptions = {}) {
    this.memory = new MemorySpreadsheet(options.workbook ?? { sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [] }] });
    if (options.settings) this.memory.saveSettings(options.settings);
    const sample = options.sample;
    this.inner = createSessionHost(this.memory, { sample: sample && (() => sample), judge: options.checker });
  }

  get workbook(): WorkbookGrid {
    return this.memory.workbook;
  }
  /** Our mark on a cell (0-based), or null: drawn by a conditional format, never the cell's own fill. */
  markAt(sheet: string, row: number, col: number) {
    return this.memory.markAt({ sheet, row, col });
  }

  noteAt(sheet: string, row: number, col: number): string | null {
    return this.memory.noteAt({ sheet, row, col });
  }

  /** Every note in the workbook as "Sheet!row,col" → text (0-based). */
  get notes(): Map<string, string> {
    return new Map(this.memory.readNotes().map((n) => [`${n.sheet}!${n.row},${n.col}`, n.text]));
  }

  /** The next call of `method` rejects with `error` (a HostError or any Error). */
  failNext(method: HostMethod, error: Error): void {
    this.failures.set(method, error);
  }

  /** Holds every call until the returned function is called: lets a test see the pane while the host works. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.gate = null;
      release();
    };
  }

  sheet(name: string): SheetGrid | undefined {
    return this.workbook.sheets.find((s) => s.name === name);
  }

  /** The value of a cell (0-based). */
  valueAt(sheet: string, row: number, col: number): CellValue {
    const s = this.sheet(sheet);
    return s?.values[row - s.originRow]?.[col - s.originCol] ?? null;
  }

  check = (settings: PaneSettings) => this.call("check", [settings], () => this.inner.check(settings));
  previewFill = (settings: PaneSettings) => this.call("previewFill", [settings], () => this.inner.previewFill(settings));
  fill = (settings: PaneSettings, overwrite: boolean, only?: CellAt[]) =>
    this.call("fill", [settings, overwrite, only], () => this.inner.fill(settings, overwrite, only));
  clearMarks = () => this.call("clearMarks", [], () => this.inner.clearMarks());
  undoFill = () => this.call("undoFill", [], () => this.inner.undoFill());
  insertSample = () => this.call("insertSample", [], () => this.inner.insertSample());
  state = (): Promise<HostState> => this.call("state", [], () => this.inner.state());
  loadReviews = () => this.call("loadReviews", [], () => this.inner.loadReviews());
  saveReviews = (reviews: Reviews) => this.call("saveReviews", [reviews], () => this.inner.saveReviews(reviews));
  formFacts = () => this.call("formFacts", [], () => this.inner.formFacts!());
  loadSettings = () => this.call("loadSettings", [], () => this.inner.loadSettings());
  saveSettings = (settings: PaneSettings) => this.call("saveSettings", [settings], () => this.inner.saveSettings(settings));

  select = (sheet: string, cell: string) =>
    this.call("select", [sheet, cell], async () => {
      await this.inner.select(sheet, cell);
      this.selections.push(`${sheet}!${cell}`);
    });

  exportReportSheet = (report: Report, lang: "zh" | "en") =>
    this.call("exportReportSheet", [report, lang], async () => {
      await this.inner.exportReportSheet(report, lang);
      this.exports.push({ report, lang });
    });

  exportOpinionSheet = (report: Report, lang: "zh" | "en") =>
    this.call("exportOpinionSheet", [report, lang], () => this.inner.exportOpinionSheet(report, lang));

  private async call<T>(method: HostMethod, args: unknown[], run: () => Promise<T>): Promise<T> {
    this.calls.push({ method, args });
    if (this.gate) await this.gate;
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
    return run();
  }
}
