import type { FundBlock, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { SheetView } from "../grid/sheetView";
import type { FillTarget, FundResult } from "./types";
import type { FindingList } from "./findingList";
import { isPlaceholderReason } from "../parse";
import { FundJudgements } from "./fundJudgements";
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

/**
 * 执行率 and 执行率得分 of the 年度资金总额 row (judged once per distinct content, see fundJudgements.ts), its notes and
 * fills put on the block's own cells; and, where the profile asks, the reason beside a low execution rate.
 */
export function evaluateFund(
  fund: FundBlock,
  sheet: string,
  profile: RuleProfile,
  view: SheetView | null,
  out: FindingList,
  judgements: FundJudgements = new FundJudgements(profile),
): FundOutcome | null {
  const total = fund.total;
  if (!total) return null;
  const judgement = judgements.of(total, fund.parts);
  const notes = judgement.notes;
  for (let i = 0; i < notes.length; i++) {
    const at = total[notes[i].on]!;
    out.add(notes[i].code, notes[i].severity, at.row, at.col, notes[i].messages);
  }
  const fills: FillTarget[] = [];
  for (let i = 0; i < judgement.fills.length; i++) {
    const { kind, on, value } = judgement.fills[i];
    const at = total[on]!;
    fills.push({ kind, sheet, row: at.row, col: at.col, value, current: at.value, formula: at.formula });
  }

  const rate = judgement.rate;
  if (profile.reasonBelowExecution !== null && rate !== null && rate < profile.reasonBelowExecution) {
    const at = total.score ?? total.rate;
    if (at && !hasExplanationRightOf(view, at))
      out.add("missing-reason", "error", at.row, at.col, say.missingReasonExecution(rate, profile.reasonBelowExecution));
  }

  return {
    weight: judgement.weight,
    partScore: judgement.partScore,
    ruleScore: judgement.ruleScore,
    fills,
    result: { row: total.row + 1, ...judgement.result },
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
