import type { CellValue, SheetGrid, WorkbookGrid } from "../../engine";

/** Sheet 表1 as handReport() describes it: H20 holds 5, H21 is empty, H30 holds =SUM(H12:H29) showing 100. 0-based arrays. */
export function handWorkbook(): WorkbookGrid {
  const rows = 70;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(9).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(9).fill(null));
  values[0][0] = "项目支出绩效自评表";
  values[19][7] = 5;
  values[29][7] = 100;
  formulas[29][7] = "=SUM(H12:H29)";
  return { sheets: [{ name: "表1", originRow: 0, originCol: 0, values, formulas }] };
}

/** A small sheet for insertSample(). */
export function handSample(): SheetGrid {
  return { name: "示例", originRow: 0, originCol: 0, values: [["项目支出绩效自评表"]] };
}
