import { isDateFormat, isPercentFormat } from "../../src/engine/parse/formats";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/engine";

export interface CellView {
  value: CellValue;
  formula: boolean;
  format: "percent" | "date" | "other";
}

const kindOf = (format: string | null | undefined): CellView["format"] =>
  isPercentFormat(format) ? "percent" : isDateFormat(format) ? "date" : "other";

/** Every non-empty cell of a sheet by absolute A1-free key "row,col": what the engine reads of it. */
export function cellsOf(sheet: SheetGrid): Map<string, CellView> {
  const out = new Map<string, CellView>();
  sheet.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const formula = Boolean(sheet.formulas?.[i]?.[j]);
      if (value === null && !formula) return;
      out.set(`${sheet.originRow + i},${sheet.originCol + j}`, { value, formula, format: kindOf(sheet.numberFormats?.[i]?.[j]) });
    }),
  );
  return out;
}

/** The cells of every sheet, by sheet name, as plain objects (for toEqual with readable diffs). */
export function workbookCells(grid: WorkbookGrid): Record<string, Record<string, CellView>> {
  return Object.fromEntries(grid.sheets.map((s) => [s.name, Object.fromEntries(cellsOf(s))]));
}

export function mergesOf(grid: WorkbookGrid): Record<string, string[]> {
  return Object.fromEntries(
    grid.sheets.map((s) => [s.name, (s.merges ?? []).map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort()]),
  );
}
