import type { CellRange } from "../../../engine";

/** The state of a fake workbook: what a real Excel file would hold, as plain data. */

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  /** For a formula cell, its last calculated value. */
  value: FakeScalar | { error: string } | null;
  formula: string | null;
  numberFormat: string;
  /** The cell's own fill, "#RRGGBB", or null for none. Only a person sets it: the add-in draws marks as conditional formats. */
  fill: string | null;
}

export const EMPTY_CELL: FakeCell = { value: null, formula: null, numberFormat: "General", fill: null };

/** A conditional-format rule: a type, for a custom rule its formula and fill, and the areas it applies to. */
export interface FakeConditionalFormat {
  id: string;
  type: "Custom" | "CellValue" | "DataBar" | "ColorScale";
  formula: string | null;
  fill: string | null;
  areas: CellRange[];
  alive: boolean;
}

export interface FakeSheet {
  /** The fake's own key (never changes). */
  id: number;
  /** What `Worksheet.id` gives: kept across renames; across save and reopen only under one reading (see fakeSemantics). */
  wsId: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** In priority order: the first applies on top. */
  cfs: FakeConditionalFormat[];
  protected: boolean;
  visibility: "Visible" | "Hidden" | "VeryHidden";
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
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
}

export const cellKey = (row: number, col: number) => `${row},${col}`;
export const parseKey = (k: string) => k.split(",").map(Number) as [number, number];

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
  return {
    sheets: [],
    annotations: [],
    parts: [],
    savedSettings: {},
    active: null,
    selection: null,
    nextId: 1,
    calculationMode: "Automatic",
  };
}

/** A Worksheet.id as Excel shows them: a braced GUID. */
export const worksheetId = (n: number) => `{${n.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;

export function addSheet(book: FakeBook, name: string): FakeSheet {
  const id = book.nextId++;
  const sheet: FakeSheet = {
    id,
    wsId: worksheetId(id),
    name,
    cells: new Map(),
    merges: [],
    cfs: [],
    protected: false,
    visibility: "Visible",
    alive: true,
  };
  book.sheets.push(sheet);
  if (!book.active) book.active = sheet;
  return sheet;
}

export function liveSheets(book: FakeBook): FakeSheet[] {
  return book.sheets.filter((s) => s.alive);
}

export const copyCell = (c: FakeCell): FakeCell => ({
  ...c,
  value: typeof c.value === "object" && c.value !== null ? { error: c.value.error } : c.value,
});
export const copyCf = (c: FakeConditionalFormat): FakeConditionalFormat => ({ ...c, areas: c.areas.map((a) => ({ ...a })) });

/** A deep copy of what a saved file keeps: live sheets, cells, merges, conditional formats, notes, XML parts, saved settings. */
export function copyBook(book: FakeBook): FakeBook {
  const sheets = liveSheets(book).map((s) => ({
    ...s,
    cells: new Map([...s.cells].map(([k, c]) => [k, copyCell(c)])),
    merges: s.merges.map((m) => ({ ...m })),
    cfs: s.cfs.filter((c) => c.alive).map(copyCf),
  }));
  const byId = new Map(sheets.map((s) => [s.id, s]));
  return {
    sheets,
    annotations: book.annotations.filter((a) => a.alive && a.sheet.alive).map((a) => ({ ...a, sheet: byId.get(a.sheet.id)! })),
    parts: book.parts.filter((p) => p.alive).map((p) => ({ ...p })),
    savedSettings: JSON.parse(JSON.stringify(book.savedSettings)) as Record<string, unknown>,
    active: book.active ? (byId.get(book.active.id) ?? sheets[0] ?? null) : (sheets[0] ?? null),
    selection: null,
    nextId: book.nextId,
    calculationMode: book.calculationMode,
  };
}

/**
 * Every cell's content and own format, every conditional format, every note, in a stable order: for before/after
 * comparisons. Sheet identities and rule ids are left out (they are not what a person sees).
 */
export function bookSnapshot(book: FakeBook) {
  return {
    sheets: liveSheets(book).map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: s.merges,
      conditionalFormats: s.cfs.filter((c) => c.alive).map((c) => ({ type: c.type, formula: c.formula, fill: c.fill, areas: c.areas })),
    })),
    annotations: book.annotations
      .filter((a) => a.alive && a.sheet.alive)
      .map((a) => `${a.kind}|${a.sheet.name}|${a.row},${a.col}|${a.content}`)
      .sort(),
  };
}

/** What Ctrl+Z can put back: every sheet's cells, merges, rules and notes, and (under one reading) the XML parts. */
export interface UndoPoint {
  sheets: {
    sheet: FakeSheet;
    name: string;
    alive: boolean;
    cells: Map<string, FakeCell>;
    merges: CellRange[];
    cfs: [FakeConditionalFormat, FakeConditionalFormat][];
  }[];
  annotations: [FakeAnnotation, FakeAnnotation][];
  parts: [FakeXmlPart, FakeXmlPart][];
}

export function undoPoint(book: FakeBook): UndoPoint {
  return {
    sheets: book.sheets.map((s) => ({
      sheet: s,
      name: s.name,
      alive: s.alive,
      cells: new Map([...s.cells].map(([k, c]) => [k, copyCell(c)])),
      merges: s.merges.map((m) => ({ ...m })),
      cfs: s.cfs.map((c) => [c, copyCf(c)]),
    })),
    annotations: book.annotations.map((a) => [a, { ...a }]),
    parts: book.parts.map((p) => [p, { ...p }]),
  };
}

export function restoreUndoPoint(book: FakeBook, point: UndoPoint, withParts: boolean): void {
  const known = new Set(point.sheets.map((s) => s.sheet));
  for (const s of book.sheets) if (!known.has(s)) s.alive = false;
  for (const s of point.sheets) {
    Object.assign(s.sheet, { name: s.name, alive: s.alive, cells: s.cells, merges: s.merges });
    s.sheet.cfs = s.cfs.map(([model, saved]) => Object.assign(model, saved));
  }
  for (const a of book.annotations) a.alive = false;
  book.annotations = point.annotations.map(([model, saved]) => Object.assign(model, saved));
  if (!withParts) return;
  for (const p of book.parts) p.alive = false;
  book.parts = point.parts.map(([model, saved]) => Object.assign(model, saved));
}
