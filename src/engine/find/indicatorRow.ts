import type { Form, IndicatorRow } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { FillTarget, IndicatorResult } from "./types";
import type { FindingList } from "./findingList";
import type { ParsedPair } from "../parse/types";
import type { Verdict } from "../score/verdict";
import { a1 } from "../grid/address";
import { compactText, isBlank } from "../grid/text";
import { isPlaceholderReason, parsePair } from "../parse";
import { isCostIndicator } from "../score/direction";
import { scoreIndicator } from "../score/indicator";
import { round2, scoreConsistent } from "../score/round";
import { numberOf, reportBrokenCell, textOf } from "./cells";
import { say } from "./messages";

export interface IndicatorOutcome {
  result: IndicatorResult;
  weight: number | null;
  /** The score the form's own parts use: reported, else the fill. */
  partScore: number | null;
  /** The score the rules give, for the computed total: the reported one where it is consistent. */
  ruleScore: number | null;
  fill: FillTarget | null;
}

const EPS = 1e-9;

/** Scores one indicator row and reports what is wrong with it. */
export function evaluateIndicator(row: IndicatorRow, form: Form, profile: RuleProfile, out: FindingList): IndicatorOutcome {
  const broken = [row.target, row.actual].map((s) => reportBrokenCell(s, out)).some(Boolean);
  const weightBroken = reportBrokenCell(row.weight, out);
  const scoreBroken = reportBrokenCell(row.score, out);

  const weight = weightBroken ? null : numberOf(row.weight);
  const reported = scoreBroken ? null : numberOf(row.score);
  if (!weightBroken && row.weight && weight === null && textOf(row.weight).trim() !== "" && !isPlaceholderReason(row.weight.value))
    out.add("manual-review", "info", row.weight.row, row.weight.col, say.notANumber(say.what.weight, textOf(row.weight).trim()));
  if (!scoreBroken && row.score && reported === null && textOf(row.score).trim() !== "" && !isPlaceholderReason(row.score.value))
    out.add("manual-review", "info", row.score.row, row.score.col, say.notANumber(say.what.score, textOf(row.score).trim()));

  const targetText = textOf(row.target);
  const actualText = textOf(row.actual);
  const pair = parsePair(row.target?.value ?? null, row.actual?.value ?? null, {
    target: { numberFormat: row.target?.numberFormat, unitText: textOf(row.unit) || null, comparatorText: textOf(row.nature) || null },
    actual: { numberFormat: row.actual?.numberFormat, unitText: textOf(row.unit) || null },
  });
  const verdict = scoreIndicator({ name: row.name, level2: row.level2, pair, targetText, actualText, weight }, profile);

  const anchor = row.actual ?? row.target ?? row.score ?? { row: row.row, col: form.columns.name };
  if (verdict.manual && !broken && !(verdict.range && reported !== null)) out.add("manual-review", "info", anchor.row, anchor.col, verdict.manual);
  checkNotation(row, pair, targetText, actualText, out);

  let fill: FillTarget | null = null;
  let consistent = false;
  if (reported !== null && weight !== null && row.score) consistent = checkReportedScore(row.score, reported, weight, verdict, out);
  else if (reported === null && row.score && weight !== null && verdict.score !== null) {
    // Text ("待评") and formula cells become fill targets too, so the preview can show them; planEdits leaves them
    // alone unless the user confirms.
    const value = round2(verdict.score);
    fill = { kind: "score", sheet: form.sheet, row: row.score.row, col: row.score.col, value, current: row.score.value, formula: row.score.formula };
    if (!row.score.formula && isBlank(row.score.value)) out.add("score-empty", "info", row.score.row, row.score.col, say.scoreEmpty(value, verdict.explanation));
  }
  if (form.columns.reason !== null && weight !== null) checkReason(row, form.columns.reason, weight, reported, fill?.value ?? null, verdict, profile, out);

  const ruleScore = consistent ? reported : verdict.score ?? reported;
  return {
    weight,
    partScore: reported ?? (fill && !fill.formula && isBlank(fill.current) ? fill.value : null),
    ruleScore,
    fill,
    result: {
      row: row.row + 1,
      level1: row.level1,
      level1Kind: row.level1Kind,
      level2: row.level2,
      name: row.name,
      target: targetText,
      actual: actualText,
      weight,
      reportedScore: reported,
      computedScore: verdict.score === null ? null : round2(verdict.score),
      scoreRange: verdict.range ? [round2(verdict.range[0]), round2(verdict.range[1])] : null,
      status: verdict.status,
      explanation: verdict.explanation,
      assumptions: verdict.assumptions,
      reason: textOf(row.reason),
      scoreCell: row.score ? a1(row.score.row, row.score.col) : null,
    },
  };
}

