/** Reading one cell of a form as a Slot: the merge's top-left cell, its value, formula and number format. */
import type { SheetView } from "../grid/sheetView";
import type { Slot } from "./types";

export function slotAt(view: SheetView, row: number, col: number): Slot {
  const m = view.merge(row, col);
  const r = m ? m.top : row;
  const c = m ? m.left : col;
  // The grid read here rather than through raw(), formula() and numberFormat(): nine slots a row, every row.
  const i = r - view.top;
  const j = c - view.left;
  const { values, formulas, numberFormats } = view.grid;
  const value = values[i]?.[j];
  return {
    row: r,
    col: c,
    value: value === undefined ? null : value,
    formula: formulas?.[i]?.[j] ?? null,
    numberFormat: numberFormats?.[i]?.[j] ?? null,
  };
}

/** The slot of a column when the form has it, else null. */
export function optionalSlot(view: SheetView, row: number, col: number | null): Slot | null {
  return col === null ? null : slotAt(view, row, col);
}

/** True when the cell shows something and its value belongs to this row (not merged down from a row above). */
export function ownsValue(view: SheetView, row: number, col: number | null): boolean {
  if (col === null) return false;
  return view.anchorRow(row, col) === row && !view.blank(row, col);
}

/** True when this exact cell holds a value of its own: neither blank nor inside a merge anchored elsewhere. */
export function slotOwnsValue(view: SheetView, row: number, col: number | null): boolean {
  if (col === null) return false;
  const m = view.merge(row, col);
  return (!m || (m.top === row && m.left === col)) && !view.blank(row, col);
}
