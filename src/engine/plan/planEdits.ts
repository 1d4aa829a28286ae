import type { FillTarget, Report, Severity, TableReport } from "../find/types";
import { a1 } from "../grid/address";
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

interface Marked {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  lines: string[];
}

/** The cells with findings to mark, in the order of their first finding: the gravest severity, each message once. */
function markedCells(report: Report, options: PlanOptions): Marked[] {
  const marked: Marked[] = [];
  // By sheet, then by cell (row × 65536 + col): no key text to build per finding.
  const bySheet = new Map<string, Map<number, Marked>>();
  for (let i = 0; i < report.issues.length; i++) {
    const f = report.issues[i];
    if (!options.mark.includes(f.severity)) continue;
    let cells = bySheet.get(f.sheet);
    if (cells === undefined) {
      cells = new Map();
      bySheet.set(f.sheet, cells);
    }
    const key = f.row * 65536 + f.col;
    const line = options.lang === "en" ? f.messages.en : f.messages.zh;
    const m = cells.get(key);
    if (!m) {
      const fresh = { sheet: f.sheet, row: f.row - 1, col: f.col - 1, severity: f.severity, lines: [line] };
      cells.set(key, fresh);
      marked.push(fresh);
    } else {
      if (severityRank(f.severity) < severityRank(m.severity)) m.severity = f.severity;
      if (!m.lines.includes(line)) m.lines.push(line);
    }
  }
  return marked;
}

/** A report and the user's choices → the edits a host applies. Cells with a formula or a value are left alone unless asked. */
export function planEdits(report: Report, options: PlanOptions): Plan {
  const edits: Edit[] = [];
  const skipped: SkippedFill[] = [];

  const marked = markedCells(report, options);
  for (let i = 0; i < marked.length; i++) {
    const m = marked[i];
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
