import type { LocalText } from "../../engine";

/**
 * A reviewer's decision on one form. Decisions are not recorded anywhere yet: every report and page takes them as
 * optional, prints an empty 审核结论 column, and offers the choices as boxes to tick on paper.
 */
export type Decision = "pass" | "revise" | "reject";

export const DECISIONS: readonly Decision[] = ["pass", "revise", "reject"];

export const DECISION_NAMES: Record<Decision, LocalText> = {
  pass: { zh: "通过", en: "Accepted" },
  revise: { zh: "退回修改", en: "Returned for correction" },
  reject: { zh: "不予通过", en: "Rejected" },
};

/** What the reviewer has said about one form, when anything. */
export interface FormReview {
  decision?: Decision | null;
  /** The reviewer's notes, free text. */
  notes?: string;
}
