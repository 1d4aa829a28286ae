/**
 * What the engine's thread does with exceljs (and SheetJS for .xls): read a file's bytes, write the annotated copy.
 * A chunk of its own, loaded at the first file opened or copy written, so that the worker starts without it.
 */
import type ExcelJS from "exceljs";
import type { Edit, WorkbookGrid } from "../../engine";
import { isCompoundFile, legacyCopyNotice } from "../legacy";
import { lostPartsText } from "../xlsx/lostParts";
import { loadWorkbook } from "../xlsx/readBytes";
import { cutNotice, DEFAULT_MAX_CELLS_PER_SHEET, sheetToGrid } from "../xlsx/sheetGrid";
import { ownRecordSheet, readRecordText } from "../xlsx/recordSheet";
import type { RecordRead } from "../../app/ownership/record";
import { buildAnnotatedCopy } from "./annotatedCopy";
import type { Progress, ReadFile, ReadNoticeData, WrittenSheet } from "./protocol";
import { readDecor } from "./readDecor";

type Read = { grid: WorkbookGrid; notices: ReadNoticeData[] };

function toGrid(wb: ExcelJS.Workbook, maxCells: number, progress: (p: Progress) => void): Read {
  const date1904 = Boolean(wb.properties?.date1904);
  const grid: WorkbookGrid = { sheets: [] };
  const notices: ReadNoticeData[] = [];
  const total = wb.worksheets.length;
  const record = ownRecordSheet(wb);
  wb.worksheets.forEach((ws, i) => {
    progress({ stage: "converting", done: i, total });
    if (ws === record) return;
    const { grid: sheet, cut } = sheetToGrid(ws, date1904, maxCells);
    grid.sheets.push(sheet);
    if (cut) notices.push({ sheet: ws.name, messages: cutNotice(cut) });
  });
  return { grid, notices };
}

/** The grid, our own marks, fill colours and notes, and what the reader has to say, of a file's bytes. */
export async function readFile(
  bytes: Uint8Array,
  name: string,
  maxCells = DEFAULT_MAX_CELLS_PER_SHEET,
  progress: (p: Progress) => void = () => undefined,
): Promise<ReadFile> {
  const wb = await loadWorkbook(bytes, name);
  const { grid, notices } = toGrid(wb, maxCells, progress);
  if (isCompoundFile(bytes)) notices.unshift({ sheet: name, messages: legacyCopyNotice(name) });
  return { grid, decor: readDecor(wb, grid), notices, recordText: readRecordText(wb) };
}

/** The opened file with the session's edits, and what the copy lacks of it. */
export async function writeCopy(bytes: Uint8Array, edits: Edit[], written: WrittenSheet[], name: string, record: RecordRead) {
  const copy = await buildAnnotatedCopy(bytes, edits, written, name, record);
  return { ...copy, lost: lostPartsText(copy.lost) };
}
