import type { CellAt, CellValue } from "../grid/types";
import type { FillTarget, Severity } from "../find/types";

/** What a filled cell is, for a preview to name: its form's project, and the indicator (for an indicator's score). */
export interface FillPlace {
  project: string;
  kind: FillTarget["kind"];
  /** The indicator's name, for kind "score". */
  indicator: string | null;
}

/** What a mark stands for: a finding's severity, or a score 填充得分 wrote (see FILL_NOTE_PREFIX). */
export type MarkKind = Severity | "filled";

/** A change a host applies. Hosts apply edits as given and nothing else. */
export type Edit =
  /**
   * Write a value (a computed score), or put back what a cell held (a value, or a formula: then `value` is its last
   * result, for hosts that cannot recalculate). `numberFormat` only when the edit sets one ("0.00%").
   */
  | { kind: "value"; at: CellAt; value: string | number | boolean | null; formula?: string; numberFormat?: string; place?: FillPlace }
  /** Mark a cell for a reviewer: hosts draw it as a conditional-format rule that carries our tag, never as the cell's own fill. */
  | { kind: "mark"; at: CellAt; severity: MarkKind }
  /** Add a note with the finding's message: only ever on a cell that has no note. */
  | { kind: "note"; at: CellAt; text: string };

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
  /**
   * Fill qualitative indicators' scores (the tier's default). Off, a reviewer picks within the tier: those rows stay
   * empty, and so does the 总分 of a form where one was left (it would add a score nobody chose).
   */
  fillQualitative?: boolean;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  fill: false,
  overwrite: false,
  overwriteFormulas: false,
  mark: ["error", "warning"],
  notes: true,
  lang: "zh",
  fillQualitative: true,
};

/** A fill the plan did not make, and why: the cell has a formula or a value and overwriting was not asked for. */
export interface SkippedFill {
  at: CellAt;
  cell: string;
  reason: "formula" | "filled";
  current: CellValue;
  formula: string | null;
  value: number;
  place?: FillPlace;
}

export interface Plan {
  edits: Edit[];
  skipped: SkippedFill[];
}
