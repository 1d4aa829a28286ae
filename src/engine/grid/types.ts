/** What a host hands the engine. Every row/column inside the engine is 0-based and absolute (row 0 = worksheet row 1). */

/** An error value such as #DIV/0!, #N/A, #REF!. */
export interface CellError {
  readonly error: string;
}

/** A cell value as a host gives it: text, number, boolean, empty, or an error value. */
export type CellValue = string | number | boolean | null | CellError;

/** An inclusive rectangle of cells, 0-based and absolute. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet's used area. `values[i][j]` is the cell at (originRow + i, originCol + j). */
export interface SheetGrid {
  name: string;
  originRow: number;
  originCol: number;
  values: CellValue[][];
  /** Same shape as values: the formula text ("=B2/C2") where the cell holds a formula, else null. */
  formulas?: (string | null)[][];
  /** Same shape as values: the number format ("0.00%") where known, else null. */
  numberFormats?: (string | null)[][];
  /** Merged areas, absolute. The value of a merged area sits in its top-left cell. */
  merges?: CellRange[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** A cell the engine reads or plans to write. */
export interface CellAt {
  sheet: string;
  row: number;
  col: number;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}
