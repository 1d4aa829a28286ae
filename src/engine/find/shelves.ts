/**
 * Entries shelved by two values, so that finding one again compares a few candidates rather than building a key:
 * the shelf of a pair of values holds the entries kept under it, the most recent last, at most SHELF_SIZE of them.
 */
import type { CellValue } from "../grid/types";
import { isCellError } from "../grid/types";

type ShelfKey = string | number | boolean | null | undefined | symbol;

/** Past this many entries on one shelf, the oldest goes: a lookup never compares more. */
export const SHELF_SIZE = 16;

/** Error values share one shelf (the comparison tells them apart); other objects have none. */
const ERROR_VALUE = Symbol("error value");
const NO_SHELF = Symbol("no shelf");

export class Shelves<T> {
  private readonly byFirst = new Map<ShelfKey, Map<ShelfKey, T[]>>();

  /** The shelf of the two values, made when new; null when either is an object that is no error value. */
  shelf(a: CellValue | symbol | undefined, b: CellValue | symbol | undefined): T[] | null {
    const first = keyOf(a);
    const second = keyOf(b);
    if (first === NO_SHELF || second === NO_SHELF) return null;
    let inner = this.byFirst.get(first);
    if (inner === undefined) {
      inner = new Map();
      this.byFirst.set(first, inner);
    }
    let shelf = inner.get(second);
    if (shelf === undefined) {
      shelf = [];
      inner.set(second, shelf);
    }
    return shelf;
  }

  static put<T>(shelf: T[], entry: T): void {
    if (shelf.length >= SHELF_SIZE) shelf.shift();
    shelf.push(entry);
  }
}

function keyOf(v: CellValue | symbol | undefined): ShelfKey {
  if (typeof v !== "object" || v === null) return v;
  return isCellError(v) ? ERROR_VALUE : NO_SHELF;
}
