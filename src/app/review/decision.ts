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

const formName = (t: Report["tables"][number]) => squeeze(t.project) || `@${t.sheet}`;

/**
 * Every form's identity across re-checks, index-aligned with report.tables: its project name (or its sheet when it
 * names none), with an ordinal when an earlier form of the report has the same name. Not its address: rows are
 * inserted above forms.
 */
export function formKeys(report: Report): string[] {
  const seen = new Map<string, number>();
  return report.tables.map((t) => {
    const own = formName(t);
    const before = seen.get(own) ?? 0;
    seen.set(own, before + 1);
    return before === 0 ? own : `${own}#${before + 1}`;
  });
}

/** One form's identity (see formKeys): a decision is asked for one form at a time. */
export const formKey = (report: Report, table: number): string => formKeys(report)[table];

/** Where in its form a finding is: its indicator, 资金, 总分 or subtotal by their labels; else its column (rows move). */
function placeOf(table: Report["tables"][number] | undefined, finding: Finding): string {
  const indicator = table?.indicators.find((r) => r.row === finding.row);
  if (indicator) return `指标:${squeeze(indicator.level1)}/${squeeze(indicator.level2)}/${squeeze(indicator.name)}`;
  if (table?.fund?.row === finding.row) return "资金";
  if (table?.total?.row === finding.row) return "总分";
  const subtotal = table?.subtotals?.find((s) => s.row === finding.row);
  return subtotal ? `小计:${squeeze(subtotal.label)}` : `列:${finding.col}`;
}

/**
 * The values a finding was raised on: its message without cell addresses ("H14") and row spans ("第 14–16 行"),
 * which move when rows are inserted while the values stay the same.
 */
const valuesOf = (finding: Finding) =>
  squeeze(finding.messages.zh.replace(/第\s*[\d–、\s]+行/g, "第 行").replace(/\$?\b[A-Z]{1,3}\$?\d+\b/g, ""));

/** Every finding's key, index-aligned with report.issues: a second finding of one code at one place gets an ordinal. */
function findingKeys(report: Report, forms = formKeys(report)): string[] {
  const seen = new Map<string, number>();
  return report.issues.map((f) => {
    const table = report.tables[f.table];
    const own = [f.code, table ? forms[f.table] : `@${f.sheet}`, placeOf(table, f)].join("|");
    const before = seen.get(own) ?? 0;
    seen.set(own, before + 1);
    return before === 0 ? own : `${own}#${before + 1}`;
  });
}

const sameFinding = (a: Finding, b: Finding) => a === b || (a.code === b.code && a.sheet === b.sheet && a.row === b.row && a.col === b.col);

/**
 * What a finding of the report is about, and the values it was raised on (cell addresses left out: they move when rows
 * are inserted). Two findings of one code at one place (two indicators of one name) are told apart by their order.
 */
export function findingIdentity(report: Report, finding: Finding): { key: string; values: string } {
  const at = report.issues.findIndex((f) => sameFinding(f, finding));
  const keys = findingKeys({ ...report, issues: at < 0 ? [...report.issues, finding] : report.issues });
  return { key: keys[at < 0 ? keys.length - 1 : at], values: valuesOf(finding) };
}

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

/** No decision on anything: what a report without stored decisions is matched to (any index reads undefined). */
export const NO_DECISIONS: ReviewsNow = { findings: [], forms: [] };

/** The stored decisions matched to the findings and forms of a report. */
export function reviewsNow(report: Report, reviews: Reviews): ReviewsNow {
  const byKey = new Map(reviews.findings.map((e) => [e.key, e]));
  const byForm = new Map(reviews.forms.map((e) => [e.form, e]));
  const forms = formKeys(report);
  // Without decisions on findings (a first check) there is nothing to match: their keys would cost a pass over thousands.
  const keys = byKey.size === 0 ? report.issues.map(() => "") : findingKeys(report, forms);
  return {
    findings: keys.map((key, i) => {
      const e = byKey.get(key);
      return e && { decision: e.decision, note: e.note, at: e.at, changed: e.values !== valuesOf(report.issues[i]) };
    }),
    forms: forms.map((form) => {
      const e = byForm.get(form);
      return e && { decision: e.decision, notes: e.note };
    }),
  };
}

/** Open: no decision, or one taken on other values (情况已变化). The opinion and the counts list open findings only. */
export const isOpen = (now: FindingReviewNow | undefined) => !now || now.changed;

/** The reviews with one finding's decision set (null removes it). */
export function withFindingReview(
  reviews: Reviews,
  report: Report,
  finding: Finding,
  decision: FindingDecision | null,
  note = "",
  at = new Date(),
): Reviews {
  const { key, values } = findingIdentity(report, finding);
  const rest = reviews.findings.filter((e) => e.key !== key);
  return { ...reviews, findings: decision ? [...rest, { key, values, decision, note, at: at.toISOString() }] : rest };
}

/** The reviews with one form's decision and note set (a null decision with no note removes the entry). */
export function withFormReview(
  reviews: Reviews,
  report: Report,
  table: number,
  decision: FormDecision | null,
  note = "",
  at = new Date(),
): Reviews {
  const form = formKey(report, table);
  const rest = reviews.forms.filter((e) => e.form !== form);
  return { ...reviews, forms: decision || note ? [...rest, { form, decision, note, at: at.toISOString() }] : rest };
}
