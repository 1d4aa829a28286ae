import { a1, type LocalText, type Report } from "../engine";
import { NO_DECISIONS, type ReviewsNow } from "../app/review/decision";

/** A file that could not be read, in the --json output. */
export interface JsonFailure {
  file: string;
  error: { code: string; message: string; messages: LocalText };
}

/**
 * The report as --json writes it: the engine's Report with "file" first. Fill targets are given like every other
 * position in the file, as 1-based worksheet rows and columns plus the A1 cell (the engine keeps them 0-based). The
 * decisions stored with the workbook (`now`, matched to the report) are given where they apply: `review` on a finding
 * ({ decision, note, at, changed }) and on a form ({ decision, note }).
 */
export function jsonReport(report: Report, file: string, now: ReviewsNow = NO_DECISIONS): Record<string, unknown> {
  const { file: _ignored, tables, issues, ...rest } = report;
  return {
    file,
    ...rest,
    tables: tables.map((t, i) => {
      const review = now.forms[i];
      return {
        ...t,
        fills: t.fills.map((f) => ({ ...f, row: f.row + 1, col: f.col + 1, cell: a1(f.row, f.col) })),
        ...(review ? { review: { decision: review.decision ?? null, note: review.notes ?? "" } } : {}),
      };
    }),
    issues: issues.map((f, i) => (now.findings[i] ? { ...f, review: now.findings[i] } : f)),
  };
}
