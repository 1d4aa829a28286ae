import type ExcelJS from "exceljs";
import type { CellRange, CellValue, LocalText, SheetGrid } from "../../engine";
import { cellContent } from "./cellContent";

/** Beyond this many cells (used rows × used columns) a sheet is read only partly: the first rows that fit, and a notice. */
export const DEFAULT_MAX_CELLS_PER_SHEET = 2_000_000;

export interface SheetCut {
  keptRows: number;
  totalRows: number;
  columns: number;
}

export interface SheetRead {
  grid: SheetGrid;
  cut: SheetCut | null;
}

interface ExcelRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The sheet's merged areas (1-based). exceljs keeps them in `_merges`; its public `model` getter would also build a model of
 * every row, which costs seconds on a 100,000-row sheet, so it is only the fallback.
 */
function excelMerges(ws: ExcelJS.Worksheet): ExcelRange[] {
  const own = (ws as unknown as { _merges?: Record<string, ExcelRange> })._merges;
  if (own && typeof own === "object") return Object.values(own).filter((r) => r && Number.isInteger(r.top));
  const out: ExcelRange[] = [];
  for (const text of ws.model.merges ?? []) {
    const [a, b = a] = text.split(":");
    const tl = ws.getCell(a);
    const br = ws.getCell(b);
    out.push({ top: Number(tl.row), left: Number(tl.col), bottom: Number(br.row), right: Number(br.col) });
  }
  return out;
}

/** One worksheet's used area as a SheetGrid (0-based, absolute); at most maxCells cells. */
export function sheetToGrid(ws: ExcelJS.Worksheet, date1904: boolean, maxCells = DEFAULT_MAX_CELLS_PER_SHEET): SheetRead {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const merges = excelMerges(ws);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (!Number.isFinite(top))
    return { grid: { name: ws.name, originRow: 0, originCol: 0, values: [], formulas: [], numberFormats: [], merges: [] }, cut: null };

  const width = right - left + 1;
  const totalRows = bottom - top + 1;
  const fitRows = Math.max(1, Math.floor(maxCells / width));
  const cut = totalRows > fitRows ? { keptRows: fitRows, totalRows, columns: width } : null;
  if (cut) bottom = top + fitRows - 1;

  const height = bottom - top + 1;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let i = 0; i < height; i++) {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    numberFormats.push(new Array<string | null>(width).fill(null));
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > bottom) return;
    const i = r - top;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const j = c - left;
      const content = cellContent(cell, date1904);
      values[i][j] = content.value;
      formulas[i][j] = content.formula;
      const fmt = cell.numFmt;
      numberFormats[i][j] = typeof fmt === "string" && fmt !== "" ? fmt : null;
    });
  });

  const kept: CellRange[] = [];
  for (const m of merges) {
    if (m.top > bottom) continue;
    kept.push({ top: m.top - 1, left: m.left - 1, bottom: Math.min(m.bottom, bottom) - 1, right: m.right - 1 });
  }
  return { grid: { name: ws.name, originRow: top - 1, originCol: left - 1, values, formulas, numberFormats, merges: kept }, cut };
}

export function cutNotice(cut: SheetCut): LocalText {
  return {
    zh: `工作表过大（${cut.totalRows} 行 × ${cut.columns} 列），只读取并校验了前 ${cut.keptRows} 行。`,
    en:
      `The sheet is too large (${cut.totalRows} rows × ${cut.columns} columns); ` +
      `only its first ${cut.keptRows} rows were read and checked.`,
  };
}
