import type { EtMatrix } from "./etTypes";

interface ItemMatrix {
  Item(row: number, column: number): unknown;
}

const hasItem = (v: unknown): v is ItemMatrix => typeof v === "object" && v !== null && typeof (v as ItemMatrix).Item === "function";

/**
 * A `Value2`/`Formula` read of a rows×cols range → a rows×cols array. WPS gives a scalar for one cell and, for several,
 * either a 2-D array or an object with 1-based `Item(r, c)` depending on the build; missing cells read as null.
 */
export function toRows(read: EtMatrix, rows: number, cols: number): unknown[][] {
  const out: unknown[][] = [];
  if (Array.isArray(read)) {
    for (let i = 0; i < rows; i++) {
      const row: unknown = read[i];
      // A one-row read may come back flat.
      const cells: unknown[] = Array.isArray(row) ? row : rows === 1 ? read : [];
      out.push(Array.from({ length: cols }, (_, j) => cells[j] ?? null));
    }
    return out;
  }
  if (hasItem(read)) {
    for (let i = 1; i <= rows; i++) out.push(Array.from({ length: cols }, (_, j) => read.Item(i, j + 1) ?? null));
    return out;
  }
  // A scalar: one cell, or a uniform read of several.
  for (let i = 0; i < rows; i++) out.push(new Array<unknown>(cols).fill(read ?? null));
  return out;
}
