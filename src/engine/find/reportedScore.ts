/** A reported score against the rules: above the weight, below 0, outside a qualitative tier, or off the computed score. */
import type { Verdict } from "../score/verdict";
import type { FindingCode, LocalText, Severity } from "./types";
import { exceedsWeight, scoreConsistent } from "../score/round";
import { say } from "../messages";

const EPS = 1e-9;

export interface ScoreCheck {
  consistent: boolean;
  /** What is wrong, to be put on the score cell; null when nothing is. */
  finding: { code: FindingCode; severity: Severity; messages: LocalText } | null;
}

const CONSISTENT: ScoreCheck = { consistent: true, finding: null };
const NOTHING_TO_SAY: ScoreCheck = { consistent: false, finding: null };

const found = (code: FindingCode, severity: Severity, messages: LocalText): ScoreCheck => ({
  consistent: false,
  finding: { code, severity, messages },
});

/** Depends on the three figures alone, so rows of the same content share it (RowJudgement.scoreCheck). */
export function checkReportedScore(reported: number, weight: number, verdict: Verdict): ScoreCheck {
  if (exceedsWeight(reported, weight)) return found("score-out-of-range", "error", say.scoreAboveWeight(reported, weight));
  if (reported < -EPS) return found("score-out-of-range", "error", say.scoreNegative(reported));
  if (verdict.range) {
    const [lo, hi] = verdict.range;
    if (reported >= lo - 0.005 && reported <= hi + 0.005) return CONSISTENT;
    return found("score-mismatch", reported > hi ? "error" : "warning", say.scoreOutsideTier(reported, lo, hi, verdict.explanation));
  }
  if (verdict.score !== null) {
    if (scoreConsistent(reported, verdict.score, weight, verdict.unmet)) return CONSISTENT;
    const higher = reported > verdict.score;
    const text =
      verdict.unmet && reported >= weight - EPS
        ? say.fullOnUnmet(reported, verdict.explanation)
        : higher
          ? say.scoreHigher(reported, verdict.score, verdict.explanation)
          : say.scoreLower(reported, verdict.score, verdict.explanation);
    return found("score-mismatch", higher ? "error" : "warning", text);
  }
  if (verdict.unmet && reported >= weight - EPS) return found("score-mismatch", "error", say.fullOnUnmet(reported, verdict.explanation));
  return NOTHING_TO_SAY;
}
