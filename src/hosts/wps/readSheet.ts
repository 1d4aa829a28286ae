import { a1, parseRangeA1, type CellRange, type CellValue, type LocalText, type SheetGrid } from "../../engine";
import { cellValueOf, formulaOf, numberFormatOf } from "./cellValue";
import { XL_RANGE_VALUE_XML_SPREADSHEET, type EtRange, type EtWorksheet } from "./etTypes";
import { columnRuns, runAddress, type ColumnRun } from "./columnRuns";
import { toRows } from "./matrix";
import { parseSpreadsheetXml } from "./spreadsheetXml";

/**
 * Past this many cells (used rows × columns) a sheet is skipped with a notice, before any of its cells is read: its
 * `Value2` and `Formula` reads would stall WPS's UI thread (a used range bloated by formatting to row 65,536 is common).
 */
export const MAX_CELLS = 200_000;

/** Past this many cells no SpreadsheetML is asked for: its text grows far faster than the cells' values. */
export const XML_MAX_CELLS = 50_000;

/** Rows of each sheet on which SpreadsheetML's cells are compared with Value2's before its layout is believed. */
export const XML_CHECK_ROWS = 30;

/** A sheet left unread: its name and used size. */
export interface SkippedSheet {
  name: string;
  rows: number;
  cols: number;
}

export function tooLargeNotice(s: SkippedSheet): LocalText {
  return {
    zh:
      `工作表“${s.name}”的已用区域过大（${s.rows} 行 × ${s.cols} 列，超过 ${MAX_CELLS} 个单元格），未读取也未校验。` +
      "如其中有自评表，请将其复制到新工作表后再校验。",
    en:
      `The used range of sheet "${s.name}" is too large (${s.rows} rows × ${s.cols} columns, over ${MAX_CELLS} cells); ` +
      "it was neither read nor checked. If it holds a form, copy the form to a new sheet and check again.",
  };
}

/**
 * What this WPS has shown of itself, learnt during the session: whether `Range.Value(11)` (SpreadsheetML) works, and
 * whether it flags a range whose cells differ (null or "" for `NumberFormat` / `MergeCells`). Until it has flagged one,
 * a range-wide answer could be the first cell's alone, so number formats and merged areas are read cell by cell.
 */
export interface ReadContext {
  xml: { state: "unknown" | "yes" | "no" };
  mixed: { flagged: boolean };
  /** What 自检 found (HostSemantics.xmlSpreadsheet): false never asks for SpreadsheetML; null and true still cross-check it. */
  xmlProbed: () => boolean | null;
}

export const newReadContext = (xmlProbed: () => boolean | null = () => null): ReadContext => ({
  xml: { state: "unknown" },
  mixed: { flagged: false },
  xmlProbed,
});

interface Layout {
  numberFormats: (string | null)[][];
  merges: CellRange[];
}

/** One sheet's used range, its values and formulas (two calls, whatever its size). */
interface SheetCells {
  name: string;
  ws: EtWorksheet;
  used: EtRange;
  top: number;
  left: number;
  rows: number;
  cols: number;
  values: CellValue[][];
  formulas: (string | null)[][];
}

const isMixedAnswer = (v: unknown) => v === null || v === undefined || v === "";

function readCells(ws: EtWorksheet, name: string): SheetCells | SkippedSheet {
  const used = ws.UsedRange;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  if (rows * cols > MAX_CELLS) return { name, rows, cols };
  const top = used.Row - 1;
  const left = used.Column - 1;
  const raw = toRows(used.Value2, rows, cols);
  const values = raw.map((r) => r.map(cellValueOf));
  const formulas = toRows(used.Formula, rows, cols).map((r, i) => r.map((f, j) => formulaOf(f, raw[i][j])));
  return { name, ws, used, top, left, rows, cols, values, formulas };
}

const holds = (v: CellValue) => v !== null && v !== "";

/**
 * Whether SpreadsheetML sits where Value2 does on the first rows: a cell with Data exactly where a value is. An answer
 * that is shifted (sheet-absolute indexes, rows with a Span the parser does not follow) or partial fails this.
 */
