/** Makes any grid safe to read: rows that are not arrays become empty rows, unusable merges are dropped. */
import type { CellRange, SheetGrid } from "../grid/types";

/** A whole number from 0 below 2³¹: `n | 0` gives n back for exactly those (asked four times per merge, so no calls). */
function isIndex(n: unknown): n is number {
  return typeof n === "number" && n >= 0 && n < 2147483648 && (n | 0) === n;
}

function usableMerge(m: CellRange | null | undefined, bottom: number, right: number): boolean {
  if (!m || !isIndex(m.top) || !isIndex(m.left) || !isIndex(m.bottom) || !isIndex(m.right)) return false;
  if (m.bottom < m.top || m.right < m.left) return false;
  // A merge whose top-left lies outside the used area shows nothing; it can only cost time.
  return m.top <= bottom && m.left <= right;
}

/** The grid itself when it is well-formed (the common case, no copy), else a repaired shallow copy. */
export function sanitizeGrid(sheet: SheetGrid): SheetGrid | null {
  if (!sheet || !Array.isArray(sheet.values)) return null;
  const originRow = isIndex(sheet.originRow) ? sheet.originRow : 0;
  const originCol = isIndex(sheet.originCol) ? sheet.originCol : 0;
  let values = sheet.values;
  for (let i = 0; i < values.length; i++)
    if (!Array.isArray(values[i])) {
      values = Array.from(values, (r) => (Array.isArray(r) ? r : []));
      break;
    }
  let width = 0;
  for (let i = 0; i < values.length; i++) width = Math.max(width, values[i].length);
  const merges = usableMerges(sheet.merges, originRow + values.length - 1, originCol + width - 1);
  const sameMerges = merges === sheet.merges || (sheet.merges === undefined && merges.length === 0);
  if (values === sheet.values && originRow === sheet.originRow && originCol === sheet.originCol && sameMerges) return sheet;
  return {
    ...sheet,
    name: typeof sheet.name === "string" ? sheet.name : String(sheet.name ?? ""),
    originRow,
    originCol,
    values,
    formulas: Array.isArray(sheet.formulas) ? sheet.formulas : undefined,
    numberFormats: Array.isArray(sheet.numberFormats) ? sheet.numberFormats : undefined,
    merges,
  };
}

/**
 * The merges that show something, each clipped to the used area (which keeps its top-left cell, so every cell inside
 * the area reads the same value); the list itself when every merge is usable as it stands.
 */
function usableMerges(merges: SheetGrid["merges"], bottom: number, right: number): CellRange[] {
  if (!Array.isArray(merges)) return [];
  let repaired: CellRange[] | null = null;
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    const usable = usableMerge(m, bottom, right);
    const clipped =
      usable && (m.bottom > bottom || m.right > right) ? { ...m, bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) } : m;
    if (repaired === null && usable && clipped === m) continue;
    repaired ??= merges.slice(0, i);
    if (usable) repaired.push(clipped);
  }
  return repaired ?? merges;
}
