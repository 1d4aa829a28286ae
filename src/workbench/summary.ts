import type { Report, Severity } from "../engine";

export interface SummaryRow {
  file: number;
  fileName: string;
  sheet: string;
  project: string;
  /** The form's first cell ("A1"), where activating the row goes. */
  cell: string;
  reportedTotal: number | null;
  computedTotal: number | null;
  counts: Record<Severity, number>;
}

export interface Summary {
  rows: SummaryRow[];
  /** Files with no report yet (being checked, or unreadable). */
  pending: string[];
  totals: { files: number; forms: number } & Record<Severity, number>;
}

/** Every form across the opened files, with its total and its finding counts, and the sums. */
export function summarize(files: readonly { file: number; name: string; report: Report | null }[]): Summary {
  const rows: SummaryRow[] = [];
  const pending: string[] = [];
  const totals = { files: files.length, forms: 0, error: 0, warning: 0, info: 0 };
  for (const f of files) {
    if (!f.report) {
      pending.push(f.name);
      continue;
    }
    for (const t of f.report.tables) {
      rows.push({
        file: f.file,
        fileName: f.name,
        sheet: t.sheet,
        project: t.project.trim(),
        cell: t.range.split(":")[0],
        reportedTotal: t.total?.reportedScore ?? null,
        computedTotal: t.total?.computedScore ?? null,
        counts: { ...t.counts },
      });
      totals.forms++;
      totals.error += t.counts.error;
      totals.warning += t.counts.warning;
      totals.info += t.counts.info;
    }
  }
  return { rows, pending, totals };
}
