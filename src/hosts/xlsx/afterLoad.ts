import type ExcelJS from "exceljs";

interface TableModel {
  style?: unknown;
}

/** No style: what a <tableStyleInfo> with no name says, and what exceljs needs to write the table back. */
const PLAIN_TABLE_STYLE = {
  theme: undefined,
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: false,
  showColumnStripes: false,
};

/**
 * Fills in what other writers may leave out but exceljs needs to write the workbook again: a table without the optional
 * <tableStyleInfo> (LibreOffice writes none) makes exceljs throw "reading 'theme'" when it writes a copy.
 */
export function completeForWriting(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, { table?: TableModel } | undefined> }).tables ?? {};
    for (const t of Object.values(tables)) {
      if (t?.table && !t.table.style) t.table.style = { ...PLAIN_TABLE_STYLE };
    }
  }
}
