/** Test helper: a SheetGrid from literal rows, its top-left at (originRow, originCol). */
import type { CellRange, CellValue, SheetGrid } from "../../grid/types";

export function gridOf(
  rows: CellValue[][],
  options: { originRow?: number; originCol?: number; merges?: CellRange[]; name?: string } = {},
): SheetGrid {
  return {
    name: options.name ?? "Sheet1",
    originRow: options.originRow ?? 0,
    originCol: options.originCol ?? 0,
    values: rows,
    merges: options.merges ?? [],
  };
}
