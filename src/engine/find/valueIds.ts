/**
 * Numbers standing for values, so that a key made of several values is a number found through maps of numbers: no
 * string is built to look a row up, which matters when every row of a large workbook is looked up.
 */
import type { CellValue } from "../grid/types";
import { isCellError } from "../grid/types";

type Plain = string | number | boolean | null | undefined;

/** A number per distinct value: texts by their text, numbers by their value (0 and -0 apart), error values by their text. */
export class ValueIds {
  private readonly plain = new Map<Plain | symbol, number>();
  private readonly errors = new Map<string, number>();

  /** Null for an object that is not an error value: it has no id. */
  of(v: CellValue | undefined): number | null {
    if (typeof v === "object" && v !== null) return isCellError(v) ? -1 - idIn(this.errors, v.error) : null;
    return this.plainOf(v);
  }

  plainOf(v: Plain): number {
    return idIn(this.plain, Object.is(v, -0) ? NEGATIVE_ZERO : v);
  }
}

/** A number (0 up) per distinct ordered pair of numbers: pairs.of(pairs.of(a, b), c) stands for the triple, and so on. */
export class PairIds {
  private readonly bySecond = new Map<number, Map<number, number>>();
  private count = 0;

  of(a: number, b: number): number {
    let firsts = this.bySecond.get(b);
    if (!firsts) {
      firsts = new Map();
      this.bySecond.set(b, firsts);
    }
    let id = firsts.get(a);
    if (id === undefined) {
      id = this.count++;
      firsts.set(a, id);
    }
    return id;
  }
}

const NEGATIVE_ZERO = Symbol("-0");

function idIn<K>(ids: Map<K, number>, key: K): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
