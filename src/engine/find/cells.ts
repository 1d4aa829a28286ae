import type { Slot } from "../recognise/types";
import type { FindingList } from "./findingList";
import type { LocalText } from "./types";
import { isCellError } from "../grid/types";
import { cellText } from "../grid/text";
import { parseNumberCell } from "../parse";
import { say } from "../messages";

export const textOf = (slot: Slot | null) => (slot ? cellText(slot.value) : "");

/** The slot's number (parseNumberCell). The slot carries the number format: only a text read in a money block needs more. */
export const numberOf = (slot: Slot | null, blockUnit?: "万元" | "元") =>
  slot
    ? parseNumberCell(slot.value, blockUnit && typeof slot.value === "string" ? { numberFormat: slot.numberFormat, blockUnit } : slot)
    : null;

/** Why the cell cannot be read: an error value (#DIV/0!) or a formula without a cached result; null when it can. */
export function brokenCellMessage(slot: Slot | null): LocalText | null {
  if (!slot) return null;
  if (isCellError(slot.value)) return say.cellError(slot.value.error);
  if (slot.formula && (slot.value === null || slot.value === undefined)) return say.formulaNoValue;
  return null;
}

/** Reports error values (#DIV/0!) and formulas without a cached result; true when the slot is unusable. */
export function reportBrokenCell(slot: Slot | null, out: FindingList): boolean {
  const broken = brokenCellMessage(slot);
  if (slot && broken) out.add("cell-error", "warning", slot.row, slot.col, broken);
  return broken !== null;
}
