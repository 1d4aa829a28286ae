import type { LocalText } from "../localText";

/** met: the target is reached; unmet: it is not (a deduction); manual: no rule can judge it, a person must. */
export type IndicatorStatus = "met" | "unmet" | "manual";

/** What the rules say of one indicator row. */
export interface Verdict {
  status: IndicatorStatus;
  /** The exact computed score (not rounded); null when no rule gives one. */
  score: number | null;
  /** Qualitative rows: the tier's consistent scores [min, max]. */
  range: [number, number] | null;
  /** The target was missed: full marks are not consistent, whatever the rounding. */
  unmet: boolean;
  explanation: LocalText;
  assumptions: LocalText[];
  /** actual / target of a ≥ comparison, for the over-achievement rule. */
  achievement: number | null;
  /** Why a person must judge, when no rule can. */
  manual: LocalText | null;
  /** Met on the unit's word alone ("全部完成" against a count): no arithmetic could check it, so notation warnings give way. */
  unverified?: true;
}

export function manualVerdict(why: LocalText): Verdict {
  return { status: "manual", score: null, range: null, unmet: false, explanation: why, assumptions: [], achievement: null, manual: why };
}
