import type { CellRange } from "../../../engine";

/** The state of a fake workbook: what a real Excel file would hold, as plain data. */

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  /** For a formula cell, its last calculated value. */
  value: FakeScalar | { error: string } | null;
  formula: string | null;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
}

export const EMPTY_CELL: FakeCell = { value: null, formula: null, numberFormat: "General", fill: null };

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  protected: boolean;
  alive: boolean;
}

export interface FakeAnnotation {
  id: string;
  kind: "note" | "comment";
  sheet: FakeSheet;
  row: number;
  col: number;
  content: string;
  alive: boolean;
}

export interface FakeXmlPart {
  id: string;
  namespace: string;
  xml: string;
  alive: boolean;
}

export interface FakeBook {
  sheets: FakeSheet[];
  annotations: FakeAnnotation[];
  parts: FakeXmlPart[];
  /** Document settings as last saved (what survives a reopen). */
  savedSettings: Record<string, unknown>;
  active: FakeSheet | null;
  selection: { sheet: string; address: string } | null;
  nextId: number;
}

export const cellKey = (row: number, col: number) => `${row},${col}`;

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  return sheet.cells.get(cellKey(row, col)) ?? EMPTY_CELL;
}

const isEmpty = (c: FakeCell) => c.value === null && c.formula === null && c.numberFormat === "General" && c.fill === null;

export function setCell(sheet: FakeSheet, row: number, col: number, patch: Partial<FakeCell>): void {
  const next = { ...getCell(sheet, row, col), ...patch };
  if (isEmpty(next)) sheet.cells.delete(cellKey(row, col));
  else sheet.cells.set(cellKey(row, col), next);
}

export function newBook(): FakeBook {
  return { sheets: [], annotations: [], parts: [], savedSettings: {}, active: null, selection: null, nextId: 1 };
}

export function addSheet(book: FakeBook, name: string): FakeSheet {
  const sheet: FakeSheet = { id: book.nextId++, name, cells: new Map(), merges: [], protected: false, alive: true };
  book.sheets.push(sheet);
  if (!book.active) book.active = sheet;
  return sheet;
}

export function liveSheets(book: FakeBook): FakeSheet[] {
  return book.sheets.filter((s) => s.alive);
}

/** A deep copy of what a saved file keeps: live sheets, cells, merges, notes, XML parts, saved settings. */
export function copyBook(book: FakeBook): FakeBook {
  const sheets = liveSheets(book).map((s) => ({ ...s, cells: new Map([...s.cells].map(([k, c]) => [k, { ...c, value: copyValue(c.value) }])), merges: s.merges.map((m) => ({ ...m })) }));
  const byId = new Map(sheets.map((s) => [s.id, s]));
  return {
    sheets,
    annotations: book.annotations.filter((a) => a.alive && a.sheet.alive).map((a) => ({ ...a, sheet: byId.get(a.sheet.id)! })),
    parts: book.parts.filter((p) => p.alive).map((p) => ({ ...p })),
    savedSettings: JSON.parse(JSON.stringify(book.savedSettings)) as Record<string, unknown>,
    active: book.active ? byId.get(book.active.id) ?? sheets[0] ?? null : sheets[0] ?? null,
    selection: null,
    nextId: book.nextId,
  };
}

function copyValue(v: FakeCell["value"]): FakeCell["value"] {
  return typeof v === "object" && v !== null ? { error: v.error } : v;
}

/** Every cell's content and format, every note and every XML part, in a stable order: for before/after comparisons. */
export function bookSnapshot(book: FakeBook) {
  return {
    sheets: liveSheets(book).map((s) => ({
      name: s.name,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: s.merges,
    })),
    annotations: book.annotations
      .filter((a) => a.alive && a.sheet.alive)
      .map((a) => `${a.kind}|${a.sheet.name}|${a.row},${a.col}|${a.content}`)
      .sort(),
  };
}
