import type { CellAt, CellValue } from "../grid/types";
import type { Severity } from "../find/types";

/** A change a host applies. Hosts apply edits as given and nothing else. */
export type Edit =
  /**
   * Write a value (number or text), or restore a formula (then `value` is its last result, for hosts that cannot
   * recalculate). `numberFormat` only when the edit sets one ("0.00%").
   */
  | { kind: "value"; at: CellAt; value: string | number | boolean | null; formula?: string; numberFormat?: string }
  /** Set a cell's fill colour ("#RRGGBB"), or remove the fill (null). */
  | { kind: "fill"; at: CellAt; color: string | null; severity?: Severity }
  /** Set a note's text, or delete the note (null). */
  | { kind: "note"; at: CellAt; text: string | null };

export interface PlanOptions {
  /** Fill empty score cells (indicators, 执行率得分, 总分) and an empty 执行率. */
  fill: boolean;
  /** Overwrite cells that already hold a value (never a formula unless overwriteFormulas). */
  overwrite: boolean;
  overwriteFormulas: boolean;
  /** Severities to mark with a fill colour. */
  mark: Severity[];
  /** Attach a note with the finding's message to each marked cell. */
  notes: boolean;
  lang: "zh" | "en";
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  fill: false,
  overwrite: false,
  overwriteFormulas: false,
  mark: ["error", "warning"],
  notes: true,
  lang: "zh",
};

/** A fill the plan did not make, and why: the cell has a formula or a value and overwriting was not asked for. */
export interface SkippedFill {
  at: CellAt;
  cell: string;
  reason: "formula" | "filled";
  current: CellValue;
  formula: string | null;
  value: number;
}

export interface Plan {
  edits: Edit[];
  skipped: SkippedFill[];
}

/** What a cell looked like before an edit, as far as that edit touches it. */
export type Before =
  | { kind: "value"; value: CellValue; formula: string | null; numberFormat: string | null }
  | { kind: "fill"; color: string | null }
  | { kind: "note"; text: string | null };

/** Everything an applied plan changed, so that it can be undone exactly. Stored in the workbook by hosts. */
export interface ChangeRecord {
  version: 1;
  entries: { edit: Edit; before: Before }[];
}
