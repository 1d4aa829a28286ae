import type { FundBlock, FundRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { SheetView } from "../grid/sheetView";
import type { FillTarget, FundResult } from "./types";
import type { FindingList } from "./findingList";
import { isBlank } from "../grid/text";
import { isPlaceholderReason, parseRateCell } from "../parse";
import { scoreExecution } from "../score/execution";
import { exceedsWeight, roundTo, sameUnderRounding, scoreConsistent, scoreToWrite } from "../score/round";
import { numberOf, reportBrokenCell } from "./cells";
import { say } from "../messages";

export interface FundOutcome {
  result: FundResult;
  weight: number | null;
  /** The execution score the form's own parts use: reported, else the fill. */
  partScore: number | null;
  /** The execution score the rules give. */
  ruleScore: number | null;
  fills: FillTarget[];
}

const money = (slot: Slot | null) => numberOf(slot, "万元");

const FUND_COLUMNS = ["initial", "budget", "executed"] as const;

/** 年度资金总额 against its sub-rows, column by column (RULES.md §6.6). */
function checkFundTotals(total: FundRow, parts: FundRow[], out: FindingList): void {
  for (const column of FUND_COLUMNS) {
    let sum = 0;
    let written = 0;
    for (let i = 0; i < parts.length; i++) {
      const value = money(parts[i][column]);
      if (value === null) continue;
      sum += value;
      written++;
    }
    if (written === 0) continue;
    const slot = total[column];
    const stated = money(slot);
    const at = slot ?? total.budget ?? total.executed;
    if (!at) continue;
    if (stated === null && sum === 0) continue;
    if (stated === null || Math.abs(stated - sum) > 0.005 + 1e-6 * Math.abs(sum))
      out.add("fund-total-mismatch", "error", at.row, at.col, say.fundTotal(say.fundColumns[column], stated ?? 0, roundTo(sum, 4)));
  }
}

/** 执行率 and 执行率得分 of the 年度资金总额 row. */
export function evaluateFund(
  fund: FundBlock,
  sheet: string,
  profile: RuleProfile,
  view: SheetView | null,
  out: FindingList,
): FundOutcome | null {
  const total = fund.total;
  if (!total) return null;
  checkFundTotals(total, fund.parts, out);
  reportBrokenCell(total.initial, out);
  reportBrokenCell(total.budget, out);
  reportBrokenCell(total.executed, out);
  reportBrokenCell(total.weight, out);
  reportBrokenCell(total.rate, out);
  reportBrokenCell(total.score, out);

  const raw = total.weight?.value;
  const written = typeof raw === "number" && !Number.isFinite(raw) ? raw : numberOf(total.weight);
  // A negative or non-finite 分值 scores nothing: a weight-structure finding, and no computed execution score.
  const unusable = written !== null && (!Number.isFinite(written) || written < 0);
  if (unusable && total.weight)
    out.add("weight-structure", "warning", total.weight.row, total.weight.col, say.unusableWeight(String(written)));
  const writtenWeight = unusable ? null : written;
  const scored = scoreExecution(
    { initial: money(total.initial), budget: money(total.budget), executed: money(total.executed), weight: writtenWeight },
    profile,
  );
  const verdict = unusable || (scored.score !== null && !Number.isFinite(scored.score)) ? { ...scored, score: null } : scored;
  const reportedRate = total.rate ? parseRateCell(total.rate.value, total.rate.numberFormat) : null;
  const reportedScore = numberOf(total.score);
  const fills: FillTarget[] = [];

  if (writtenWeight !== null && total.weight && Math.abs(writtenWeight - profile.executionWeight) > 1e-9)
    out.add("weight-structure", "warning", total.weight.row, total.weight.col, say.executionWeight(writtenWeight, profile.executionWeight));

  const { rate, score, budget } = verdict;
  const executed = money(total.executed);
  if (rate === null) {
    const at = total.rate ?? total.score ?? total.budget;
    if (at && (reportedRate !== null || reportedScore !== null)) out.add("manual-review", "info", at.row, at.col, say.manual.noRate);
  } else if (total.rate) {
    if (reportedRate !== null) {
      const capped = rate > 1 && Math.abs(reportedRate - 1) < 1e-9;
      if (!capped && !sameUnderRounding(reportedRate * 100, rate * 100))
        out.add(
          "execution-mismatch",
          "warning",
          total.rate.row,
          total.rate.col,
          say.rateMismatch(reportedRate, executed ?? 0, budget ?? 0, rate),
        );
    } else if (isBlank(total.rate.value))
      fills.push({
        kind: "rate",
        sheet,
        row: total.rate.row,
        col: total.rate.col,
        value: roundTo(rate, 4),
        current: total.rate.value,
        formula: total.rate.formula,
      });
  }

  // The execution score as the report shows it and a fill writes it: rounded, never above its 分值.
  const computed = score === null ? null : scoreToWrite(score, verdict.weight);
  let consistent = false;
  if (score !== null && total.score) {
    const at = total.score;
    if (reportedScore !== null) {
      if (exceedsWeight(reportedScore, verdict.weight))
        out.add("score-out-of-range", "error", at.row, at.col, say.scoreAboveWeight(reportedScore, verdict.weight));
      else {
        consistent = scoreConsistent(reportedScore, score, verdict.weight, (rate ?? 1) < 1);
        if (!consistent)
          out.add(
            "execution-mismatch",
            reportedScore > score ? "error" : "warning",
            at.row,
            at.col,
            say.rateScoreMismatch(reportedScore, verdict.weight, Math.min(rate ?? 0, 1), score),
          );
      }
    } else if (isBlank(total.score.value) && computed !== null)
      fills.push({ kind: "rate-score", sheet, row: at.row, col: at.col, value: computed, current: at.value, formula: at.formula });
  }

  if (profile.reasonBelowExecution !== null && rate !== null && rate < profile.reasonBelowExecution) {
    const at = total.score ?? total.rate;
    if (at && !hasExplanationRightOf(view, at))
      out.add("missing-reason", "error", at.row, at.col, say.missingReasonExecution(rate, profile.reasonBelowExecution));
  }

  const fillScore = fills.find((f) => f.kind === "rate-score" && !f.formula)?.value ?? null;
  return {
    weight: unusable ? null : (writtenWeight ?? verdict.weight),
    partScore: reportedScore ?? fillScore,
    ruleScore: consistent ? reportedScore : (computed ?? reportedScore),
    fills,
    result: {
      row: total.row + 1,
      budget,
      executed,
      reportedRate,
      computedRate: rate === null ? null : roundTo(rate, 6),
      weight: unusable ? null : (writtenWeight ?? verdict.weight),
      reportedScore,
      computedScore: computed,
      explanation: verdict.explanation,
    },
  };
}

/** Sichuan asks for a reason below 90% execution: any real text to the right of the score in the same row counts. */
function hasExplanationRightOf(view: SheetView | null, at: Slot): boolean {
  if (!view) return false;
  for (let c = at.col + 1; c <= Math.min(view.right, at.col + 6); c++) {
    const v = view.value(at.row, c);
    if (typeof v === "string" && !isPlaceholderReason(v)) return true;
  }
  return false;
}
