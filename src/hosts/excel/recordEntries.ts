import type { ChangeRecord } from "../../engine";
import { keyOf } from "../common/addresses";

export type Entry = ChangeRecord["entries"][number];

export const isMark = (e: Entry) => e.edit.kind !== "value";
export const isFill = (e: Entry) => e.edit.kind === "value";

/** Adds entries to a record; a cell+kind already recorded keeps its first `before` (what the cell held originally). */
export function mergeEntries(base: Entry[], added: Entry[]): Entry[] {
  const out = [...base];
  const index = new Map(out.map((e, i) => [`${e.edit.kind}\u0000${keyOf(e.edit.at)}`, i]));
  for (const e of added) {
    const k = `${e.edit.kind}\u0000${keyOf(e.edit.at)}`;
    const i = index.get(k);
    if (i === undefined) {
      index.set(k, out.length);
      out.push(e);
    } else out[i] = { edit: e.edit, before: out[i].before };
  }
  return out;
}

/** How many distinct cells the entries touch. */
export function cellCount(entries: Entry[]): number {
  return new Set(entries.map((e) => keyOf(e.edit.at))).size;
}

export function recordWith(entries: Entry[]): ChangeRecord {
  return { version: 1, entries };
}
