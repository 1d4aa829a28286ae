import type { CellRange, CellValue, SheetGrid } from "../../engine";
import type { XlCellProperties } from "./api";
import { cellKey } from "../common/addresses";
import { toCellValue } from "../common/cellInput";

/** One rectangle of a sheet as loaded: values, valueTypes, formulas, numberFormat, and the fills where read. */
export interface LoadedBand {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  fills: XlCellProperties[][] | null;
}

/** A cell's fill as getCellProperties gives it → "#RRGGBB", or null when the cell has no fill. */
export function fillOf(p: XlCellProperties | undefined): string | null {
  const fill = p?.format?.fill;
  if (!fill || !fill.color || fill.pattern === "None") return null;
  return fill.color.toUpperCase();
}

/** Bands of one sheet (stacked rows, same columns) → the engine's SheetGrid, and each cell's fill when loaded. */
export function sheetGridOf(name: string, bands: LoadedBand[], merges: CellRange[] | undefined): { grid: SheetGrid; fills: Map<string, string | null> | null } {
  const ordered = [...bands].sort((a, b) => a.rowIndex - b.rowIndex);
  const originRow = ordered[0]?.rowIndex ?? 0;
  const originCol = ordered[0]?.columnIndex ?? 0;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills = ordered.every((b) => b.fills) && ordered.length > 0 ? new Map<string, string | null>() : null;
  for (const band of ordered) {
    band.values.forEach((row, i) => {
      values.push(row.map((v, j) => toCellValue(v, band.valueTypes[i]?.[j])));
      formulas.push(row.map((_, j) => {
        const f = band.formulas[i]?.[j];
        return typeof f === "string" && f.startsWith("=") ? f : null;
      }));
      numberFormats.push(row.map((_, j) => {
        const nf = band.numberFormat[i]?.[j];
        return typeof nf === "string" && nf !== "" ? nf : null;
      }));
      if (fills) row.forEach((_, j) => fills.set(cellKey(name, band.rowIndex + i, band.columnIndex + j), fillOf(band.fills![i]?.[j])));
    });
  }
  const grid: SheetGrid = { name, originRow, originCol, values, formulas, numberFormats };
  if (merges) grid.merges = merges;
  return { grid, fills };
}
