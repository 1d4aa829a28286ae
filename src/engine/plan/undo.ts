import { isCellError } from "../grid/types";
import type { Before, ChangeRecord, Edit } from "./types";

/** Pairs each applied edit with what its cell held before, as the host read it just before writing. */
export function recordOf(edits: Edit[], before: (edit: Edit) => Before): ChangeRecord {
  return { version: 1, entries: edits.map((edit) => ({ edit, before: before(edit) })) };
}

/** The edits that put back what a record changed, newest first: "marks" (fills and notes), "fills" (values), or "all". */
export function undoEdits(record: ChangeRecord, which: "marks" | "fills" | "all"): Edit[] {
  const wanted = (e: Edit) => which === "all" || (which === "fills" ? e.kind === "value" : e.kind !== "value");
  const out: Edit[] = [];
  for (const { edit, before } of [...record.entries].reverse()) {
    if (!wanted(edit)) continue;
    const at = edit.at;
    if (before.kind === "value") {
      const value = isCellError(before.value) ? before.value.error : before.value;
      // A restored formula carries its old result too: hosts that recalculate ignore it, in-memory ones show it.
      out.push({
        kind: "value",
        at,
        value,
        ...(before.formula ? { formula: before.formula } : {}),
        ...(edit.kind === "value" && edit.numberFormat ? { numberFormat: before.numberFormat ?? "General" } : {}),
      });
    } else if (before.kind === "fill") out.push({ kind: "fill", at, color: before.color });
    else out.push({ kind: "note", at, text: before.text });
  }
  return out;
}
