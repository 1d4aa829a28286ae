import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { isCellError, type CellRange, type SheetGrid } from "../../engine";

/** Host-neutral look of a block of cells, so that callers outside this folder need no exceljs types. */
export interface BlockStyle {
  range: CellRange;
  border?: boolean;
  wrap?: boolean;
  bold?: boolean;
  fontSize?: number;
  align?: "left" | "center" | "right";
}

export interface GridSheetSpec {
  grid: SheetGrid;
  /** Widths in Excel's character units, by absolute 0-based column. */
  columnWidths?: number[];
  /** Heights in points, by row index into grid.values. */
  rowHeights?: number[];
  styles?: BlockStyle[];
  /** Print landscape, all columns on one page width. */
  printFitWidth?: boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

function styleBlock(ws: ExcelJS.Worksheet, block: BlockStyle): void {
  const { range } = block;
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (block.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      if (block.wrap || block.align) {
        style.alignment = {
          ...style.alignment,
          vertical: "middle",
          ...(block.wrap ? { wrapText: true } : {}),
          ...(block.align ? { horizontal: block.align } : {}),
        };
      }
      if (block.bold || block.fontSize)
        style.font = { ...style.font, ...(block.bold ? { bold: true } : {}), ...(block.fontSize ? { size: block.fontSize } : {}) };
      cell.style = style;
    }
  }
}

/** Writes a grid into a new worksheet: values, formulas (with their values as cached results), number formats, merges. */
export function addGridSheet(wb: ExcelJS.Workbook, spec: GridSheetSpec): ExcelJS.Worksheet {
  const { grid } = spec;
  const ws = wb.addWorksheet(grid.name);
  grid.values.forEach((row, i) => {
    const xlRow = ws.getRow(grid.originRow + i + 1);
    row.forEach((value, j) => {
      const formula = grid.formulas?.[i]?.[j] ?? null;
      const format = grid.numberFormats?.[i]?.[j] ?? null;
      if (value === null && !formula) return;
      const cell = xlRow.getCell(grid.originCol + j + 1);
      const plain = isCellError(value) ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
      if (formula) cell.value = { formula: formula.replace(/^=/, ""), result: plain ?? undefined } as ExcelJS.CellFormulaValue;
      else cell.value = plain as ExcelJS.CellValue;
      if (format) cell.numFmt = format;
    });
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  spec.columnWidths?.forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
  spec.rowHeights?.forEach((height, i) => {
    if (height > 0) ws.getRow(grid.originRow + i + 1).height = height;
  });
  for (const block of spec.styles ?? []) styleBlock(ws, block);
  if (spec.printFitWidth)
    ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  return ws;
}

export async function gridsToXlsxBytes(specs: readonly GridSheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "selfeval";
  // A fixed date keeps the bytes of a rebuilt sample stable.
  wb.created = wb.modified = new Date(Date.UTC(2021, 11, 31));
  for (const spec of specs) addGridSheet(wb, spec);
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

export async function writeGridsToXlsx(specs: readonly GridSheetSpec[], outPath: string): Promise<void> {
  await fs.writeFile(outPath, await gridsToXlsxBytes(specs));
}
