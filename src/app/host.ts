import type { CellAt, LocalText, Plan, ProfileId, Report, Severity } from "../engine";
import type { LeftAlone } from "./ownership/takeBack";
import type { SelfTestReport } from "./selfTest/types";
import type { Reviews } from "./review/decision";
import type { FormFacts } from "./review/formFacts";

/**
 * The pane's settings, kept by the host between sessions (localStorage in Excel and the browser, the document where
 * localStorage is refused; WPS PluginStorage).
 */
export interface PaneSettings {
  profile: ProfileId;
  /** Severities to mark in the sheet. */
  mark: Severity[];
  /** Attach a note (or comment) with the message to each marked cell. */
  notes: boolean;
  lang: "zh" | "en";
  /**
   * 填充得分 fills qualitative indicators (the tier's default score); false: the reviewer picks within the tier.
   * Absent means true (settings stored before the option existed).
   */
  fillQualitative?: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { profile: "mof-2020", mark: ["error", "warning"], notes: true, lang: "zh" };

/** What the workbook holds of our own earlier changes. */
export interface HostState {
  /** Cells marked by an earlier 校验 (our conditional-format rules) that 清除标记 can unmark. */
  marks: number;
  /** Scores written by 填充得分 that 撤销填充 can take back (while the cells still hold them). */
  fills: number;
  /** Set when the workbook holds a record we refuse to act on (damaged, altered, or from an unknown version). */
  recordProblem?: LocalText;
}

/** What 清除标记 or 撤销填充 did: what it took back, and every cell it left alone because it is no longer ours. */
export interface TakeBackOutcome {
  /** Cells unmarked or put back, notes removed. */
  restored: number;
  /** 已被修改，未恢复: cells whose content changed since we wrote it, or whose sheet is gone (then still recorded). */
  leftAlone: LeftAlone[];
  /** Set when the stored record was refused: then only the marks (found by their tag) were removed. */
  recordProblem?: LocalText;
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
  /**
   * False where a file the pane saves by a blob download would not reach the user (WPS's embedded browser, Excel for
   * Mac and iPad, office-js#2700): the pane then offers no CSV export.
   */
  readonly canDownload?: boolean;
  /** Read every sheet, judge every form, and mark the findings (replacing the marks of an earlier check). */
  check(settings: PaneSettings): Promise<Report>;
  /** What 填充得分 would write (plan.edits) and what it would not without confirmation (plan.skipped). Writes nothing. */
  previewFill(settings: PaneSettings): Promise<Plan>;
  /**
   * Write the scores of a fresh plan; cells in plan.skipped only when `overwrite` is true. With `only`, write no cell
   * outside that list (the cells the preview showed). Returns the count written.
   */
  fill(settings: PaneSettings, overwrite: boolean, only?: CellAt[]): Promise<number>;
  /** Remove our marks and the notes we wrote that are still as we wrote them. */
  clearMarks(): Promise<TakeBackOutcome>;
  /** Put back what each filled cell held, where it still holds the score we wrote. */
  undoFill(): Promise<TakeBackOutcome>;
  /** Activate the sheet and select the cell ("H40"). */
  select(sheet: string, cell: string): Promise<void>;
  /** Write the report as a new worksheet 校验报告 (replacing only a sheet of that name the add-in wrote before). */
  exportReportSheet(report: Report, lang: "zh" | "en"): Promise<void>;
  /**
   * Write the 审核意见 (one page per form, with the decisions stored in this workbook) as a new worksheet 审核意见,
   * replacing only a sheet of that name the add-in wrote before (its A1 a title of ours).
   */
  exportOpinionSheet(report: Report, lang: "zh" | "en"): Promise<void>;
  /** Put the bundled sample forms into a new sheet. */
  insertSample(): Promise<void>;
  state(): Promise<HostState>;
  /** The reviewer's decisions stored with this workbook (EMPTY_REVIEWS when none; a refused record gives none). */
  loadReviews(): Promise<Reviews>;
  /**
   * Store the decisions with the workbook, whole (they replace the stored ones): in the record, so they are saved and
   * reopened with it. Writes no cell.
   */
  saveReviews(reviews: Reviews): Promise<void>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /**
   * The last report this host's check gave for this workbook, whoever asked for it (the workbench's 全部校验 too); null
   * before any. Absent where only the pane checks (Excel, WPS).
   */
  lastReport?(): Report | null;
  /**
   * The last check's results from before the page was reloaded, judged again (read-only) on the workbook as its changes
   * were brought back; null when it had not been checked. Absent where the pane outlives no reload (Excel, WPS).
   */
  restoredReport?(): Report | null;
  /** Calls `listener` with every report a check of this workbook gives from now on; returns the unsubscribe. */
  onReport?(listener: (report: Report) => void): () => void;
  /**
   * What the workbook's forms say of themselves now (主管部门, 实施单位, the grade written), in the order of a check's
   * tables: the printed 审核意见 names the units with them. Absent where reading them costs a workbook read (Excel).
   */
  formFacts?(): Promise<FormFacts[]>;
  /** 自检: harmless probes of what this host answers (docs/real-host-check.md); absent where a host has none. */
  selfTest?(): Promise<SelfTestReport>;
}

export type { LeftAlone };
