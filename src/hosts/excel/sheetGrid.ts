import type { CellRange, CellValue, SheetGrid } from "../../engine";
import { toCellValue } from "../common/cellInput";

/** One rectangle of a sheet as loaded: values, valueTypes, formulas, numberFormat. */
export interface LoadedBand {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** Bands of one sheet (stacked rows, same columns) → the engine's SheetGrid. */
export function sheetGridOf(name: string, bands: LoadedBand[], merges: CellRange[] | undefined): SheetGrid {
  const ordered = [...bands].sort((a, b) => a.rowIndex - b.rowIndex);
  const originRow = ordered[0]?.rowIndex ?? 0;
  const originCol = ordered[0]?.columnIndex ?? 0;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const band of ordered) {
    band.values.forEach((row, i) => {
      values.push(row.map((v, j) => toCellValue(v, band.valueTypes[i]?.[j])));
      formulas.push(
        row.map((_, j) => {
          const f = band.formulas[i]?.[j];
          return typeof f === "string" && f.startsWith("=") ? f : null;
        }),
      );
      numberFormats.push(
        row.map((_, j) => {
          const nf = band.numberFormat[i]?.[j];
          return typeof nf === "string" && nf !== "" ? nf : null;
        }),
      );
    });
  }
  const grid: SheetGrid = { name, originRow, originCol, values, formulas, numberFormats };
  if (merges) grid.merges = merges;
  return grid;
}
