import { formatScore as engineFormatScore, severityRank, type Finding, type FindingCode, type Report, type Severity } from "../../engine";
import type { Lang } from "../i18n";
import { isOpen, type FindingReviewNow } from "../../app/review/decision";

export { SEVERITIES } from "../../engine";

/** Findings by what the reviewer decided: 未处理 (open, 情况已变化 included), 已接受, 已忽略, 情况已变化, 全部. */
export type ReviewFilter = "open" | "accepted" | "ignored" | "changed" | "all";

export const REVIEW_FILTERS: ReviewFilter[] = ["open", "accepted", "ignored", "changed", "all"];

export interface FindingFilter {
  severity: Severity | "all";
  code: FindingCode | "all";
  review: ReviewFilter;
}

export const NO_FILTER: FindingFilter = { severity: "all", code: "all", review: "all" };

/** Whether a finding with this decision (or none) passes the review filter. */
export function passesReview(now: FindingReviewNow | undefined, filter: ReviewFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "open":
      return isOpen(now);
    case "changed":
      return !!now?.changed;
    case "accepted":
      return !!now && !now.changed && now.decision === "accept";
    case "ignored":
      return !!now && !now.changed && now.decision === "ignore";
  }
}

/** Open findings per form (index-aligned with report.tables): no decision, or one taken on other values. */
export function openCounts(report: Report, now: readonly (FindingReviewNow | undefined)[] | null): number[] {
  const counts = report.tables.map(() => 0);
  report.issues.forEach((f, i) => {
    if (counts[f.table] !== undefined && isOpen(now?.[i])) counts[f.table]++;
  });
  return counts;
}

/** A finding and its position in report.issues (its stable id while the report lives). */
export interface IndexedFinding {
  id: number;
  finding: Finding;
}

export interface FindingGroup {
  table: number;
  severity: Severity;
  items: IndexedFinding[];
}

/** Findings that pass the filter, in reading order: by form, then severity (errors first), then as the engine listed them. */
export function visibleFindings(
  report: Report,
  filter: FindingFilter,
  now?: readonly (FindingReviewNow | undefined)[] | null,
): IndexedFinding[] {
  return report.issues
    .map((finding, id) => ({ id, finding }))
    .filter(
      ({ id, finding: f }) =>
        (filter.severity === "all" || f.severity === filter.severity) &&
        (filter.code === "all" || f.code === filter.code) &&
        passesReview(now?.[id], filter.review),
    )
    .sort(
      (a, b) => a.finding.table - b.finding.table || severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.id - b.id,
    );
}

/** Consecutive runs of the same form and severity, in the order visibleFindings gives. */
export function groupFindings(ordered: IndexedFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const item of ordered) {
    const last = groups[groups.length - 1];
    if (last && last.table === item.finding.table && last.severity === item.finding.severity) last.items.push(item);
    else groups.push({ table: item.finding.table, severity: item.finding.severity, items: [item] });
  }
  return groups;
}

/** The codes present in the report, in first-seen order (the code filter offers only these). */
export function codesIn(report: Report): FindingCode[] {
  return [...new Set(report.issues.map((f) => f.code))];
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * The next finding's id after `current` (direction +1) or before it (−1) among `ordered`, wrapping around.
 * With no current finding (or one filtered out), +1 starts at the first and −1 at the last.
 */
export function stepFinding(ordered: IndexedFinding[], current: number | null, direction: 1 | -1): number | null {
  if (ordered.length === 0) return null;
  const at = current === null ? -1 : ordered.findIndex((x) => x.id === current);
  if (at < 0) return ordered[direction === 1 ? 0 : ordered.length - 1].id;
  return ordered[(at + direction + ordered.length) % ordered.length].id;
}

export interface Explanation {
  /** The row's indicator name (or the fund label). */
  subject: string;
  text: string;
  assumptions: string[];
}

/** The arithmetic behind a finding's row: the indicator's explanation, or the fund row's; null when the row has none. */
export function explanationFor(report: Report, finding: Finding, lang: Lang): Explanation | null {
  const table = report.tables[finding.table];
  if (!table) return null;
  const indicator = table.indicators.find((i) => i.row === finding.row);
  if (indicator) {
    const text = indicator.explanation[lang];
    const assumptions = indicator.assumptions.map((a) => a[lang]).filter((a) => a.trim() !== "");
    return text.trim() === "" && assumptions.length === 0 ? null : { subject: indicator.name, text, assumptions };
  }
  if (table.fund && table.fund.row === finding.row && table.fund.explanation[lang].trim() !== "") {
    return { subject: "", text: table.fund.explanation[lang], assumptions: [] };
  }
  return null;
}

/** Scores as the forms write them: at most two decimals, no trailing zeros; "—" for none. */
export function formatScore(value: number | null | undefined, none: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  return engineFormatScore(value);
}
