import type { CellRange } from "../../../engine";
import { cellKey, parseKey, type FakeAnnotation, type FakeBook, type FakeCell, type FakeSheet } from "./fakeModel";

/**
 * What a person does to a sheet between two clicks of the add-in, as Excel does it: rows inserted or deleted move the
 * cells below with their values, formulas (references adjusted), formats, fills, notes and conditional formats; a sort
 * moves the rows' cells and notes but not the conditional formats, which stay where they were.
 */

/** `move(row)`: the row's new index, or null when the row is deleted. */
type RowMove = (row: number) => number | null;

/** A range (C2:C5) or a single reference ($C$2), not part of a name, a function or another sheet's reference. */
const REF = /(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\w(!])/g;

/**
 * Shifts the row numbers of the formula's references to this sheet as Excel does: a range loses deleted rows at its
 * ends, a reference (or a range) whose rows are all deleted becomes #REF!.
 */
export function moveFormulaRefs(formula: string, move: RowMove): string {
  const shift = (whole: string, c1: string, r1: string, c2: string | undefined, r2: string | undefined, at: number, text: string) => {
    if (/[\w!'.:$]$/.test(text.slice(0, at))) return whole;
    const last = Number(r2 ?? r1);
    const rows = Array.from({ length: last - Number(r1) + 1 }, (_, i) => move(Number(r1) - 1 + i)).filter((r): r is number => r !== null);
    if (rows.length === 0) return "#REF!";
    return c2 === undefined ? `${c1}${rows[0] + 1}` : `${c1}${rows[0] + 1}:${c2}${rows[rows.length - 1] + 1}`;
  };
  return formula
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REF, shift)))
    .join("");
}

function moveArea(a: CellRange, move: RowMove, inserted: { at: number; count: number } | null): CellRange | null {
  if (inserted && a.top < inserted.at && a.bottom >= inserted.at) return { ...a, bottom: a.bottom + inserted.count };
  let top: number | null = null;
  let bottom: number | null = null;
  for (let r = a.top; r <= a.bottom; r++) {
    const to = move(r);
    if (to === null) continue;
    top ??= to;
    bottom = to;
  }
  return top === null || bottom === null ? null : { ...a, top, bottom };
}

function moveRows(book: FakeBook, sheet: FakeSheet, move: RowMove, inserted: { at: number; count: number } | null): void {
  const cells = new Map<string, FakeCell>();
  for (const [k, c] of sheet.cells) {
    const [row, col] = parseKey(k);
    const to = move(row);
    if (to !== null) cells.set(cellKey(to, col), c.formula ? { ...c, formula: moveFormulaRefs(c.formula, move) } : c);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.flatMap((m) => moveArea(m, move, inserted) ?? []);
  for (const cf of sheet.cfs) {
    cf.areas = cf.areas.flatMap((a) => moveArea(a, move, inserted) ?? []);
    if (cf.areas.length === 0) cf.alive = false;
  }
  for (const a of annotationsOf(book, sheet)) {
    const to = move(a.row);
    if (to === null) a.alive = false;
    else a.row = to;
  }
}

export function annotationsOf(book: FakeBook, sheet: FakeSheet): FakeAnnotation[] {
  return book.annotations.filter((a) => a.alive && a.sheet === sheet);
}

export function insertRows(book: FakeBook, sheet: FakeSheet, at: number, count: number): void {
  moveRows(book, sheet, (r) => (r >= at ? r + count : r), { at, count });
}

export function deleteRows(book: FakeBook, sheet: FakeSheet, at: number, count: number): void {
  moveRows(book, sheet, (r) => (r < at ? r : r < at + count ? null : r - count), null);
}

/**
 * Rows from..from+order.length-1 take the contents of rows order[0], order[1], …; conditional formats stay put. Merged
 * areas over several rows stay too (Excel would refuse to sort across merges of different sizes; the scenario suite
 * sorts whole rows, as the in-memory host does), one-row merges move with their row.
 */
export function sortRows(book: FakeBook, sheet: FakeSheet, from: number, order: number[]): void {
  const to = from + order.length - 1;
  if ([...order].sort((a, b) => a - b).some((r, i) => r !== from + i))
    throw new Error("the order must be a permutation of the sorted rows");
  const newRow = (r: number) => (r < from || r > to ? r : from + order.indexOf(r));
  const cells = new Map<string, FakeCell>();
  for (const [k, c] of sheet.cells) {
    const [row, col] = parseKey(k);
    cells.set(cellKey(newRow(row), col), c);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.map((m) => (m.top === m.bottom ? { ...m, top: newRow(m.top), bottom: newRow(m.bottom) } : m));
  for (const a of annotationsOf(book, sheet)) a.row = newRow(a.row);
}
