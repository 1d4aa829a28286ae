import type { ChangeRecord, LocalText, Plan, ProfileId, Report, Severity } from "../engine";

/** The pane's settings, kept by the host between sessions (Office roaming settings, WPS PluginStorage, localStorage). */
export interface PaneSettings {
  profile: ProfileId;
  /** Severities to mark in the sheet. */
  mark: Severity[];
  /** Attach a note (or comment) with the message to each marked cell. */
  notes: boolean;
  lang: "zh" | "en";
}

export const DEFAULT_SETTINGS: PaneSettings = { profile: "mof-2020", mark: ["error", "warning"], notes: true, lang: "zh" };

/** What the workbook holds of our own earlier changes. */
export interface HostState {
  /** Marks (fills and notes) of an earlier 校验 that 清除标记 can remove. */
  marks: number;
  /** Values written by 填充得分 that 撤销填充 can restore. */
  fills: number;
}

/** A failure the pane shows as it is: a sheet protected, the workbook switched mid-run, a payload too large. */
export class HostError extends Error {
  constructor(
    readonly code: "protected" | "workbook-changed" | "too-large" | "unreadable" | "unsupported" | "failed",
    readonly messages: LocalText,
  ) {
    super(messages.en);
    this.name = "HostError";
  }
}

/**
 * What the pane needs from a spreadsheet: Excel (Office.js), WPS (ET) and the browser workbench each implement it.
 * Every method does its whole job or leaves the workbook as it was.
 */
export interface PaneHost {
  readonly kind: "excel" | "wps" | "browser";
  /** Read every sheet, judge every form, and mark the findings (replacing the marks of an earlier check). */
  check(settings: PaneSettings): Promise<Report>;
  /** What 填充得分 would write (plan.edits) and what it would not without confirmation (plan.skipped). Writes nothing. */
  previewFill(settings: PaneSettings): Promise<Plan>;
  /** Write the fills of a fresh plan; cells in plan.skipped only when `overwrite` is true. Returns the count written. */
  fill(settings: PaneSettings, overwrite: boolean): Promise<number>;
  /** Restore every marked cell's fill and remove the notes the add-in made. Returns the count of cells restored. */
  clearMarks(): Promise<number>;
  /** Restore every filled cell to exactly what it held before. Returns the count of cells restored. */
  undoFill(): Promise<number>;
  /** Activate the sheet and select the cell ("H40"). */
  select(sheet: string, cell: string): Promise<void>;
  /** Write the report as a new worksheet 校验报告 (replacing one the add-in wrote before). */
  exportReportSheet(report: Report, lang: "zh" | "en"): Promise<void>;
  /** Put the bundled sample forms into a new sheet. */
  insertSample(): Promise<void>;
  state(): Promise<HostState>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
}

export type { ChangeRecord };
