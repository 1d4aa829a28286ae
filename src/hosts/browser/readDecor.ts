import type ExcelJS from "exceljs";
import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import type { SheetDecor, WorkbookDecor } from "./protocol";

/** "FFFFC7CE" (ARGB) → "#FFC7CE"; null for anything else (theme and indexed colours are not resolved). */
export function hexOfArgb(argb: unknown): string | null {
  if (typeof argb !== "string") return null;
  const m = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb);
  return m ? `#${m[1].toUpperCase()}` : null;
}

function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  return hexOfArgb(fill.fgColor?.argb);
}

/** A note's plain text, rich or not. */
export function noteText(note: unknown): string | null {
  if (typeof note === "string") return note;
  if (!note || typeof note !== "object") return null;
  const texts = (note as { texts?: unknown }).texts;
  if (!Array.isArray(texts)) return null;
  return texts.map((run) => (run && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
}

function sheetDecor(ws: ExcelJS.Worksheet, fills: [string, string][], notes: [string, string][]): SheetDecor {
  const widths: (number | null)[] = [];
  // exceljs's `columns` getter is null on a sheet that defines none.
  (ws.columns ?? []).forEach((column, i) => {
    widths[i] = typeof column?.width === "number" && column.width > 0 ? column.width : null;
  });
  const heights: [number, number][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (typeof row.height === "number" && row.height > 0) heights.push([r - 1, row.height]);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const at = { sheet: ws.name, row: r - 1, col: c - 1 };
      const fill = fillOf(cell);
      if (fill) fills.push([MemorySpreadsheet.key(at), fill]);
      const note = noteText(cell.note);
      if (note !== null && note !== "") notes.push([MemorySpreadsheet.key(at), note]);
    });
  });
  return { name: ws.name, widths, heights };
}

/** The fills, notes, widths and heights of a loaded workbook: what the grid draws and what undo must restore. */
export function readDecor(wb: ExcelJS.Workbook): WorkbookDecor {
  const fills: [string, string][] = [];
  const notes: [string, string][] = [];
  const sheets = wb.worksheets.map((ws) => sheetDecor(ws, fills, notes));
  return { fills, notes, sheets };
}
