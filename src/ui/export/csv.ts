import type { Report } from "../../engine";
import { DICTIONARIES, type Lang } from "../i18n";

/** Byte-order mark: without it Excel reads a UTF-8 CSV in the local code page and garbles Chinese. */
export const UTF8_BOM = "\uFEFF";

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection), plus tab and CR which some readers strip first. */
const FORMULA_LEADERS = /^[=+\-@\t\r]/;

/**
 * One CSV field. Cell text is data: a leading formula character gets a ' so that no reader evaluates it, and any field
 * holding a quote, comma, semicolon, line break or edge space is quoted with its quotes doubled (RFC 4180).
 */
export function csvField(text: string): string {
  const safe = FORMULA_LEADERS.test(text) ? `'${text}` : text;
  return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(",");
}

/** The report's findings (and sheet notices) as CSV text, BOM first, CRLF line ends, in the given language. */
export function buildReportCsv(report: Report, lang: Lang): string {
  const t = DICTIONARIES[lang];
  const h = t.csvHeaders;
  const lines = [csvLine([h.sheet, h.cell, h.project, h.severity, h.code, h.message])];
  for (const f of report.issues) {
    const project = report.tables[f.table]?.project ?? "";
    lines.push(csvLine([f.sheet, f.cell, project, t.severity[f.severity], t.codes[f.code] ?? f.code, f.messages[lang]]));
  }
  for (const n of report.notices) lines.push(csvLine([n.sheet, "", "", t.csvNotice, "", n.messages[lang]]));
  return UTF8_BOM + lines.join("\r\n") + "\r\n";
}
