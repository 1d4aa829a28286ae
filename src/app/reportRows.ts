import type { Report } from "../engine";
import { NOTE_PREFIX } from "../engine";
import { findingTitle, SEVERITY_NAMES } from "./review/findingNames";
import type { FormFacts } from "./review/formFacts";
import { gradeOfTotal, gradeText } from "./review/grade";

export const REPORT_SHEET = "校验报告";
/** A1 of a report sheet the add-in wrote: how it tells its own report from a user's sheet of the same name. */
export const REPORT_TITLE = `${NOTE_PREFIX}${REPORT_SHEET}`;

type Lang = "zh" | "en";
type Cell = string | number;

const T = {
  zh: {
    profile: "规则",
    file: "文件",
    forms: ["文件", "工作表", "项目名称", "区域", "填报总分", "计算总分", "说明"],
    findings: ["文件", "工作表", "项目名称", "单元格", "级别", "类别", "说明"],
    notice: "说明",
    none: "未发现问题。",
    noForms: "未找到自评表。",
    unnamed: "（未填写项目名称）",
    grades: (computed: string, reported: string) =>
      [computed && `计算等级 ${computed}`, reported && `填报等级 ${reported}`].filter(Boolean).join("，"),
    counts: (e: number, w: number, i: number) => `错误 ${e} 个，警告 ${w} 个，提示 ${i} 条`,
    join: "；",
  },
  en: {
    profile: "Rules",
    file: "File",
    forms: ["File", "Sheet", "Project", "Range", "Reported total", "Computed total", "Notes"],
    findings: ["File", "Sheet", "Project", "Cell", "Severity", "Kind", "Message"],
    notice: "Note",
    none: "No problems found.",
    noForms: "No self-evaluation form found.",
    unnamed: "(no project name)",
    grades: (computed: string, reported: string) =>
      [computed && `computed grade ${computed}`, reported && `grade written ${reported}`].filter(Boolean).join(", "),
    counts: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} notes`,
    join: "; ",
  },
};

/** Columns of the report sheet; 说明 (the messages) last and wide. */
export const REPORT_COLUMNS = 7;
/** Widths in Excel's character units, for the hosts that set them. */
export const REPORT_WIDTHS = [22, 16, 28, 10, 10, 28, 80];

export interface ReportRowsOptions {
  /** The workbook's name, on every row; report.file when not given. */
  file?: string;
  /** Index-aligned with report.tables: the grade each form writes, when the host kept the forms. */
  facts?: readonly (FormFacts | undefined)[];
}

/**
 * Findings and sheet notices, one row each, with the file and the form on every row: 文件 | 工作表 | 项目名称 | 单元格 |
 * 级别 | 类别 | 说明. The report sheet and the CSV export both list these.
 */
export function findingRows(report: Report, lang: Lang, options: ReportRowsOptions = {}): string[][] {
  const t = T[lang];
  const file = options.file ?? report.file ?? "";
  const project = (i: number) => {
    const table = report.tables[i];
    return table ? table.project || t.unnamed : "";
  };
  return [
    ...report.issues.map((f) => [
      file,
      f.sheet,
      project(f.table),
      f.cell,
      SEVERITY_NAMES[f.severity][lang],
      findingTitle(f.code, lang),
      f.messages[lang],
    ]),
    ...report.notices.map((n) => [file, n.sheet, "", "", t.notice, "", n.messages[lang]]),
  ];
}

export function findingHeader(lang: Lang): string[] {
  return [...T[lang].findings];
}

/** The report as a rectangle of cells (every row REPORT_COLUMNS wide): title, forms, findings and notices. */
export function reportRows(report: Report, lang: Lang, options: ReportRowsOptions = {}): Cell[][] {
  const t = T[lang];
  const file = options.file ?? report.file ?? "";
  const rows: Cell[][] = [[REPORT_TITLE], [t.profile, report.profile, ...(file ? [t.file, file] : [])], []];
  rows.push(t.forms);
  if (report.tables.length === 0) rows.push([file, "", t.noForms]);
  report.tables.forEach((table, i) => {
    const computed = table.total?.computedScore ?? null;
    const grades = t.grades(
      gradeText(gradeOfTotal(computed, table.total?.weight ?? null), lang),
      gradeText(options.facts?.[i]?.reportedGrade, lang),
    );
    const notes = [grades, t.counts(table.counts.error, table.counts.warning, table.counts.info)].filter(Boolean).join(t.join);
    rows.push([file, table.sheet, table.project || t.unnamed, table.range, table.total?.reportedScore ?? "", computed ?? "", notes]);
  });
  rows.push([], t.findings);
  const findings = findingRows(report, lang, { file });
  if (report.issues.length === 0) rows.push([file, "", "", "", "", "", t.none]);
  rows.push(...findings);
  return rows.map((r) => [...r, ...new Array<Cell>(REPORT_COLUMNS - r.length).fill("")]);
}
