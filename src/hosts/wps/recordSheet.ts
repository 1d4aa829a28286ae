import { NO_RECORDS, type StoredRecords } from "../../app/session/syncSpreadsheet";
import { wpsError } from "./errors";
import { XL_SHEET_VERY_HIDDEN, type EtWorkbook, type EtWorksheet } from "./etTypes";
import { toRows } from "./matrix";
import { worksheetNamed } from "./sheetAccess";
import { recordsFromCells, recordsToCells } from "./recordText";

/**
 * The add-in's record of marks and fills lives in a very hidden worksheet of the workbook itself: it is saved with the
 * file (.xlsx and .et alike) and travels with it, holds any size in chunks, and the user cannot unhide it from the UI.
 * (PluginStorage is per application and not persisted; a custom document property holds at most 255 characters.)
 */
export const RECORDS_SHEET = "_selfeval_records";

function find(book: EtWorkbook): EtWorksheet | null {
  return worksheetNamed(book, RECORDS_SHEET);
}

export function loadRecordSheet(book: EtWorkbook): StoredRecords {
  const ws = find(book);
  if (!ws) return NO_RECORDS;
  const used = ws.UsedRange;
  const rows = used.Row === 1 && used.Column === 1 ? used.Rows.Count : 0;
  if (rows === 0) return NO_RECORDS;
  return recordsFromCells(toRows(used.Value2, rows, 1).map((r) => r[0]));
}

/** Creates the records sheet if missing; fails (before anything else is written) when the workbook structure is protected. */
export function ensureRecordSheet(book: EtWorkbook): EtWorksheet {
  const existing = find(book);
  if (existing) return existing;
  if (book.ProtectStructure) throw wpsError("protected", { zh: "（工作簿结构受保护，无法保存修改记录）", en: "(The workbook structure is protected, so the change record cannot be kept.)" });
  const sheets = book.Worksheets;
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = RECORDS_SHEET;
  ws.Visible = XL_SHEET_VERY_HIDDEN;
  return ws;
}

export function saveRecordSheet(book: EtWorkbook, records: StoredRecords): void {
  const empty = records.marks === null && records.fills.length === 0;
  if (empty && !find(book)) return;
  const ws = ensureRecordSheet(book);
  ws.UsedRange.Clear();
  const cells = recordsToCells(records);
  ws.Range(`A1:A${cells.length}`).Value2 = cells.map((c) => [c]);
}
