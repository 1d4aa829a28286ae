import type { Severity } from "../../engine";

/**
 * A mark is a conditional-format rule whose formula is always true and carries this tag, so that the user's own fill is
 * never overwritten, the mark moves with inserted rows, survives save and reopen, and is found and removed by its
 * formula alone — by us as a unit, or by anyone through 条件格式 → 清除规则.
 */
const TAG = "自评表校验 mark:";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The rule's formula for a severity, as written in a conditional format (with the leading "="). */
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${TAG}${severity}")`;
}

/** The severity a conditional-format formula marks, or null when the rule is not one of ours. */
export function ownMarkSeverity(formula: string | null | undefined): Severity | null {
  if (typeof formula !== "string") return null;
  const at = formula.indexOf(TAG);
  if (at < 0) return null;
  const rest = formula.slice(at + TAG.length);
  return SEVERITIES.find((s) => rest.startsWith(`${s}"`)) ?? null;
}
