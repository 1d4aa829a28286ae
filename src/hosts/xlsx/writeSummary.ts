import ExcelJS from "exceljs";
import type { SummaryTable } from "../../app/review/summary";
import { writeNewFile } from "./reviewFiles";

export const SUMMARY_SHEET = "汇总";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/**
 * The one-row-per-form table as a worksheet a bureau can sort: header bold and frozen, an autofilter over every row,
 * numbers as numbers, text as text (never a formula), columns sized for Chinese.
 */
export function addSummarySheet(wb: ExcelJS.Workbook, table: SummaryTable, name = SUMMARY_SHEET): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  ws.columns = table.widths.map((width) => ({ width }));
  const header = ws.addRow(table.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  for (const values of table.body) {
    ws.addRow(values.map((v) => (v === "" ? null : v)));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.body.length + 1), column: table.header.length } };
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  return ws;
}

export function summaryWorkbook(table: SummaryTable): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "selfeval";
  addSummarySheet(wb, table);
  return wb;
}

/** Writes the summary as .xlsx to outPath; refuses an input or a non-file target (XlsxError). */
export async function writeSummaryXlsx(outPath: string, table: SummaryTable, inputs: readonly string[]): Promise<void> {
  await writeNewFile(outPath, summaryWorkbook(table), inputs);
}
