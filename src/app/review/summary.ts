import type { LocalText, Report } from "../../engine";
import { csvText, type CsvValue } from "./csv";
import { FORM_DECISION_NAMES, isOpen, reviewsNow, type FormDecision, type Reviews, type ReviewsNow } from "./decision";
import type { FormFacts } from "./formFacts";
import { gradeOfTotal, gradeText, type Grade } from "./grade";
import { displayWidth } from "./textWidth";

type Lang = "zh" | "en";

/**
 * One row of the summary a bureau sorts: one per form, and one per file that gave none (not readable, or no form in
 * it) with the reason in `note`.
 */
export interface FormSummary {
  file: string;
  sheet: string;
  range: string;
  project: string;
  department: string;
  implementer: string;
  reportedTotal: number | null;
  computedTotal: number | null;
  /** As written on the form; null when it writes none. */
  reportedGrade: string | null;
  /** The grade of the computed total. */
  computedGrade: Grade | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  /** Findings without a decision, or decided on other values (情况已变化). */
  open: number | null;
  accepted: number | null;
  ignored: number | null;
  /** The reviewer's decision on the form, when one is recorded. */
  decision: FormDecision | null;
  /** Why the row has no form, or what was cut from the form's sheet. */
  note: LocalText | null;
}

export interface SummaryInput {
  file: string;
  /** Index-aligned with report.tables; absent where the host did not keep the forms. */
  facts?: readonly (FormFacts | undefined)[];
  /** The decisions stored with the workbook. */
  reviews?: Reviews;
  /** Those decisions matched to the report, when the caller has them already (else matched here). */
  now?: ReviewsNow;
}

const EMPTY: Omit<FormSummary, "file" | "note"> = {
  sheet: "",
  range: "",
  project: "",
  department: "",
  implementer: "",
  reportedTotal: null,
  computedTotal: null,
  reportedGrade: null,
  computedGrade: null,
  errors: null,
  warnings: null,
  infos: null,
  open: null,
  accepted: null,
  ignored: null,
  decision: null,
};

const NO_FORM: LocalText = { zh: "未找到自评表", en: "no self-evaluation form found" };

function joined(texts: readonly LocalText[]): LocalText | null {
  if (texts.length === 0) return null;
  return { zh: texts.map((t) => t.zh).join("；"), en: texts.map((t) => t.en).join("; ") };
}

/** The sheet-level notes of a report, each with its sheet named ("工作表“大表”：只读取了前 100 行"). */
function noticesOf(report: Report, sheet: string | null): LocalText[] {
  return report.notices
    .filter((n) => n.sheet !== "" && (sheet === null || n.sheet === sheet))
    .map((n) => ({ zh: `工作表“${n.sheet}”：${n.messages.zh}`, en: `sheet "${n.sheet}": ${n.messages.en}` }));
}

/** The rows of one checked file: one per form, or one saying there is none. */
export function formSummaries(report: Report, input: SummaryInput): FormSummary[] {
  if (report.tables.length === 0) return [{ ...EMPTY, file: input.file, note: joined([NO_FORM, ...noticesOf(report, null)]) }];
  const now = input.now ?? reviewsNow(report, input.reviews ?? { findings: [], forms: [] });
  return report.tables.map((t, i) => {
    const facts = input.facts?.[i];
    const mine = now.findings.filter((_, j) => report.issues[j].table === i);
    const closed = mine.filter((x) => !isOpen(x));
    const computedTotal = t.total?.computedScore ?? null;
    return {
      file: input.file,
      sheet: t.sheet,
      range: t.range,
      project: t.project,
      department: facts?.department ?? "",
      implementer: facts?.implementer ?? "",
      reportedTotal: t.total?.reportedScore ?? null,
      computedTotal,
      reportedGrade: facts?.reportedGrade ?? null,
      computedGrade: gradeOfTotal(computedTotal, t.total?.weight ?? null),
      errors: t.counts.error,
      warnings: t.counts.warning,
      infos: t.counts.info,
      open: mine.length - closed.length,
      accepted: closed.filter((x) => x!.decision === "accept").length,
      ignored: closed.filter((x) => x!.decision === "ignore").length,
      decision: now.forms[i]?.decision ?? null,
      note: joined(noticesOf(report, t.sheet)),
    };
  });
}

