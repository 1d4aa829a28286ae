import type { FindingCode, Severity } from "../../engine";
import type { HostError, LeftAlone } from "../../app/host";
import type { ReviewStrings } from "./review";

export type Lang = "zh" | "en";

export interface CheckSummary {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Every string the pane shows. Both languages implement this interface, so a missing key is a compile error. */
export interface Dictionary {
  appTitle: string;
  introLines: [string, string];
  insertSample: string;
  previousMarksHint: string;

  check: string;
  fill: string;
  clearMarks: string;
  undoFill: string;
  settings: string;
  toolbarLabel: string;
  busy: string;

  severity: Record<Severity, string>;
  severityPlural: Record<Severity, (n: number) => string>;
  codes: Record<FindingCode, string>;

  formsHeading: string;
  unnamedProject: string;
  reportedTotal: string;
  computedTotal: string;
  notAvailable: string;
  noForms: string;
  formsShown: (shown: number, total: number) => string;
  showMoreForms: (count: number, after: number) => string;
  notices: string;

  findingsHeading: string;
  filterSeverity: string;
  filterCode: string;
  filterAll: string;
  noFindings: string;
  noFindingsForFilter: string;
  navHint: string;
  previousFinding: string;
  nextFinding: string;
  showDetails: string;
  hideDetails: string;
  explanation: string;
  assumptions: string;
  findingPosition: (index: number, total: number) => string;
  /** The list renders a window of the findings: which ones, of how many. */
  findingRange: (from: number, to: number, total: number) => string;
  showMoreFindings: (count: number, after: number) => string;
  showEarlierFindings: (count: number, before: number) => string;

  exportHeading: string;
  exportSheet: string;
  exportCsv: string;
  csvNotice: string;

  previewTitle: string;
  previewWrites: (n: number) => string;
  previewNothing: string;
  previewSkipped: (n: number) => string;
  skippedReason: Record<"formula" | "filled", string>;
  previewCurrent: string;
  previewNew: string;
  previewOverwrite: string;
  previewConfirm: string;
  cancel: string;

  settingsProfile: string;
  settingsMark: string;
  settingsNotes: string;
  settingsLang: string;
  langNames: Record<Lang, string>;

  announceChecked: (s: CheckSummary) => string;
  announceFilled: (n: number) => string;
  /** After 清除标记 / 撤销填充: cells taken back, and cells left alone. */
  announceCleared: (restored: number, left: number) => string;
  announceUndone: (restored: number, left: number) => string;
  announceExported: string;
  announceCsv: string;

  /** What 清除标记 / 撤销填充 did: "已恢复 N 处", and every cell it left alone, by reason. */
  takeBackTitle: Record<"clearMarks" | "undoFill", (restored: number) => string>;
  leftAloneHeading: Record<LeftAlone["reason"], (n: number) => string>;
  leftAloneWhy: Record<LeftAlone["reason"], string>;
  leftAloneWhat: Record<LeftAlone["what"], string>;
  leftAloneGoTo: (address: string) => string;
  showAllLeftAlone: (n: number) => string;
  /** The workbook's record of our changes cannot be used: what the pane says, with the reason. */
  recordProblemTitle: string;
  recordProblem: (reason: string) => string;

  errorTitle: string;
  genericError: string;
  errorDetail: string;
  dismiss: string;
  hostErrorTitle: Record<HostError["code"], string>;
  review: ReviewStrings;
}
