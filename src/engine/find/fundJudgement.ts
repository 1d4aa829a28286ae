/**
 * The 年度资金总额 row judged from its content alone: its figures, 执行率 and 执行率得分 against the rules, and its
 * totals against the sub-rows. Nothing here depends on where the block stands, so blocks of the same content share
 * one judgement (fundJudgements.ts); evaluateFund puts the notes and fills on the block's cells.
 */
import type { FundRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { FindingCode, FundResult, LocalText, Severity } from "./types";
import { isBlank } from "../grid/text";
import { parseRateCell } from "../parse";
import { scoreExecution } from "../score/execution";
import { exceedsWeight, roundTo, sameUnderRounding, scoreConsistent, scoreToWrite } from "../score/round";
import { brokenCellMessage, numberOf } from "./cells";
import { say } from "../messages";

/** A cell of the 年度资金总额 row. */
export type FundCell = "initial" | "budget" | "executed" | "weight" | "rate" | "score";

export interface FundNote {
  code: FindingCode;
  severity: Severity;
  on: FundCell;
  messages: LocalText;
}

export interface FundFill {
  kind: "rate" | "rate-score";
  on: "rate" | "score";
  value: number;
}

export interface FundJudgement {
  /** The findings, in the order they are found. */
  notes: FundNote[];
  fills: FundFill[];
  weight: number | null;
  /** The execution score the form's own parts use: reported, else the fill. */
  partScore: number | null;
  /** The execution score the rules give. */
  ruleScore: number | null;
  /** 执行数 / 预算数 (not capped); null when there is none. */
  rate: number | null;
  /** The report's row, but for the row number. */
  result: Omit<FundResult, "row">;
}

const money = (slot: Slot | null) => numberOf(slot, "万元");

const FUND_COLUMNS = ["initial", "budget", "executed"] as const;
const BROKEN_CHECKED = ["initial", "budget", "executed", "weight", "rate", "score"] as const;

/** The first of the cells the row has. */
function firstOf(total: FundRow, cells: readonly FundCell[]): FundCell | null {
  for (let i = 0; i < cells.length; i++) if (total[cells[i]]) return cells[i];
  return null;
}

/** 年度资金总额 against its sub-rows, column by column (RULES.md §6.6). */
function checkFundTotals(total: FundRow, parts: FundRow[], notes: FundNote[]): void {
  for (let c = 0; c < FUND_COLUMNS.length; c++) {
    const column = FUND_COLUMNS[c];
    let sum = 0;
    let written = 0;
    for (let i = 0; i < parts.length; i++) {
      const value = money(parts[i][column]);
      if (value === null) continue;
      sum += value;
      written++;
    }
    if (written === 0) continue;
    const stated = money(total[column]);
    const on = total[column] ? column : firstOf(total, ["budget", "executed"]);
    if (!on) continue;
    if (stated === null && sum === 0) continue;
    if (stated === null || Math.abs(stated - sum) > 0.005 + 1e-6 * Math.abs(sum))
      notes.push({
        code: "fund-total-mismatch",
        severity: "error",
        on,
        messages: say.fundTotal(say.fundColumns[column], stated ?? 0, roundTo(sum, 4)),
      });
  }
}

/** 执行率 and 执行率得分 of the 年度资金总额 row, its totals against its sub-rows, and its broken cells. */
export function judgeFund(total: FundRow, parts: FundRow[], profile: RuleProfile): FundJudgement {
  const notes: FundNote[] = [];
  const note = (code: FindingCode, severity: Severity, on: FundCell, messages: LocalText) => notes.push({ code, severity, on, messages });
  checkFundTotals(total, parts, notes);
  for (let i = 0; i < BROKEN_CHECKED.length; i++) {
    const broken = brokenCellMessage(total[BROKEN_CHECKED[i]]);
    if (broken) note("cell-error", "warning", BROKEN_CHECKED[i], broken);
  }

  const raw = total.weight?.value;
  const written = typeof raw === "number" && !Number.isFinite(raw) ? raw : numberOf(total.weight);
  // A negative or non-finite 分值 scores nothing: a weight-structure finding, and no computed execution score.
  const unusable = written !== null && (!Number.isFinite(written) || written < 0);
  if (unusable && total.weight) note("weight-structure", "warning", "weight", say.unusableWeight(String(written)));
  const writtenWeight = unusable ? null : written;
  const scored = scoreExecution(
    { initial: money(total.initial), budget: money(total.budget), executed: money(total.executed), weight: writtenWeight },
    profile,
  );
  const verdict = unusable || (scored.score !== null && !Number.isFinite(scored.score)) ? { ...scored, score: null } : scored;
  const reportedRate = total.rate ? parseRateCell(total.rate.value, total.rate.numberFormat) : null;
  const reportedScore = numberOf(total.score);
  const fills: FundFill[] = [];

  if (writtenWeight !== null && total.weight && Math.abs(writtenWeight - profile.executionWeight) > 1e-9)
    note("weight-structure", "warning", "weight", say.executionWeight(writtenWeight, profile.executionWeight));

  const { rate, score, budget } = verdict;
  const executed = money(total.executed);
  if (rate === null) {
    const on = firstOf(total, ["rate", "score", "budget"]);
    if (on && (reportedRate !== null || reportedScore !== null)) note("manual-review", "info", on, say.manual.noRate);
  } else if (total.rate) {
    if (reportedRate !== null) {
      const capped = rate > 1 && Math.abs(reportedRate - 1) < 1e-9;
      if (!capped && !sameUnderRounding(reportedRate * 100, rate * 100))
        note("execution-mismatch", "warning", "rate", say.rateMismatch(reportedRate, executed ?? 0, budget ?? 0, rate));
    } else if (isBlank(total.rate.value)) fills.push({ kind: "rate", on: "rate", value: roundTo(rate, 4) });
  }

  // The execution score as the report shows it and a fill writes it: rounded, never above its 分值.
  const computed = score === null ? null : scoreToWrite(score, verdict.weight);
  let consistent = false;
  if (score !== null && total.score) {
    if (reportedScore !== null) {
      if (exceedsWeight(reportedScore, verdict.weight))
        note("score-out-of-range", "error", "score", say.scoreAboveWeight(reportedScore, verdict.weight));
      else {
        consistent = scoreConsistent(reportedScore, score, verdict.weight, (rate ?? 1) < 1);
        if (!consistent)
          note(
            "execution-mismatch",
            reportedScore > score ? "error" : "warning",
            "score",
            say.rateScoreMismatch(reportedScore, verdict.weight, Math.min(rate ?? 0, 1), score),
          );
      }
    } else if (isBlank(total.score.value) && computed !== null) fills.push({ kind: "rate-score", on: "score", value: computed });
  }

  const scoreFill = !total.score?.formula ? fills.find((f) => f.kind === "rate-score") : undefined;
  const weight = unusable ? null : (writtenWeight ?? verdict.weight);
  return {
    notes,
    fills,
    weight,
    partScore: reportedScore ?? scoreFill?.value ?? null,
    ruleScore: consistent ? reportedScore : (computed ?? reportedScore),
    rate,
    result: {
      budget,
      executed,
      reportedRate,
      computedRate: rate === null ? null : roundTo(rate, 6),
      weight,
      reportedScore,
      computedScore: computed,
      explanation: verdict.explanation,
    },
  };
}
