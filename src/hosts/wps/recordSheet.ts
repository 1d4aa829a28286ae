import { wpsError } from "./errors";
import { XL_SHEET_VERY_HIDDEN, type EtApplication, type EtWorkbook, type EtWorksheet } from "./etTypes";
import { RECORD_MARKER, RECORDS_SHEET } from "./ownNames";
import { isRecordHead, recordCells, recordTextOfColumn } from "../common/recordSheetText";
import { keepingActiveSheet, withAlertsOff, worksheetNamed } from "./sheetAccess";

/**
 * The record lives in a very hidden worksheet of the workbook itself: it is saved with the file (.xlsx and .et alike)
 * and travels with it, and the user cannot unhide it from the UI. (PluginStorage is per application and not persisted;
 * a custom document property holds at most 255 characters.) A1 holds our marker, A2… the record's text in chunks.
 */

export { CHUNK, recordCells, textOfChunks } from "../common/recordSheetText";

const isOurs = (ws: EtWorksheet) => isRecordHead(ws.Range("A1").Value2);

/** The stored text, or null when there is no record sheet, or the sheet of that name is not ours. One read per chunk. */
export function readRecordSheet(book: EtWorkbook): string | null {
  const ws = worksheetNamed(book, RECORDS_SHEET);
  if (!ws || !isOurs(ws)) return null;
  const used = ws.UsedRange;
  const last = used.Row + used.Rows.Count - 1;
  const cells: unknown[] = [RECORD_MARKER];
  // One cell at a time: whether WPS cuts long strings in a multi-cell read is not known.
  for (let r = 2; r <= last; r++) cells.push(ws.Range(`A${r}`).Value2);
  return recordTextOfColumn(cells);
}

function createRecordSheet(book: EtWorkbook): EtWorksheet {
  if (book.ProtectStructure)
    throw wpsError("protected", {
      zh: "（工作簿结构受保护，无法保存校验记录）",
      en: "(The workbook structure is protected, so the record cannot be kept.)",
    });
  const sheets = book.Worksheets;
  // Adding a sheet activates it, and hiding it activates a neighbour: bring the user back where they were.
  return keepingActiveSheet(book, () => {
    const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
    ws.Name = RECORDS_SHEET;
    ws.Visible = XL_SHEET_VERY_HIDDEN;
    return ws;
  });
}

function emptyRecordSheet(ws: EtWorksheet): void {
  ws.UsedRange.Clear();
  ws.Range("A1").Value2 = RECORD_MARKER;
}

/**
 * Stores the text whole (null: deletes our record sheet, or empties it where the workbook's structure is protected).
 * Refuses, before writing anything, a sheet of that name that is not ours. Each chunk is written into its own cell: no
 * long string goes through an array write.
 */
export function writeRecordSheet(app: EtApplication, book: EtWorkbook, text: string | null): void {
  const existing = worksheetNamed(book, RECORDS_SHEET);
  if (existing && !isOurs(existing)) {
    if (text === null) return;
    throw wpsError("failed", {
      zh: `（工作簿中已有名为“${RECORDS_SHEET}”的工作表，但它不是本工具的记录。请将其改名后重试；未修改任何内容。）`,
      en:
        `(The workbook has a sheet named "${RECORDS_SHEET}" that is not the add-in's record. ` +
        "Rename it and try again; nothing was changed.)",
    });
  }
  if (text === null) {
    if (!existing) return;
    // A protected workbook structure keeps its sheets: then the sheet stays with our marker alone (no record).
    if (book.ProtectStructure) emptyRecordSheet(existing);
    else withAlertsOff(app, () => existing.Delete());
    return;
  }
  const ws = existing ?? createRecordSheet(book);
  if (existing) ws.UsedRange.Clear();
  recordCells(text).forEach((cell, i) => (ws.Range(`A${i + 1}`).Value2 = cell));
}
