import type ExcelJS from "exceljs";
import type { CellRange, WorkbookGrid } from "../../engine";
import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import { noteText } from "../xlsx/applyEdits";
import { readOwnMarks } from "../xlsx/markRules";
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

function sheetDecor(ws: ExcelJS.Worksheet, colors: [string, string][], notes: [string, string][]): SheetDecor {
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
      if (fill) colors.push([MemorySpreadsheet.key(at), fill]);
      const note = noteText(cell.note);
      if (note !== null && note !== "") notes.push([MemorySpreadsheet.key(at), note]);
    });
  });
  return { name: ws.name, widths, heights };
}

/** Marks on cells a little beyond the used area are still drawn; a rule over whole columns is not read cell by cell. */
const MARGIN = { rows: 100, cols: 20 };

function boundsOf(grid: WorkbookGrid): (sheet: string) => CellRange | null {
  return (name) => {
    const s = grid.sheets.find((x) => x.name === name);
    if (!s) return null;
    const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
    return { top: 0, left: 0, bottom: s.originRow + s.values.length + MARGIN.rows, right: s.originCol + width + MARGIN.cols };
  };
}

/** The cells' own fill colours, the notes, our marks, widths and heights of a loaded workbook (read as `grid`): what the grid draws. */
export function readDecor(wb: ExcelJS.Workbook, grid: WorkbookGrid): WorkbookDecor {
  const colors: [string, string][] = [];
  const notes: [string, string][] = [];
  const sheets = wb.worksheets.map((ws) => sheetDecor(ws, colors, notes));
  return { colors, notes, marks: readOwnMarks(wb, boundsOf(grid)), sheets };
}