function xmlAgrees(s: SheetCells, dataCells: Set<string>): boolean {
  const rows = Math.min(s.rows, XML_CHECK_ROWS);
  for (let i = 0; i < rows; i++) for (let j = 0; j < s.cols; j++) if (holds(s.values[i][j]) !== dataCells.has(`${i},${j}`)) return false;
  for (const key of dataCells) {
    const [i, j] = key.split(",").map(Number);
    if (i < rows && j >= s.cols) return false;
  }
  return true;
}

/**
 * Formats and merged areas from `Value(11)`, only where 自检 has not found it missing, the range is small enough, and
 * its cells agree with Value2 (checked on every sheet: a disagreement turns it off for the session).
 */
function viaXml(s: SheetCells, ctx: ReadContext): Layout | null {
  const { xml } = ctx;
  if (xml.state === "no" || s.rows * s.cols > XML_MAX_CELLS) return null;
  if (ctx.xmlProbed() === false) {
    xml.state = "no";
    return null;
  }
  let layout: ReturnType<typeof parseSpreadsheetXml> = null;
  try {
    layout = parseSpreadsheetXml(s.used.Value(XL_RANGE_VALUE_XML_SPREADSHEET));
  } catch {
    layout = null;
  }
  if (layout && !xmlAgrees(s, layout.dataCells)) layout = null;
  xml.state = layout ? "yes" : "no";
  if (!layout) return null;
  const numberFormats = Array.from({ length: s.rows }, (_, i) =>
    Array.from({ length: s.cols }, (_, j) => numberFormatOf(layout!.formats.get(`${i},${j}`) ?? null)),
  );
  const merges = layout.merges.map((m) => ({
    top: m.top + s.top,
    left: m.left + s.left,
    bottom: m.bottom + s.top,
    right: m.right + s.left,
  }));
  return { numberFormats, merges };
}

/** The number cells of a sheet (the engine reads a format only as a number's percent or date notation). */
function numberCells(s: SheetCells): { i: number; j: number }[] {
  const out: { i: number; j: number }[] = [];
  s.values.forEach((r, i) => r.forEach((v, j) => typeof v === "number" && out.push({ i, j })));
  return out;
}

/**
 * Reads one property of many cells a run at a time (see columnRuns); a run whose cells disagree (the read is flagged
 * mixed) is halved until each part agrees.
 */
export function readRuns<T>(
  cells: { row: number; col: number }[],
  read: (address: string) => T | null,
  assign: (row: number, col: number, value: T | null) => void,
): void {
  const visit = (run: ColumnRun) => {
    const value = read(runAddress(run));
    if (value !== null || run.top === run.bottom) {
      for (let row = run.top; row <= run.bottom; row++) assign(row, run.col, value);
      return;
    }
    const middle = Math.floor((run.top + run.bottom) / 2);
    visit({ ...run, bottom: middle });
    visit({ ...run, top: middle + 1 });
  };
  columnRuns(cells).forEach(visit);
}

/** Number formats where the host flags mixed ranges: one read when the used range agrees, else by runs. */
function formatsByRuns(s: SheetCells, whole: unknown): (string | null)[][] {
  const formats = s.values.map((r) => r.map((): string | null => null));
  const cells = numberCells(s);
  if (!isMixedAnswer(whole)) {
    for (const { i, j } of cells) formats[i][j] = numberFormatOf(whole);
    return formats;
  }
  readRuns(
    cells.map(({ i, j }) => ({ row: s.top + i, col: s.left + j })),
    (address) => {
      const f = s.ws.Range(address).NumberFormat;
      return isMixedAnswer(f) ? null : f;
    },
    (row, col, f) => (formats[row - s.top][col - s.left] = numberFormatOf(f)),
  );
  return formats;
}

/**
 * Merged areas where the host flags mixed ranges: none when the used range says none (one read). Else each row's
 * stretches of cells not yet inside a found area are asked whether they hold merged cells, halving those that are
 * mixed; a merged cell met first is its area's top-left, and its MergeArea gives the whole area.
 */
