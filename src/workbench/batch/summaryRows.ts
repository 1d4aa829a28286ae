import type { LocalText, Report } from "../../engine";
import type { Reviews } from "../../app/review/decision";
import type { FormFacts } from "../../app/review/formFacts";
import { formSummaries, unreadableSummary, type FormSummary } from "../../app/review/summary";

/** Where a row's numbers come from: 校验 (marks written), a read-only check, nothing yet, or results of other settings. */
export type RowState = "checked" | "judged" | "pending" | "stale" | "unreadable";

/** A row of the workbench's summary: the bureau's row, the file it goes to, and how current its numbers are. */
export interface WorkbenchRow extends FormSummary {
  /** The opened file, or null for a file that could not be opened. */
  fileId: number | null;
  state: RowState;
}

export interface FileResults {
  file: number;
  name: string;
  report: Report | null;
  /** Whether the report came from 校验 (marks written) rather than a read-only check. */
  checked: boolean;
  /** Whether the report was made with other settings (profile, language) than the current ones. */
  stale: boolean;
  facts: readonly FormFacts[] | null;
  reviews: Reviews | null;
}

export interface Unreadable {
  name: string;
  reason: LocalText;
}

/** One row per form of every opened file (a file not yet checked as one pending row), then one per unreadable file. */
export function workbenchRows(files: readonly FileResults[], unreadable: readonly Unreadable[]): WorkbenchRow[] {
  const rows: WorkbenchRow[] = [];
  for (const f of files) {
    if (!f.report) {
      rows.push({ ...unreadableSummary(f.name, { zh: "", en: "" }), note: null, fileId: f.file, state: "pending" });
      continue;
    }
    const state: RowState = f.stale ? "stale" : f.checked ? "checked" : "judged";
    const forms = formSummaries(f.report, { file: f.name, facts: f.facts ?? undefined, reviews: f.reviews ?? undefined });
    for (const row of forms) rows.push({ ...row, fileId: f.file, state });
  }
  for (const u of unreadable) rows.push({ ...unreadableSummary(u.name, u.reason), fileId: null, state: "unreadable" });
  return rows;
}
