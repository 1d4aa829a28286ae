import type { Report, Severity } from "../engine";
import { NOTE_PREFIX } from "../engine";

export const REPORT_SHEET = "校验报告";
/** A1 of a report sheet the add-in wrote: how it tells its own report from a user's sheet of the same name. */
export const REPORT_TITLE = `${NOTE_PREFIX}${REPORT_SHEET}`;

type Lang = "zh" | "en";
type Cell = string | number;

const T = {
  zh: {
    profile: "规则",
    forms: ["工作表", "区域", "项目名称", "自报总分", "计算总分", "错误", "警告", "提示"],
    findings: ["工作表", "单元格", "严重程度", "代码", "说明"],
    notices: "说明",
    none: "未发现问题。",
    noForms: "未找到自评表。",
    severity: { error: "错误", warning: "警告", info: "提示" } as Record<Severity, string>,
  },
  en: {
    profile: "Rules",
    forms: ["Sheet", "Range", "Project", "Reported total", "Computed total", "Errors", "Warnings", "Info"],
    findings: ["Sheet", "Cell", "Severity", "Code", "Message"],
    notices: "Notes",
    none: "No problems found.",
    noForms: "No self-evaluation form found.",
    severity: { error: "Error", warning: "Warning", info: "Info" } as Record<Severity, string>,
  },
};

export const REPORT_COLUMNS = 8;

/** The report as a rectangle of cells (every row REPORT_COLUMNS wide): title, forms, findings, notices. */
export function reportRows(report: Report, lang: Lang): Cell[][] {
  const t = T[lang];
  const rows: Cell[][] = [[REPORT_TITLE], [t.profile, report.profile, ...(report.file ? [report.file] : [])], []];
  rows.push(t.forms);
  if (report.tables.length === 0) rows.push([t.noForms]);
  for (const table of report.tables)
    rows.push([table.sheet, table.range, table.project, table.total?.reportedScore ?? "", table.total?.computedScore ?? "", table.counts.error, table.counts.warning, table.counts.info]);
  rows.push([], t.findings);
  if (report.issues.length === 0) rows.push([t.none]);
  for (const f of report.issues) rows.push([f.sheet, f.cell, t.severity[f.severity], f.code, f.messages[lang]]);
  if (report.notices.length > 0) {
    rows.push([], [t.notices]);
    for (const n of report.notices) rows.push([n.sheet, n.messages[lang]]);
  }
  return rows.map((r) => [...r, ...new Array<Cell>(REPORT_COLUMNS - r.length).fill("")]);
}
