import type { WorkbenchRow } from "./summaryRows";

export type SortKey =
  | "file"
  | "sheet"
  | "project"
  | "implementer"
  | "reportedTotal"
  | "computedTotal"
  | "computedGrade"
  | "errors"
  | "warnings"
  | "decision"
  | "state";

export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export interface RowFilter {
  /** Matched, case-blind, against file, sheet, project, department and unit. */
  text: string;
  onlyErrors: boolean;
}

const GRADE_RANK: Record<string, number> = { 优: 4, 良: 3, 中: 2, 差: 1 };
const DECISION_RANK: Record<string, number> = { pass: 1, pending: 2, revise: 3 };
const STATE_RANK: Record<WorkbenchRow["state"], number> = { checked: 1, judged: 2, stale: 3, pending: 4, unreadable: 5 };

function valueOf(row: WorkbenchRow, key: SortKey): string | number | null {
  switch (key) {
    case "computedGrade":
      return row.computedGrade ? GRADE_RANK[row.computedGrade] : null;
    case "decision":
      return row.decision ? DECISION_RANK[row.decision] : null;
    case "state":
      return STATE_RANK[row.state];
    default:
      return row[key];
  }
}

const collator = new Intl.Collator("zh-CN", { numeric: true });

/** Rows in the order asked for; empty values last either way, ties kept in their order (files, then forms). */
export function sortRows(rows: readonly WorkbenchRow[], order: SortOrder | null): WorkbenchRow[] {
  if (!order) return [...rows];
  const sign = order.descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: valueOf(row, order.key) }))
    .sort((a, b) => {
      const aEmpty = a.v === null || a.v === "";
      const bEmpty = b.v === null || b.v === "";
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.i - b.i : aEmpty ? 1 : -1;
      const by = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return by === 0 ? a.i - b.i : sign * by;
    })
    .map((x) => x.row);
}

export function filterRows(rows: readonly WorkbenchRow[], filter: RowFilter): WorkbenchRow[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (filter.onlyErrors && !((r.errors ?? 0) > 0 || r.state === "unreadable")) return false;
    if (!needle) return true;
    return [r.file, r.sheet, r.project, r.department, r.implementer].some((t) => t.toLowerCase().includes(needle));
  });
}
