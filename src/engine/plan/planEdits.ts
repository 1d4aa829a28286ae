import type { FillTarget, Report, Severity, TableReport } from "../find/types";
import { a1, cellKey } from "../grid/address";
import { isBlank } from "../grid/text";
import { NOTE_PREFIX } from "./colors";
import { severityRank } from "../find/severity";
import type { Edit, FillPlace, Plan, PlanOptions, SkippedFill } from "./types";

/** The indicator whose score a fill writes (a merged group's fill sits on its first row). */
const indicatorOf = (table: TableReport, t: FillTarget) =>
  t.kind === "score" ? table.indicators.find((i) => i.row === t.row + 1) : undefined;

/** Whether a fill writes a qualitative row's score: one judged by tier (it has a tier's range), or a group holding one. */
function isQualitative(table: TableReport, t: FillTarget): boolean {
  const indicator = indicatorOf(table, t);
  if (!indicator) return false;
  const rows = indicator.group?.rows ?? [indicator.row];
  return table.indicators.some((i) => rows.includes(i.row) && i.scoreRange !== null);
}

const placeOf = (table: TableReport, t: FillTarget): FillPlace => ({
  project: table.project,
  kind: t.kind,
  indicator: indicatorOf(table, t)?.name ?? null,
});

/** A report and the user's choices → the edits a host applies. Cells with a formula or a value are left alone unless asked. */
export function planEdits(report: Report, options: PlanOptions): Plan {
  const edits: Edit[] = [];
  const skipped: SkippedFill[] = [];

  const marked = new Map<string, { sheet: string; row: number; col: number; severity: Severity; lines: string[] }>();
  for (const f of report.issues) {
    if (!options.mark.includes(f.severity)) continue;
    const key = cellKey(f);
    const line = options.lang === "en" ? f.messages.en : f.messages.zh;
    const m = marked.get(key);
    if (!m) marked.set(key, { sheet: f.sheet, row: f.row - 1, col: f.col - 1, severity: f.severity, lines: [line] });
    else {
      if (severityRank(f.severity) < severityRank(m.severity)) m.severity = f.severity;
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
      const leftToReviewer = options.fillQualitative === false && table.fills.some((t) => isQualitative(table, t));
      for (const t of table.fills) {
        if (leftToReviewer && (t.kind === "total" || isQualitative(table, t))) continue;
        const place = placeOf(table, t);
        const at = { sheet: t.sheet, row: t.row, col: t.col };
        const reason = t.formula ? "formula" : !isBlank(t.current) ? "filled" : null;
        const allowed =
          reason === null || (reason === "filled" && options.overwrite) || (reason === "formula" && options.overwriteFormulas);
        if (!allowed) {
          skipped.push({ at, cell: a1(t.row, t.col), reason: reason!, current: t.current, formula: t.formula, value: t.value, place });
          continue;
        }
        edits.push(
          t.kind === "rate"
            ? { kind: "value", at, value: t.value, numberFormat: "0.00%", place }
            : { kind: "value", at, value: t.value, place },
        );
      }
    }
  }
  return { edits, skipped };
}