function mergesByRows(s: SheetCells, whole: unknown): CellRange[] {
  if (whole === false) return [];
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
    const segment = s.ws.Range(from === to ? a1(row, from) : `${a1(row, from)}:${a1(row, to)}`);
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
  for (let r = s.top; r < s.top + s.rows; r++) {
    let c = s.left;
    while (c < s.left + s.cols) {
      while (c < s.left + s.cols && covered.has(`${r},${c}`)) c++;
      const start = c;
      while (c < s.left + s.cols && !covered.has(`${r},${c}`)) c++;
      // A stretch may shrink while probed (an area found covers the rest of it); probe re-reads from where it stands.
      if (start < c) probe(r, start, c - 1);
    }
  }
  return merges;
}

/**
 * Number formats and merged areas read one cell at a time, where a range-wide answer cannot be trusted: the format of
 * every number cell, and whether each non-empty cell starts a merged area (an empty area shows nothing either way).
 */
function layoutByCells(s: SheetCells): Layout {
  const formats = s.values.map((r) => r.map((): string | null => null));
  for (const { i, j } of numberCells(s)) formats[i][j] = numberFormatOf(s.ws.Range(a1(s.top + i, s.left + j)).NumberFormat);
  const merges: CellRange[] = [];
  const covered = new Set<string>();
  s.values.forEach((r, i) =>
    r.forEach((v, j) => {
      const [row, col] = [s.top + i, s.left + j];
      if (v === null || covered.has(`${row},${col}`)) return;
      const cell = s.ws.Range(a1(row, col));
      if (cell.MergeCells !== true) return;
      const area = parseRangeA1(cell.MergeArea.Address(false, false));
      if (!area || (area.top === area.bottom && area.left === area.right)) return;
      merges.push(area);
      for (let rr = area.top; rr <= area.bottom; rr++) for (let cc = area.left; cc <= area.right; cc++) covered.add(`${rr},${cc}`);
    }),
  );
  return { numberFormats: formats, merges };
}

const gridOf = (s: SheetCells, layout: Layout | null): SheetGrid => {
  const grid: SheetGrid = { name: s.name, originRow: s.top, originCol: s.left, values: s.values, formulas: s.formulas };
  if (layout) grid.numberFormats = layout.numberFormats;
  if (layout && layout.merges.length > 0) grid.merges = layout.merges;
  return grid;
};

/**
 * Worksheets → the engine's SheetGrids (and the sheets too large to read, left out before any cell was read), in bulk:
 * values and formulas in one call each; formats and merged areas from SpreadsheetML where the host gives it, else from
 * range reads (trusted once the host has flagged a mixed range — the used ranges of all sheets are asked first, to
 * learn that early), else cell by cell on the sheets `mayHoldForms` accepts (the others have no form whose formats or
 * merges could matter).
 */
export function readSheets(
  sheets: [string, EtWorksheet][],
  ctx: ReadContext,
  mayHoldForms: (grid: SheetGrid) => boolean,
): { grids: SheetGrid[]; skipped: SkippedSheet[] } {
  const all = sheets.map(([name, ws]) => readCells(ws, name));
  const cells = all.filter((s): s is SheetCells => "values" in s);
  const skipped = all.filter((s): s is SkippedSheet => !("values" in s));
  const layouts = cells.map((s) => viaXml(s, ctx));
  const answers = cells.map((s, k) => {
    if (layouts[k]) return null;
    const several = s.rows * s.cols > 1;
    const format = s.used.NumberFormat;
    const merged = s.used.MergeCells;
    if (several && (isMixedAnswer(format) || isMixedAnswer(merged))) ctx.mixed.flagged = true;
    return { format, merged };
  });
  const grids = cells.map((s, k) => {
    const answer = answers[k];
    if (!answer) return gridOf(s, layouts[k]);
    if (ctx.mixed.flagged) return gridOf(s, { numberFormats: formatsByRuns(s, answer.format), merges: mergesByRows(s, answer.merged) });
    const bare = gridOf(s, null);
    return mayHoldForms(bare) ? gridOf(s, layoutByCells(s)) : bare;
  });
  return { grids, skipped };
}
