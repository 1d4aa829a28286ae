import type { Report, Severity } from "../find/types";
import { a1 } from "../grid/address";
import { isBlank } from "../grid/text";
import { NOTE_PREFIX } from "./colors";
import type { Edit, Plan, PlanOptions, SkippedFill } from "./types";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A report and the user's choices → the edits a host applies. Cells with a formula or a value are left alone unless asked. */
export function planEdits(report: Report, options: PlanOptions): Plan {
  const edits: Edit[] = [];
  const skipped: SkippedFill[] = [];

  const marked = new Map<string, { sheet: string; row: number; col: number; severity: Severity; lines: string[] }>();
  for (const f of report.issues) {
    if (!options.mark.includes(f.severity)) continue;
    const key = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
    const line = options.lang === "en" ? f.messages.en : f.messages.zh;
    const m = marked.get(key);
    if (!m) marked.set(key, { sheet: f.sheet, row: f.row - 1, col: f.col - 1, severity: f.severity, lines: [line] });
    else {
      if (RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
      if (!m.lines.includes(line)) m.lines.push(line);
    }
  }
  for (const m of marked.values()) {
    const at = { sheet: m.sheet, row: m.row, col: m.col };
    edits.push({ kind: "mark", at, severity: m.severity });
    if (options.notes) edits.push({ kind: "note", at, text: `${NOTE_PREFIX}\n${m.lines.join("\n")}` });
  }

  if (options.fill) {
    for (const table of report.tables) {
      for (const t of table.fills) {
        const at = { sheet: t.sheet, row: t.row, col: t.col };
        const reason = t.formula ? "formula" : !isBlank(t.current) ? "filled" : null;
        const allowed = reason === null || (reason === "filled" && options.overwrite) || (reason === "formula" && options.overwriteFormulas);
        if (!allowed) {
          skipped.push({ at, cell: a1(t.row, t.col), reason: reason!, current: t.current, formula: t.formula, value: t.value });
          continue;
        }
        edits.push(t.kind === "rate" ? { kind: "value", at, value: t.value, numberFormat: "0.00%" } : { kind: "value", at, value: t.value });
      }
    }
  }
  return { edits, skipped };
}
