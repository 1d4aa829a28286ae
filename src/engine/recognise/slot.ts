/** Reading one cell of a form as a Slot: the merge's top-left cell, its value, formula and number format. */
import type { SheetView } from "../grid/sheetView";
import { isBlank } from "../grid/text";
import type { Slot } from "./types";

export function slotAt(view: SheetView, row: number, col: number): Slot {
  const m = view.merge(row, col);
  if (m !== null) {
    row = m.top;
    col = m.left;
  }
  // The grid read here rather than through raw(), formula() and numberFormat(): nine slots a row, every row, and each
  // property read costs on a first run.
  const i = row - view.top;
  const j = col - view.left;
  const values = view.values[i];
  const allFormulas = view.formulas;
  const allFormats = view.numberFormats;
  const formulas = allFormulas ? allFormulas[i] : null;
  const formats = allFormats ? allFormats[i] : null;
  return {
    row,
    col,
    value: (values ? values[j] : null) ?? null,
    formula: (formulas ? formulas[j] : null) ?? null,
    numberFormat: (formats ? formats[j] : null) ?? null,
  };
}

/** The slot of a column when the form has it, else null. */
export function optionalSlot(view: SheetView, row: number, col: number | null): Slot | null {
  return col === null ? null : slotAt(view, row, col);
}

/** True when the cell shows something and its value belongs to this row (not merged down from a row above). */
export function ownsValue(view: SheetView, row: number, col: number | null): boolean {
  if (col === null) return false;
  const m = view.merge(row, col);
  if (m === null) return !isBlank(view.raw(row, col));
  return m.top === row && !isBlank(view.raw(m.top, m.left));
}

/** True when this exact cell holds a value of its own: neither blank nor inside a merge anchored elsewhere. */
export function slotOwnsValue(view: SheetView, row: number, col: number | null): boolean {
  if (col === null) return false;
  const m = view.merge(row, col);
  return (m === null || (m.top === row && m.left === col)) && !isBlank(view.raw(row, col));
}
