import type { SheetGrid } from "../../engine";

/** FNV-1a, 32 bits, as 8 hex digits: short fingerprints for the record (not a security measure). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * A row's fingerprint for a written cell: the text cells to its left (indicator names, targets, labels), which do not
 * change when a score is filled or retyped. Numbers are left out so that a retyped weight does not orphan the fill.
 */
export function rowKey(sheet: SheetGrid, row: number, col: number): string {
  const cells = sheet.values[row - sheet.originRow] ?? [];
  const parts: string[] = [];
  for (let c = sheet.originCol; c < col; c++) {
    const v = cells[c - sheet.originCol];
    if (typeof v === "string" && v.trim() !== "") parts.push(v.trim());
  }
  return fnv1a(parts.join("\u0001"));
}
