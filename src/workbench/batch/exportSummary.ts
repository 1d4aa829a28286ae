import { summaryCsv, summaryTable, type FormSummary } from "../../app/review/summary";

type Lang = "zh" | "en";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_MIME = "text/csv;charset=utf-8";
export const ZIP_MIME = "application/zip";

const day = (at: Date) => `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, "0")}-${String(at.getDate()).padStart(2, "0")}`;

/** "校验汇总-2026-11-30.xlsx", "校验结果-2026-11-30.zip": what a batch's files are called. */
export function batchFileName(kind: "summary" | "copies", ext: string, lang: Lang, at = new Date()): string {
  const stem = kind === "summary" ? (lang === "zh" ? "校验汇总" : "summary") : lang === "zh" ? "校验结果" : "checked";
  return `${stem}-${day(at)}.${ext}`;
}

/** The summary as CSV bytes: the text with its BOM, so that Excel reads the Chinese right. */
export function summaryCsvBytes(rows: readonly FormSummary[], lang: Lang): ArrayBuffer {
  return new TextEncoder().encode(summaryCsv(rows, lang)).buffer as ArrayBuffer;
}

/** The summary as a workbook of one sheet: header frozen and filtered, numbers as numbers, columns as wide as their text. */
export async function summaryXlsxBytes(rows: readonly FormSummary[], lang: Lang): Promise<ArrayBuffer> {
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ "exceljs")).default;
  const t = summaryTable(rows, lang);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === "zh" ? "校验汇总" : "Summary", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(t.header).font = { bold: true };
  for (const line of t.body) ws.addRow(line.map((v) => v ?? null));
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.header.length } };
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The checked copies in one .zip, each under its own name (a second "表.checked.xlsx" becomes "表 (2).checked.xlsx"). */
export async function zipCopies(copies: readonly { name: string; bytes: ArrayBuffer }[]): Promise<ArrayBuffer> {
  const JSZip = (await import(/* webpackChunkName: "jszip" */ "jszip")).default;
  const zip = new JSZip();
  const taken = new Set<string>();
  for (const c of copies) {
    let name = c.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = c.name.replace(/(\.checked\.xlsx|)$/i, ` (${n})$1`);
    taken.add(name.toLowerCase());
    zip.file(name, c.bytes);
  }
  return zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" });
}
