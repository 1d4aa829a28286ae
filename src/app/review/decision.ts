import type { Finding, LocalText, Report } from "../../engine";

/** A reviewer's decision on one form: 通过 / 退回修改 / 待定. */
export type FormDecision = "pass" | "revise" | "pending";

export const FORM_DECISIONS: readonly FormDecision[] = ["pass", "revise", "pending"];

export const FORM_DECISION_NAMES: Record<FormDecision, LocalText> = {
  pass: { zh: "通过", en: "Passed" },
  revise: { zh: "退回修改", en: "Returned for correction" },
  pending: { zh: "待定", en: "Pending" },
};

/** A reviewer's decision on one finding: 接受 (the unit's value stands) / 忽略 (not a problem here). */
export type FindingDecision = "accept" | "ignore";

export const FINDING_DECISIONS: readonly FindingDecision[] = ["accept", "ignore"];

export const FINDING_DECISION_NAMES: Record<FindingDecision, LocalText> = {
  accept: { zh: "接受", en: "Accepted" },
  ignore: { zh: "忽略", en: "Ignored" },
};

/** What the reviewer has said about one form, when anything (as reports and pages take it). */
export interface FormReview {
  decision?: FormDecision | null;
  /** The reviewer's notes, free text. */
  notes?: string;
}

/** A decision on a finding, stored with the workbook. It applies while a finding of the same key recurs. */
export interface FindingReviewEntry {
  /** Code, form and indicator (see findingIdentity): what stays the same when the values change. */
  key: string;
  /** The finding's values when decided: when they differ now, the decision is shown as 情况已变化. */
  values: string;
  decision: FindingDecision;
  note: string;
  /** ISO date-time of the decision. */
  at: string;
}

/** A decision on a form, stored with the workbook, keyed by formKey. */
export interface FormReviewEntry {
  form: string;
  decision: FormDecision | null;
  note: string;
  at: string;
}

/** Every decision stored with one workbook. Entries whose finding or form is gone are kept: a re-check never loses one. */
export interface Reviews {
  findings: FindingReviewEntry[];
  forms: FormReviewEntry[];
}

export const EMPTY_REVIEWS: Reviews = { findings: [], forms: [] };

export const hasReviews = (r: Reviews) => r.findings.length > 0 || r.forms.length > 0;

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A form's identity across re-checks: its project name (or its sheet when it names none), with an ordinal when an
 * earlier form of the report has the same name. Not its address: rows are inserted above forms.
 */
export function formKey(report: Report, table: number): string {
  const name = (t: Report["tables"][number]) => squeeze(t.project) || `@${t.sheet}`;
  const own = name(report.tables[table]);
  const before = report.tables.slice(0, table).filter((t) => name(t) === own).length;
  return before === 0 ? own : `${own}#${before + 1}`;
}

/** What a finding is about, and the values it was raised on (cell addresses left out: they move when rows are inserted). */
export function findingIdentity(report: Report, finding: Finding): { key: string; values: string } {
  const table = report.tables[finding.table];
  const indicator = table?.indicators.find((r) => r.row === finding.row);
  const place = indicator
    ? `指标:${squeeze(indicator.level1)}/${squeeze(indicator.level2)}/${squeeze(indicator.name)}`
    : table?.fund?.row === finding.row
      ? "资金"
      : table?.total?.row === finding.row
        ? "总分"
        : (table?.subtotals?.find((s) => s.row === finding.row)?.label ?? `行:${table ? finding.row - firstRow(table.range) : finding.row}`);
  const form = table ? formKey(report, finding.table) : `@${finding.sheet}`;
  return { key: [finding.code, form, squeeze(place)].join("|"), values: squeeze(finding.messages.zh.replace(/\$?\b[A-Z]{1,3}\$?\d+\b/g, "")) };
}

const firstRow = (range: string) => Number(/\d+/.exec(range)?.[0] ?? 0);

/** A stored decision as it stands against the current report. */
export interface FindingReviewNow {
  decision: FindingDecision;
  note: string;
  at: string;
  /** 情况已变化: the finding recurs with other values than when it was decided. The decision then no longer closes it. */
  changed: boolean;
}

export interface ReviewsNow {
  /** Index-aligned with report.issues. */
  findings: (FindingReviewNow | undefined)[];
  /** Index-aligned with report.tables. */
  forms: (FormReview | undefined)[];
}

/** The stored decisions matched to the findings and forms of a report. */
export function reviewsNow(report: Report, reviews: Reviews): ReviewsNow {
  const byKey = new Map(reviews.findings.map((e) => [e.key, e]));
  const byForm = new Map(reviews.forms.map((e) => [e.form, e]));
  return {
    findings: report.issues.map((f) => {
      const { key, values } = findingIdentity(report, f);
      const e = byKey.get(key);
      return e && { decision: e.decision, note: e.note, at: e.at, changed: e.values !== values };
    }),
    forms: report.tables.map((_, i) => {
      const e = byForm.get(formKey(report, i));
      return e && { decision: e.decision, notes: e.note };
    }),
  };
}

/** Open: no decision, or one taken on other values (情况已变化). The opinion and the counts list open findings only. */
export const isOpen = (now: FindingReviewNow | undefined) => !now || now.changed;

/** The reviews with one finding's decision set (null removes it). */
export function withFindingReview(reviews: Reviews, report: Report, finding: Finding, decision: FindingDecision | null, note = "", at = new Date()): Reviews {
  const { key, values } = findingIdentity(report, finding);
  const rest = reviews.findings.filter((e) => e.key !== key);
  return { ...reviews, findings: decision ? [...rest, { key, values, decision, note, at: at.toISOString() }] : rest };
}

/** The reviews with one form's decision and note set (a null decision with no note removes the entry). */
export function withFormReview(reviews: Reviews, report: Report, table: number, decision: FormDecision | null, note = "", at = new Date()): Reviews {
  const form = formKey(report, table);
  const rest = reviews.forms.filter((e) => e.form !== form);
  return { ...reviews, forms: decision || note ? [...rest, { form, decision, note, at: at.toISOString() }] : rest };
}
