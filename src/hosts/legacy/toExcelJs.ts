import ExcelJS from "exceljs";
import type { LocalText } from "../../engine";
import type { WorkbookLook } from "./biffStyles";
import { shows, Styles } from "./excelStyles";
import type { CellObject, WorkBook, WorkSheet } from "./sheetjs";
import { noteOf, plainOf, solidFillOf } from "./sheetjsCell";

export interface BuildLimits {
  maxMerges: number;
  maxMergedCells: number;
}

/** Why a sheet could not be built within the limits; the caller turns it into a message. */
export class BuildRefused extends Error {
  constructor(readonly what: LocalText) {
    super(what.en);
  }
}

function writeCell(target: ExcelJS.Cell, cell: CellObject | undefined, xf: number | undefined, styles: Styles): void {
  const numFmt = cell && typeof cell.z === "string" && cell.z !== "" && cell.z !== "General" ? cell.z : null;
  const style = styles.of(xf, numFmt, cell ? solidFillOf(cell) : null);
  // Shared, never changed here: applyEdits copies a cell's style before it changes one.
  if (style) target.style = style;
  if (!cell) return;
  const value = plainOf(cell);
  const formula = typeof cell.f === "string" && cell.f !== "" ? cell.f : null;
  if (formula) target.value = { formula, result: value ?? undefined } as ExcelJS.CellFormulaValue;
  else if (value !== null) target.value = value as ExcelJS.CellValue;
  const note = noteOf(cell);
  if (note) target.note = note;
}

/** The look index of every cell record of one sheet, by "row,col". */
function xfIndex(flat: readonly number[] | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (!flat) return out;
  for (let i = 0; i + 2 < flat.length; i += 3) out.set(flat[i] * 16_384 + flat[i + 1], flat[i + 2]);
  return out;
}

function addMerges(ws: ExcelJS.Worksheet, sheet: WorkSheet, limits: BuildLimits): void {
  const merges = sheet["!merges"] ?? [];
  if (merges.length > limits.maxMerges) {
    throw new BuildRefused({
      zh: `工作表“${ws.name}”有 ${merges.length} 个合并区域（上限 ${limits.maxMerges}）`,
      en: `sheet "${ws.name}" has ${merges.length} merged areas (at most ${limits.maxMerges})`,
    });
  }
  let covered = 0;
  const taken = new Set<string>();
  for (const m of merges) {
    const { s, e } = m;
    if (![s.r, s.c, e.r, e.c].every((n) => Number.isInteger(n) && n >= 0) || e.r < s.r || e.c < s.c || e.r > 65_535 || e.c > 16_383)
      continue;
    if (s.r === e.r && s.c === e.c) continue;
    covered += (e.r - s.r + 1) * (e.c - s.c + 1);
    if (covered > limits.maxMergedCells) {
      throw new BuildRefused({
        zh: `工作表“${ws.name}”的合并区域覆盖超过 ${limits.maxMergedCells} 个单元格`,
        en: `the merged areas of sheet "${ws.name}" cover more than ${limits.maxMergedCells} cells`,
      });
    }
    // Excel never writes overlapping merges; a file that does keeps the first.
    const key = `${s.r}:${s.c}`;
    if (taken.has(key)) continue;
    try {
      ws.mergeCellsWithoutStyle(s.r + 1, s.c + 1, e.r + 1, e.c + 1);
      taken.add(key);
    } catch {
      // An overlap exceljs refuses: the area stays unmerged.
    }
  }
}

function addLayout(ws: ExcelJS.Worksheet, sheet: WorkSheet): void {
  (sheet["!cols"] ?? []).forEach((col, c) => {
    if (!col || c > 16_383) return;
    const column = ws.getColumn(c + 1);
    if (typeof col.width === "number" && col.width > 0 && col.width < 256) column.width = col.width;
    if (col.hidden) column.hidden = true;
  });
  (sheet["!rows"] ?? []).forEach((row, r) => {
    if (!row || r > 65_535) return;
    const height = typeof row.hpt === "number" ? row.hpt : undefined;
    if (height !== undefined && height > 0 && height < 410) ws.getRow(r + 1).height = height;
    if (row.hidden) ws.getRow(r + 1).hidden = true;
  });
}

/** A name exceljs accepts (Excel's rules: ≤31 characters, none of []:*?/\, unique ignoring case). */
function sheetNameFor(name: string, used: Set<string>): string {
  let base =
    name
      .replace(/[[\]:*?/\\]/g, "_")
      .slice(0, 31)
      .trim() || "Sheet";
  if (base.startsWith("'")) base = `_${base.slice(1)}`;
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

const SHEET_STATES = ["visible", "hidden", "veryHidden"] as const;

/**
 * SheetJS's reading of an .xls as an exceljs workbook: values as stored (dates stay day serials under their date format),
 * formulas with their cached results, number formats, merges, widths, heights, hidden rows, columns and sheets, solid
 * fills and notes. Everything downstream (the grid, the workbench's look, the annotated copy) then works as for an .xlsx.
 */
export function toExcelJs(book: WorkBook, limits: BuildLimits, look: WorkbookLook | null = null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (book.Workbook?.WBProps?.date1904) wb.properties.date1904 = true;
  const used = new Set<string>();
  const styles = new Styles(look?.looks ?? []);
  book.SheetNames.forEach((name, index) => {
    if (!Object.prototype.hasOwnProperty.call(book.Sheets, name)) return;
    const sheet = book.Sheets[name];
    const type = (sheet as { "!type"?: string })["!type"];
    if (type === "chart" || type === "dialog" || type === "macro") return;
    const hidden = book.Workbook?.Sheets?.[index]?.Hidden;
    const ws = wb.addWorksheet(sheetNameFor(name, used), { state: SHEET_STATES[typeof hidden === "number" ? hidden : 0] ?? "visible" });
    const xfs = xfIndex(look?.cells[index]);
    const rows = (sheet as { "!data"?: (CellObject | undefined)[][] })["!data"] ?? [];
    rows.forEach((row, r) => {
      if (!row || r > 65_535) return;
      row.forEach((cell, c) => {
        if (!cell || c > 16_383) return;
        const key = r * 16_384 + c;
        writeCell(ws.getCell(r + 1, c + 1), cell, xfs.get(key), styles);
        xfs.delete(key);
      });
    });
    for (const [key, xf] of xfs) {
      if (shows(look?.looks[xf])) writeCell(ws.getCell(Math.floor(key / 16_384) + 1, (key % 16_384) + 1), undefined, xf, styles);
    }
    addMerges(ws, sheet, limits);
    addLayout(ws, sheet);
  });
  return wb;
}
