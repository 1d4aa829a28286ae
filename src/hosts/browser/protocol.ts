import type { CellAt, CellValue, Edit, LocalText, MarkKind, Plan, Report, WorkbookGrid } from "../../engine";
import type { Reviews } from "../../app/review/decision";
import type { NotePurpose } from "../../app/ownership/record";
import type { FormFacts } from "../../app/review/formFacts";
import type { HostState, PaneSettings, TakeBackOutcome } from "../../app/host";
import type { OwnedSheet } from "../../app/session/syncSpreadsheet";

/** Look of a sheet that the engine does not need but the grid draws: column widths and row heights. */
export interface SheetDecor {
  name: string;
  /** Width in Excel's character units by 0-based column; null where the file sets none. */
  widths: (number | null)[];
  /** [0-based row, height in points] for rows the file sizes. */
  heights: [number, number][];
}

/** Our mark rules a file already holds (from an add-in, or an earlier copy): one per sheet and severity. */
export interface MarkRuleData {
  sheet: string;
  severity: MarkKind;
  cells: { row: number; col: number }[];
}

/** The cells' own fill colours and the notes the file had when opened (by MemorySpreadsheet.key), our marks in it, each sheet's look. */
export interface WorkbookDecor {
  colors: [string, string][];
  notes: [string, string][];
  marks: MarkRuleData[];
  sheets: SheetDecor[];
}

export interface ReadNoticeData {
  sheet: string;
  messages: LocalText;
}

/** A sheet the session wrote whole (校验报告, 示例自评表), under its final name. */
export interface WrittenSheet {
  requested: string;
  name: string;
  replace: boolean;
  content: OwnedSheet;
}

/**
 * One change the engine's workbook went through, as the call that made it. The page's copy replays them in order on the
 * same in-memory workbook, so it ends where the engine's did — also after a call that failed half-way.
 */
export type MirrorOp =
  | { op: "apply"; edits: Edit[] }
  | { op: "removeMarks"; purpose: NotePurpose }
  | { op: "removeNotes"; cells: CellAt[] }
  | { op: "writeSheet"; sheet: WrittenSheet }
  | { op: "select"; sheet: string; cell: string };

/** The stored record's text as a call left it (written whole, so only the last write counts). */
export interface RecordWrite {
  text: string | null;
}

/** What one call changed in the workbook, so that the page's copy can follow. */
export interface Delta {
  ops: MirrorOp[];
  /** Present when the call wrote the record (what 清除标记 and 撤销填充 take back by). */
  record?: RecordWrite;
}

/** What a file went through since it was opened, as kept across reloads: its changes in order (no selections), its record. */
export interface FileLog {
  ops: MirrorOp[];
  record?: RecordWrite;
}

export interface OpenedFile {
  file: number;
  name: string;
  grid: WorkbookGrid;
  decor: WorkbookDecor;
  notices: ReadNoticeData[];
}

/** What the engine reads of a file's bytes. */
/** A file as read: what the page shows, and the record it carries (an annotated copy's or WPS's), as stored. */
export type ReadFile = Pick<OpenedFile, "grid" | "decor" | "notices"> & { recordText: string | null };

/** The pane actions that run in the engine's thread. */
export interface SessionCalls {
  check: { args: [PaneSettings]; result: Report };
  previewFill: { args: [PaneSettings]; result: Plan };
  fill: { args: [PaneSettings, boolean, CellAt[] | undefined]; result: number };
  clearMarks: { args: []; result: TakeBackOutcome };
  undoFill: { args: []; result: TakeBackOutcome };
  exportReportSheet: { args: [Report, "zh" | "en"]; result: null };
  exportOpinionSheet: { args: [Report, "zh" | "en"]; result: null };
  insertSample: { args: []; result: null };
  state: { args: []; result: HostState };
  loadReviews: { args: []; result: Reviews };
  saveReviews: { args: [Reviews]; result: null };
  formFacts: { args: []; result: FormFacts[] };
}

export type SessionMethod = keyof SessionCalls;

export type EngineRequest =
  /**
   * `read`: what reading these bytes gives, read already (the sample, at build time): then no reader is loaded.
   * `file`: the id the page chose for it (so that it can draw the file before the engine answers); else the engine's next.
   */
  | { op: "open"; name: string; bytes: ArrayBuffer; lang: "zh" | "en"; read?: ReadFile; file?: number }
  | { op: "call"; file: number; method: SessionMethod; args: unknown[] }
  | { op: "judge"; file: number; settings: PaneSettings }
  /** `settings`: those of the 审核意见 sheet the copy gets when the file carries decisions (none without them). */
  | { op: "download"; file: number; settings?: PaneSettings }
  | { op: "close"; file: number }
  /** Does again, on a file just opened, what it went through before a reload; all or nothing (else: reopen it). */
  | { op: "replay"; file: number; log: FileLog };

export interface DownloadResult {
  bytes: ArrayBuffer;
  applied: number;
  skipped: number;
  /** What the copy lacks of the opened file ("副本未保留：图表 2 个…"), or null when nothing. */
  lost: LocalText | null;
}

export type EngineResponse =
  | { op: "open"; opened: OpenedFile }
  | { op: "call"; result: unknown; delta: Delta }
  | { op: "judge"; report: Report; facts: FormFacts[] }
  | { op: "download"; download: DownloadResult }
  | { op: "close" }
  | { op: "replay" };

/** A failure carried across the thread boundary: HostError and XlsxError keep their code and both languages. */
export interface EngineFailure {
  name: string;
  code: string;
  messages: LocalText;
  /** What a failed call changed before it stopped: the page's copy follows it all the same. */
  delta?: Delta;
}

export type Stage = "reading" | "converting" | "checking" | "filling" | "writing";

export interface Progress {
  stage: Stage;
  done: number;
  total: number;
}

/** Messages between the page and the worker. */
export type ToEngine = { id: number; request: EngineRequest };
export type FromEngine =
  | { id: number; kind: "done"; response: EngineResponse }
  | { id: number; kind: "failed"; failure: EngineFailure }
  | { id: number; kind: "progress"; progress: Progress }
  | { id: 0; kind: "ready" };

export type { CellValue };
