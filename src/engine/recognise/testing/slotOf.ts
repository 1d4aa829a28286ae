import type { CellValue } from "../../grid/types";
import type { Slot } from "../types";

/** A slot for tests: a plain cell unless `more` gives it a formula or number format. */
export const slotOf = (row: number, col: number, value: CellValue, more: Partial<Slot> = {}): Slot => ({
  row,
  col,
  value,
  formula: null,
  numberFormat: null,
  ...more,
});
