import type { CellRange } from "./types";

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** (row 0, col 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** "AB12" → { row: 11, col: 27 }; null when the text is not a single A1 address. */
export function parseA1(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" (or a single cell) → range; null when malformed. */
export function parseRangeA1(text: string): CellRange | null {
  const [from, to = from] = text.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** One text per cell of a workbook, for sets and maps keyed by cell: sheet (or its identity), row and column. */
export const cellKey = (at: { sheet: string; row: number; col: number }): string => `${at.sheet}\u0000${at.row}\u0000${at.col}`;
