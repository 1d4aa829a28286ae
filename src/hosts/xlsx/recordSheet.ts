import type ExcelJS from "exceljs";
import { FILL_NOTE_PREFIX, type Edit } from "../../engine";
import { EMPTY_RECORD, isEmptyRecord, usableRecord, type OwnRecord, type RecordRead, type SheetRef } from "../../app/ownership/record";
import { decodeRecord, encodeRecord } from "../../app/ownership/recordCodec";
import type { Reviews } from "../../app/review/decision";
import { recordCells, recordTextOfColumn, RECORDS_SHEET } from "../common/recordSheetText";
import { noteText } from "./applyEdits";

/**
 * The record in a workbook exceljs reads and writes: the very hidden sheet the WPS add-in keeps it in (common/
 * recordSheetText), with the WPS add-in's sheet identities (hidden workbook names `_selfeval_sheet_<id>` on each sheet's
 * A1), so that the annotated copy, opened in WPS, knows its decisions and the notes the copy was given.
 */

const ID_NAME = /^_selfeval_sheet_([0-9a-z]{8,32})$/;

/** The record sheet of a loaded workbook when it is ours (A1 holds our marker); a sheet of that name that is not stays the user's. */
export function ownRecordSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | null {
  const ws = wb.getWorksheet(RECORDS_SHEET);
  return ws && recordTextOfColumn([ws.getCell(1, 1).value]) !== null ? ws : null;
}

/** The record text our record sheet holds, or null when there is none. */
export function readRecordText(wb: ExcelJS.Workbook): string | null {
  const ws = ownRecordSheet(wb);
  if (!ws) return null;
  const column: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) column.push(ws.getCell(r, 1).value);
  return recordTextOfColumn(column);
}

/** The record a loaded workbook holds (untrusted: decodeRecord decides). */
export const readRecord = (wb: ExcelJS.Workbook): RecordRead => decodeRecord(readRecordText(wb));

const sheetOf = (range: string) => /^'((?:[^']|'')+)'!|^([^'!]+)!/.exec(range);

/** Each worksheet's identity: its name of ours when it has one, else a new one (added to the workbook by `writeRecord`). */
function sheetRefs(wb: ExcelJS.Workbook, random: () => number): SheetRef[] {
  const named = new Map<string, string>();
  for (const { name, ranges } of wb.definedNames.model) {
    const id = ID_NAME.exec(name)?.[1];
    const m = id && ranges.length === 1 ? sheetOf(ranges[0]) : null;
    const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : null;
    if (id && sheet && !named.has(sheet)) named.set(sheet, id);
  }
  const fresh = () => Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join("");
  return wb.worksheets.filter((ws) => ws.name !== RECORDS_SHEET).map((ws) => ({ id: named.get(ws.name) ?? fresh(), name: ws.name }));
}

/** The notes among `edits` that will land on a cell with no note: only those are ours whole, to be taken back later. */
function notesOnBareCells(wb: ExcelJS.Workbook, edits: readonly Edit[], refs: SheetRef[]): OwnRecord["notes"] {
  return edits.flatMap((e) => {
    const ref = refs.find((r) => r.name === e.at.sheet);
    if (e.kind !== "note" || !ref) return [];
    const had = noteText(wb.getWorksheet(e.at.sheet)?.getCell(e.at.row + 1, e.at.col + 1).note);
    return had === null || had.trim() === ""
      ? [{ sheetId: ref.id, row: e.at.row, col: e.at.col, text: e.text, purpose: e.text.startsWith(FILL_NOTE_PREFIX) ? "fill" : "check" }]
      : [];
  });
}

/**
 * The record the annotated copy carries: the decisions of the input's record (`input`: the record sheet's unless the
 * package held the Excel add-in's; none when it was refused), and the notes
 * the copy gets on cells that had none. Call before the edits are applied. Scores written into the copy are not recorded
 * (the copy is a new file; its input stays as it was).
 */
export function copyRecord(
  wb: ExcelJS.Workbook,
  edits: readonly Edit[],
  input: RecordRead = readRecord(wb),
  random: () => number = Math.random,
): OwnRecord {
  const reviews: Reviews = usableRecord(input).reviews;
  const refs = sheetRefs(wb, random);
  const notes = notesOnBareCells(wb, edits, refs);
  const used = new Set(notes.map((n) => n.sheetId));
  return { ...EMPTY_RECORD, reviews, notes, sheets: refs.filter((r) => used.has(r.id)) };
}

/**
 * Writes the record into the workbook: our record sheet (very hidden, replaced when ours, created when absent) and a
 * name for each sheet the record refers to. False, writing nothing, when a sheet of that name is the user's.
 */
export function writeRecord(wb: ExcelJS.Workbook, record: OwnRecord): boolean {
  const existing = wb.getWorksheet(RECORDS_SHEET);
  if (existing && !ownRecordSheet(wb)) return false;
  if (existing) wb.removeWorksheet(existing.id);
  if (isEmptyRecord(record)) return true;
  const ws = wb.addWorksheet(RECORDS_SHEET, { state: "veryHidden" });
  recordCells(encodeRecord(record)).forEach((text, i) => (ws.getCell(i + 1, 1).value = text));
  const named = new Set(wb.definedNames.model.map((n) => n.name));
  for (const ref of record.sheets) {
    const name = `_selfeval_sheet_${ref.id}`;
    if (!named.has(name)) wb.definedNames.add(`'${ref.name.replace(/'/g, "''")}'!$A$1`, name);
  }
  return true;
}