/** The row of a file that could not be read, with the reason. */
export function unreadableSummary(file: string, reason: LocalText): FormSummary {
  return fileNoteSummary(file, { zh: `无法读取：${reason.zh}`, en: `not read: ${reason.en}` });
}

/** The row of an entry that was never opened (a broken link, a pipe), with what was said about it. */
export function fileNoteSummary(file: string, note: LocalText): FormSummary {
  return { ...EMPTY, file, note };
}

export interface SummaryColumn {
  key: keyof FormSummary;
  title: LocalText;
  /** The least width in Excel's character units; the column grows with its text up to MAX_WIDTH. */
  width: number;
  numeric: boolean;
}

const MAX_WIDTH = 60;

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: "file", title: { zh: "文件", en: "File" }, width: 12, numeric: false },
  { key: "sheet", title: { zh: "工作表", en: "Sheet" }, width: 10, numeric: false },
  { key: "range", title: { zh: "区域", en: "Range" }, width: 10, numeric: false },
  { key: "project", title: { zh: "项目名称", en: "Project" }, width: 12, numeric: false },
  { key: "department", title: { zh: "主管部门", en: "Department" }, width: 10, numeric: false },
  { key: "implementer", title: { zh: "实施单位", en: "Implementing unit" }, width: 10, numeric: false },
  { key: "reportedTotal", title: { zh: "填报总分", en: "Reported total" }, width: 10, numeric: true },
  { key: "computedTotal", title: { zh: "计算总分", en: "Computed total" }, width: 10, numeric: true },
  { key: "reportedGrade", title: { zh: "填报等级", en: "Reported grade" }, width: 9, numeric: false },
  { key: "computedGrade", title: { zh: "计算等级", en: "Computed grade" }, width: 9, numeric: false },
  { key: "errors", title: { zh: "错误", en: "Errors" }, width: 7, numeric: true },
  { key: "warnings", title: { zh: "警告", en: "Warnings" }, width: 7, numeric: true },
  { key: "infos", title: { zh: "提示", en: "Info" }, width: 7, numeric: true },
  { key: "open", title: { zh: "待处理问题", en: "Open findings" }, width: 9, numeric: true },
  { key: "accepted", title: { zh: "已接受", en: "Accepted" }, width: 7, numeric: true },
  { key: "ignored", title: { zh: "已忽略", en: "Ignored" }, width: 7, numeric: true },
  { key: "decision", title: { zh: "审核结论", en: "Decision" }, width: 10, numeric: false },
  { key: "note", title: { zh: "说明", en: "Note" }, width: 10, numeric: false },
];

export interface SummaryTable {
  header: string[];
  body: CsvValue[][];
  widths: number[];
  numeric: boolean[];
}

function cellOf(row: FormSummary, key: keyof FormSummary, lang: Lang): CsvValue {
  switch (key) {
    case "reportedGrade":
    case "computedGrade":
      return gradeText(row[key], lang);
    case "decision":
      return row.decision ? FORM_DECISION_NAMES[row.decision][lang] : "";
    case "note":
      return row.note ? row.note[lang] : "";
    default:
      return row[key];
  }
}

/** The rows as a table: a header, then one line per row, numbers kept as numbers; each column as wide as its text. */
export function summaryTable(rows: readonly FormSummary[], lang: Lang): SummaryTable {
  const header = SUMMARY_COLUMNS.map((c) => c.title[lang]);
  const body = rows.map((r) => SUMMARY_COLUMNS.map((c) => cellOf(r, c.key, lang)));
  const widths = SUMMARY_COLUMNS.map((c, i) => {
    const widest = Math.max(displayWidth(header[i]), ...body.map((line) => displayWidth(String(line[i] ?? ""))));
    return Math.min(MAX_WIDTH, Math.max(c.width, widest + 2));
  });
  return { header, body, widths, numeric: SUMMARY_COLUMNS.map((c) => c.numeric) };
}

/** The summary as CSV text (BOM, CRLF, numbers as numbers, text safe to open). */
export function summaryCsv(rows: readonly FormSummary[], lang: Lang): string {
  const t = summaryTable(rows, lang);
  return csvText([t.header, ...t.body]);
}
