import type { Dictionary } from "./dictionary";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en: Dictionary = {
  appTitle: "SelfEval Checker",
  introLines: [
    "Finds every project-expenditure self-evaluation form in the workbook, recomputes its scores and marks the cells that are wrong.",
    "It can also fill empty score cells; every mark and fill can be taken back.",
  ],
  insertSample: "Insert sample",
  previousMarksHint: "The workbook holds marks from an earlier check. Click Check to see the details.",

  check: "Check",
  fill: "Fill scores",
  clearMarks: "Clear marks",
  undoFill: "Undo fill",
  settings: "Settings",
  toolbarLabel: "Checker actions",
  busy: "Working…",

  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityPlural: {
    error: (n) => plural(n, "error", "errors"),
    warning: (n) => plural(n, "warning", "warnings"),
    info: (n) => plural(n, "note", "notes"),
  },
  codes: {
    "missing-reason": "Deduction without a reason",
    "score-mismatch": "Score differs from computed",
    "score-out-of-range": "Score out of range",
    "total-mismatch": "Total ≠ sum of parts",
    "execution-mismatch": "Execution rate or its score wrong",
    "weight-structure": "Weights off the rules",
    "fund-total-mismatch": "Fund total ≠ sum of sub-rows",
    "unit-mismatch": "Units do not match",
    "rate-unit": "Rate measured in a count unit",
    "cost-direction": "Cost indicator with ≥",
    "target-copied": "Actual copied from target",
    "score-empty": "Empty score (can be filled)",
    "cell-error": "Error value in cell",
    "manual-review": "Needs manual review",
  },

  formsHeading: "Forms",
  unnamedProject: "(no project name)",
  reportedTotal: "Reported total",
  computedTotal: "Computed total",
  notAvailable: "—",
  noForms: "No self-evaluation form found.",
  notices: "Notes",

  findingsHeading: "Findings",
  filterSeverity: "Severity",
  filterCode: "Kind",
  filterAll: "All",
  noFindings: "No problems found.",
  noFindingsForFilter: "No findings match the filters.",
  navHint: "F8 next · Shift+F8 previous (J / K in the list)",
  previousFinding: "Previous",
  nextFinding: "Next",
  showDetails: "Show the arithmetic",
  hideDetails: "Hide the arithmetic",
  explanation: "Arithmetic",
  assumptions: "Assumptions",
  findingPosition: (i, n) => `${i} of ${n}`,

  exportHeading: "Export",
  exportSheet: "Export as sheet 校验报告",
  exportCsv: "Export CSV",
  csvFileName: "selfeval-report.csv",
  csvHeaders: { sheet: "Sheet", cell: "Cell", project: "Project", severity: "Severity", code: "Kind", message: "Message" },
  csvNotice: "Notice",

  previewTitle: "Fill scores: preview",
  previewWrites: (n) => `${plural(n, "cell", "cells")} will be written:`,
  previewNothing: "There are no empty cells to fill.",
  previewSkipped: (n) => `${plural(n, "cell holds", "cells hold")} a formula or a value and will be left alone:`,
  skippedReason: { formula: "formula", filled: "has a value" },
  previewCurrent: "Now",
  previewNew: "Write",
  previewOverwrite: "Overwrite these formula and filled cells as well",
  previewConfirm: "Write",
  cancel: "Cancel",

  settingsProfile: "Scoring rules",
  settingsMark: "Severities to mark in the sheet",
  settingsNotes: "Add a note to each marked cell",
  settingsLang: "Language",
  langNames: { zh: "中文", en: "English" },

  announceChecked: (s) => {
    const parts = [plural(s.tables, "form", "forms"), plural(s.errors, "error", "errors"), plural(s.warnings, "warning", "warnings")];
    if (s.infos > 0) parts.push(plural(s.infos, "note", "notes"));
    return `Check complete: ${parts.join(", ")}`;
  },
  announceFilled: (n) => `Filled ${plural(n, "cell", "cells")}`,
  announceCleared: (n) => `Cleared the marks of ${plural(n, "cell", "cells")}`,
  announceUndone: (n) => `Restored ${plural(n, "filled cell", "filled cells")}`,
  announceExported: "Exported the sheet 校验报告",
  announceCsv: "Exported the CSV file",

  errorTitle: "Not done",
  genericError: "Something unexpected went wrong; the action did not complete.",
  errorDetail: "Detail",
  dismiss: "Dismiss",
  hostErrorTitle: {
    protected: "Sheet protected",
    "workbook-changed": "Workbook switched",
    "too-large": "Too much data",
    unreadable: "Cannot read",
    unsupported: "Not supported",
    failed: "Failed",
  },
};