/** How the row is written: units that differ, a copied target, a cost written with ≥, a rate counted in 户, OCR junk. */
function checkNotation(row: IndicatorRow, pair: ParsedPair, targetText: string, actualText: string, out: FindingList): void {
  for (const [slot, v] of [[row.target, pair.target], [row.actual, pair.actual]] as const)
    if (slot && v.kind === "number" && v.ocrRepaired) out.add("manual-review", "info", slot.row, slot.col, say.ocrRepaired(textOf(slot).trim()));
  if (pair.unitMismatch && row.actual && pair.target.kind === "number" && pair.actual.kind === "number")
    out.add("unit-mismatch", "warning", row.actual.row, row.actual.col, say.unitMismatch(pair.target.unit?.text ?? "", pair.actual.unit?.text ?? ""));
  if (pair.actualHasComparator && row.actual) out.add("target-copied", "warning", row.actual.row, row.actual.col, say.targetCopied(actualText.trim()));
  const t = pair.target;
  if (!row.target || t.kind !== "number") return;
  if (t.comparatorFrom && (t.comparator === ">=" || t.comparator === ">") && isCostIndicator(row.level2, row.name))
    out.add("cost-direction", "warning", row.target.row, row.target.col, say.costDirection(targetText.trim()));
  if (t.unit && t.unit.base !== "%" && /率/.test(compactText(row.name)) && !/(效率|频率|功率|汇率|利率)/.test(row.name))
    out.add("rate-unit", "warning", row.target.row, row.target.col, say.rateUnit(t.unit.text));
}

/** A reported score against the rules: above the weight, outside a qualitative tier, or off the computed score. Returns whether it is consistent. */
function checkReportedScore(at: { row: number; col: number }, reported: number, weight: number, verdict: Verdict, out: FindingList): boolean {
  const { row: r, col: c } = at;
  if (reported > weight + EPS) out.add("score-out-of-range", "error", r, c, say.scoreAboveWeight(reported, weight));
  else if (reported < -EPS) out.add("score-out-of-range", "error", r, c, say.scoreNegative(reported));
  else if (verdict.range) {
    const [lo, hi] = verdict.range;
    if (reported >= lo - 0.005 && reported <= hi + 0.005) return true;
    out.add("score-mismatch", reported > hi ? "error" : "warning", r, c, say.scoreOutsideTier(reported, lo, hi, verdict.explanation));
  } else if (verdict.score !== null) {
    if (scoreConsistent(reported, verdict.score, weight, verdict.unmet)) return true;
    const higher = reported > verdict.score;
    const text = verdict.unmet && reported >= weight - EPS
      ? say.fullOnUnmet(reported, verdict.explanation)
      : higher
        ? say.scoreHigher(reported, verdict.score, verdict.explanation)
        : say.scoreLower(reported, verdict.score, verdict.explanation);
    out.add("score-mismatch", higher ? "error" : "warning", r, c, text);
  } else if (verdict.unmet && reported >= weight - EPS) out.add("score-mismatch", "error", r, c, say.fullOnUnmet(reported, verdict.explanation));
  return false;
}

/** A deduction (reported, or to be filled) needs a real reason; so does over-achievement where the profile says so. */
function checkReason(row: IndicatorRow, reasonCol: number, weight: number, reported: number | null, fill: number | null, verdict: Verdict, profile: RuleProfile, out: FindingList): void {
  const at = row.reason ?? { row: row.row, col: reasonCol, value: null };
  if (!isPlaceholderReason(at.value)) return;
  const given = reported ?? fill;
  if (given !== null && given < weight - EPS) out.add("missing-reason", "error", at.row, at.col, say.missingReason(reported, fill, weight));
  else if (profile.reasonAboveAchievement !== null && verdict.achievement !== null && verdict.achievement >= profile.reasonAboveAchievement)
    out.add("missing-reason", "error", at.row, at.col, say.missingReasonOver(verdict.achievement));
}
