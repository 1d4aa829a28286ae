import { reviewEn } from "./review";
import { findingTitles } from "../../engine";
import type { Dictionary } from "./dictionary";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const leftAsTheyAre = (left: number) =>
  left > 0 ? `; ${plural(left, "cell", "cells")} changed since or not restorable, left as they are` : "";

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
  codes: findingTitles("en"),

  formsHeading: "Forms",
  unnamedProject: "(no project name)",
  reportedTotal: "Reported total",
  computedTotal: "Computed total",
  notAvailable: "—",
  noForms: "No self-evaluation form found.",
  formsShown: (shown, n) => `Showing the first ${shown} of ${n}`,
  showMoreForms: (count, after) => `Show ${count} more forms (${after} not shown)`,
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
  findingRange: (from, to, n) => `Showing ${from}–${to} of ${n}`,
  showMoreFindings: (count, after) => `Show ${count} more (${after} after these)`,
  showEarlierFindings: (count, before) => `Show ${count} earlier (${before} before these)`,

  exportHeading: "Export",
  exportSheet: "Export as sheet 校验报告",
  exportCsv: "Export CSV",
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
  announceCleared: (n, left) => `Marks cleared, ${plural(n, "cell", "cells")} restored${leftAsTheyAre(left)}`,
  announceUndone: (n, left) => `Fill undone, ${plural(n, "cell", "cells")} restored${leftAsTheyAre(left)}`,
  announceExported: "Exported the sheet 校验报告",
  announceCsv: "Exported the CSV file",

  takeBackTitle: {
    clearMarks: (n) => `Clear marks: ${plural(n, "cell", "cells")} restored`,
    undoFill: (n) => `Undo fill: ${plural(n, "cell", "cells")} restored`,
  },
  leftAloneHeading: {
    changed: (n) => `Changed since, not restored (${n})`,
    unrecorded: (n) => `Notes not as recorded, left in place (${n})`,
    "sheet-missing": (n) => `Sheet not found, kept in the record (${n})`,
    unsafe: (n) => `Record not trusted, not restored (${n})`,
  },
  leftAloneWhy: {
    changed: "These cells were edited after we wrote them; they are left as they are so that your edits stay.",
    unrecorded:
      "These notes carry our prefix but not the text our record holds: edited since, or from a saved copy. " +
      "They are left in place so that nobody's words are deleted; remove them by hand once you are sure.",
    "sheet-missing": "The sheet was deleted or cannot be recognised; undo again once it is back.",
    unsafe: "The record points at a cell that is no score cell, or asks for a formula we will not write.",
  },
  leftAloneWhat: { value: "score", note: "note" },
  leftAloneGoTo: (address) => `Go to ${address}`,
  showAllLeftAlone: (n) => `Show all ${n}`,
  recordProblemTitle: "Record cannot be used",
  recordProblem: (reason) => `The workbook's record of our changes cannot be used: ${reason}. No cell was changed on its account.`,

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
  review: reviewEn,
};
