import type { Slot } from "../recognise/types";
import type { FindingList } from "./findingList";
import { isCellError } from "../grid/types";
import { cellText } from "../grid/text";
import { parseNumberCell } from "../parse";
import { say } from "./messages";

export const textOf = (slot: Slot | null) => (slot ? cellText(slot.value) : "");

export const numberOf = (slot: Slot | null, blockUnit?: "万元" | "元") =>
  slot ? parseNumberCell(slot.value, { numberFormat: slot.numberFormat, blockUnit }) : null;

/** Reports error values (#DIV/0!) and formulas without a cached result; true when the slot is unusable. */
export function reportBrokenCell(slot: Slot | null, out: FindingList): boolean {
  if (!slot) return false;
  if (isCellError(slot.value)) {
    out.add("cell-error", "warning", slot.row, slot.col, say.cellError(slot.value.error));
    return true;
  }
  if (slot.formula && (slot.value === null || slot.value === undefined)) {
    out.add("cell-error", "warning", slot.row, slot.col, say.formulaNoValue);
    return true;
  }
  return false;
}
