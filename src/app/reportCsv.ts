import type { Report } from "../engine";
import { findingHeader, findingRows, REPORT_SHEET, type ReportRowsOptions } from "./reportRows";
import { csvText } from "./review/csv";

/** The report's findings and notices as CSV text (BOM, CRLF, formula-safe): the report sheet's columns, file on every row. */
export function reportCsv(report: Report, lang: "zh" | "en", options: ReportRowsOptions = {}): string {
  return csvText([findingHeader(lang), ...findingRows(report, lang, options)]);
}

/** Characters no file name may hold on Windows, and controls. */
const NOT_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * "预算/昌吉州.xlsx" → "昌吉州-校验报告.csv": an export named after its workbook, so that the reports of 200 units do not
 * all download as 校验报告.csv. Without a workbook name, the report's own name.
 */
export function reportFileName(workbook: string | null | undefined, lang: "zh" | "en", ext = "csv"): string {
  const suffix = lang === "zh" ? REPORT_SHEET : "report";
  const base = (workbook ?? "").split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .replace(NOT_IN_NAMES, "_")
    .trim();
  return stem ? `${stem}-${suffix}.${ext}` : `${suffix}.${ext}`;
}
