import { a1, parseRangeA1, type CellRange, type CellValue, type SheetGrid } from "../../engine";
import { areaLists } from "../common/addresses";
import { cellValueOf, formulaOf, numberFormatOf } from "./cellValue";
import { wpsError } from "./errors";
import { XL_RANGE_VALUE_XML_SPREADSHEET, type EtRange, type EtWorksheet } from "./etTypes";
import { toRows } from "./matrix";
import { parseSpreadsheetXml } from "./spreadsheetXml";

/** Past this a sheet is refused rather than read: one `Value2` read of it would stall WPS for long. */
export const MAX_CELLS = 2_000_000;

/** Whether `Range.Value(11)` (SpreadsheetML) works in this WPS: learnt on the first sheet, kept for the session. */
export interface XmlSupport {
  state: "unknown" | "yes" | "no";
}

interface Layout {
  numberFormats: (string | null)[][];
  merges: CellRange[];
}

function viaXml(used: EtRange, top: number, left: number, rows: number, cols: number, support: XmlSupport): Layout | null {
  if (support.state === "no") return null;
  let layout: ReturnType<typeof parseSpreadsheetXml> = null;
  try {
    layout = parseSpreadsheetXml(used.Value(XL_RANGE_VALUE_XML_SPREADSHEET));
  } catch {
    layout = null;
  }
  support.state = layout ? "yes" : "no";
  if (!layout) return null;
  const numberFormats = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => layout!.formats.get(`${i},${j}`) ?? null));
  const merges = layout.merges.map((m) => ({ top: m.top + top, left: m.left + left, bottom: m.bottom + top, right: m.right + left }));
  return { numberFormats, merges };
}

/**
 * Reads one property of many cells with as few calls as the cells allow: a ≤255-character list of cells is read at
 * once, and a list whose cells disagree (the read gives null) is halved until each part agrees.
 */
export function readGrouped<T>(cells: string[], read: (list: string) => T | null, assign: (cell: string, value: T | null) => void): void {
  const visit = (part: string[]) => {
    const value = read(part.join(","));
    if (value !== null || part.length === 1) {
      for (const c of part) assign(c, value);
      return;
    }
    const half = Math.ceil(part.length / 2);
    visit(part.slice(0, half));
    visit(part.slice(half));
  };
  for (const list of areaLists(cells)) visit(list.split(","));
}

/**
 * Number formats without SpreadsheetML: one read when the used range is uniform; else the number cells (the engine
 * reads a format only as a number's percent or date notation) in groups of agreeing cells (see readGrouped).
 */
function formatsByGroup(ws: EtWorksheet, used: EtRange, values: CellValue[][], top: number, left: number): (string | null)[][] {
  const formats = values.map((r) => r.map((): string | null => null));
  const whole = used.NumberFormat;
  const numberCells: { i: number; j: number; address: string }[] = [];
  values.forEach((r, i) => r.forEach((v, j) => typeof v === "number" && numberCells.push({ i, j, address: a1(top + i, left + j) })));
  if (typeof whole === "string") {
    for (const { i, j } of numberCells) formats[i][j] = numberFormatOf(whole);
    return formats;
  }
  const at = new Map(numberCells.map((c) => [c.address, c]));
  readGrouped(
    numberCells.map((c) => c.address),
    (list) => {
      const f = ws.Range(list).NumberFormat;
      return typeof f === "string" ? f : null;
    },
    (address, f) => {
      const c = at.get(address)!;
      formats[c.i][c.j] = numberFormatOf(f);
    },
  );
  return formats;
}

/**
 * Merged areas without SpreadsheetML: none when the used range says so (one read). Else each row's stretches of cells
 * not yet inside a found area are asked whether they hold merged cells, halving those that are mixed; a merged cell met
 * first is its area's top-left, and its MergeArea gives the whole area.
 */
function mergesByRow(ws: EtWorksheet, used: EtRange, top: number, left: number, rows: number, cols: number): CellRange[] {
  if (used.MergeCells === false) return [];
  const merges: CellRange[] = [];
  const covered = new Set<string>();
  const cover = (area: CellRange) => {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) covered.add(`${r},${c}`);
  };
  const probe = (row: number, start: number, to: number): void => {
    let from = start;
    // A half may start inside an area found in the other half.
    while (from <= to && covered.has(`${row},${from}`)) from++;
    if (from > to) return;
    const address = from === to ? a1(row, from) : `${a1(row, from)}:${a1(row, to)}`;
    const segment = ws.Range(address);
    const merged = segment.MergeCells;
    if (merged === false) return;
    if (merged === true) {
      const area = parseRangeA1(segment.Item(1, 1).MergeArea.Address(false, false));
      if (!area || (area.top === area.bottom && area.left === area.right)) return;
      merges.push(area);
      cover(area);
      probe(row, Math.min(area.right, to) + 1, to);
      return;
    }
    const middle = Math.floor((from + to) / 2);
    probe(row, from, middle);
    probe(row, middle + 1, to);
  };
  for (let r = top; r < top + rows; r++) {
    let c = left;
    while (c < left + cols) {
      while (c < left + cols && covered.has(`${r},${c}`)) c++;
      const start = c;
      while (c < left + cols && !covered.has(`${r},${c}`)) c++;
      // A stretch may shrink while probed (an area found covers the rest of it); probe re-reads from where it stands.
      if (start < c) probe(r, start, c - 1);
    }
  }
  return merges;
}

/** One worksheet's used range → the engine's SheetGrid, read in bulk. */
export function readSheet(ws: EtWorksheet, name: string, xml: XmlSupport): SheetGrid {
  const used = ws.UsedRange;
  const top = used.Row - 1;
  const left = used.Column - 1;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  if (rows * cols > MAX_CELLS)
    throw wpsError("too-large", { zh: `（“${name}”有 ${rows} 行 × ${cols} 列）`, en: `("${name}" has ${rows} rows × ${cols} columns)` });
  const raw = toRows(used.Value2, rows, cols);
  const values = raw.map((r) => r.map(cellValueOf));
  const formulaRows = toRows(used.Formula, rows, cols);
  const formulas = formulaRows.map((r, i) => r.map((f, j) => formulaOf(f, raw[i][j])));
  const layout = viaXml(used, top, left, rows, cols, xml) ?? {
    numberFormats: formatsByGroup(ws, used, values, top, left),
    merges: mergesByRow(ws, used, top, left, rows, cols),
  };
  const grid: SheetGrid = { name, originRow: top, originCol: left, values, formulas, numberFormats: layout.numberFormats };
  if (layout.merges.length > 0) grid.merges = layout.merges;
  return grid;
}
