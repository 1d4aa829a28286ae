import { columnLetters } from "../grid/address";

/** Column letters by column, each worked out once: every row of a form names a cell in the same few columns. */
const letters: string[] = [];

/** (row 0, col 0) → "A1", as a1 (grid/address.ts) writes it. */
export function cellAddress(row: number, col: number): string {
  let column = letters[col];
  if (column === undefined) {
    column = columnLetters(col);
    letters[col] = column;
  }
  return column + (row + 1);
}
