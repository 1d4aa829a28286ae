import { SEVERITIES, type MarkKind, type Severity } from "../../engine";

/**
 * A mark is a conditional-format rule whose formula is always true and carries this tag, so that the user's own fill is
 * never overwritten, the mark moves with inserted rows, survives save and reopen, and is found and removed by its
 * formula alone — by us as a unit, or by anyone through 条件格式 → 清除规则.
 */
const TAG = "自评表校验 mark:";

const KINDS: readonly MarkKind[] = [...SEVERITIES, "filled"];

/** The rule's formula for a severity (or "filled"), as written in a conditional format (with the leading "="). */
export function markFormula(kind: MarkKind): string {
  return `=ISTEXT("${TAG}${kind}")`;
}

/** What a conditional-format formula of ours marks — a severity or "filled" — or null when the rule is not one of ours. */
export function ownMarkKind(formula: string | null | undefined): MarkKind | null {
  if (typeof formula !== "string") return null;
  const at = formula.indexOf(TAG);
  if (at < 0) return null;
  const rest = formula.slice(at + TAG.length);
  return KINDS.find((s) => rest.startsWith(`${s}"`)) ?? null;
}

/**
 * The severity a formula of 校验's marks, or null when the rule is not one of 校验's. The filled mark is not: it belongs
 * to 填充得分, so a new 校验 and 清除标记 leave it, and 撤销填充 removes it (see isFillMark).
 */
export function ownMarkSeverity(formula: string | null | undefined): Severity | null {
  const kind = ownMarkKind(formula);
  return kind === "filled" ? null : kind;
}

/** Whether a formula is that of our mark on the scores 填充得分 wrote. */
export const isFillMark = (formula: string | null | undefined): boolean => ownMarkKind(formula) === "filled";
