import type { CellRange, CellValue, SheetGrid } from "./types";
import { cellText, compactText, isBlank } from "./text";
import { mergesByRow } from "./mergesByRow";

/** Read access to one sheet by absolute 0-based row/column, with merged areas resolved to their top-left cell. */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The grid's lists, kept here too: read for nearly every cell, one property away rather than two. */
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][] | undefined;
  readonly numberFormats: (string | null)[][] | undefined;
  /** Indexed by absolute row: arrays rather than maps, as merge() is asked for every cell the recogniser reads. */
  private readonly mergesOfRow: (readonly CellRange[] | undefined)[];
  private readonly mergeReach: number[];

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.top = grid.originRow;
    this.left = grid.originCol;
    this.values = grid.values;
    this.formulas = grid.formulas;
    this.numberFormats = grid.numberFormats;
    const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
    this.bottom = grid.originRow + grid.values.length - 1;
    this.right = grid.originCol + width - 1;
    const rows = mergesByRow(grid.merges ?? []);
    this.mergesOfRow = rows.lists;
    this.mergeReach = rows.reach;
  }

  /** The merged area covering the cell, or null. Where merges overlap, the last one listed wins. */
  merge(row: number, col: number): CellRange | null {
    const list = this.mergesOfRow[row];
    if (list === undefined || col > this.mergeReach[row]) return null;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m.left <= col && col <= m.right) return m;
    }
    return null;
  }

  /** The cell that holds the value shown at (row, col): the merge's top-left cell, or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** anchor(row, col).row, without building the pair: read for every cell of every form. */
  anchorRow(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.top : row;
  }

  /** anchor(row, col).col, without building the pair. */
  anchorCol(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.left : col;
  }

  /** The raw value stored in this exact cell (no merge resolution). */
  raw(row: number, col: number): CellValue {
    const r = this.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value shown at (row, col): a merged area's value appears in all its cells. */
  value(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    const r = this.values[(m === null ? row : m.top) - this.top];
    if (!r) return null;
    const v = r[(m === null ? col : m.left) - this.left];
    return v === undefined ? null : v;
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** Normalised text without spaces, for matching labels. */
  label(row: number, col: number): string {
    return compactText(this.text(row, col));
  }

  blank(row: number, col: number): boolean {
    return isBlank(this.value(row, col));
  }

  /** No cell of the area shows a value or lies in a merged area; rows and columns outside the sheet count as blank. */
  blankArea(top: number, left: number, bottom: number, right: number): boolean {
    for (let row = top; row <= bottom; row++) {
      const r = this.values[row - this.top];
      const merges = this.mergesOfRow[row];
      for (let col = left; col <= right; col++) {
        if (r && !isBlank(r[col - this.left] ?? null)) return false;
        if (merges && this.merge(row, col)) return false;
      }
    }
    return true;
  }

  formula(row: number, col: number): string | null {
    const r = this.formulas?.[row - this.top];
    return r?.[col - this.left] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    const r = this.numberFormats?.[row - this.top];
    return r?.[col - this.left] ?? null;
  }
}
