import type { TotalRow } from "../recognise/types";
import type { FillTarget, TotalResult } from "./types";
import type { FindingList } from "./findingList";
import { isBlank } from "../grid/text";
import { round2, sameUnderRounding } from "../score/round";
import { numberOf, reportBrokenCell } from "./cells";
import { say } from "./messages";

export interface Parts {
  /** 执行率得分 as the form has it (reported, else filled); null when the form has no fund block. */
  fundPart: number | null;
  /** Each indicator's score as the form has it; null where blank and not fillable. */
  indicatorParts: (number | null)[];
  /** The scores the rules give. */
  fundRule: number | null;
  indicatorRules: (number | null)[];
  /** Execution weight plus indicator weights, when every row has one. */
  weightSum: number | null;
}

/** 总分 against its parts (RULES.md §6.1) and its 分值 against the weights (§6.7). */
export function evaluateTotal(total: TotalRow, sheet: string, parts: Parts, out: FindingList): { result: TotalResult; fill: FillTarget | null } {
  reportBrokenCell(total.score, out);
  const weight = numberOf(total.weight);
  const reported = numberOf(total.score);
  const known = parts.indicatorParts.every((p) => p !== null);
  const partsSum = known ? round2((parts.fundPart ?? 0) + parts.indicatorParts.reduce<number>((a, b) => a + (b ?? 0), 0)) : null;
  const computed = round2((parts.fundRule ?? 0) + parts.indicatorRules.reduce<number>((a, b) => a + (b ?? 0), 0));

  let fill: FillTarget | null = null;
  if (total.score) {
    const at = total.score;
    if (reported !== null && weight !== null && reported > weight + 1e-9) out.add("score-out-of-range", "error", at.row, at.col, say.scoreAboveWeight(reported, weight));
    else if (reported !== null && partsSum !== null && !sameUnderRounding(reported, partsSum))
      out.add("total-mismatch", "error", at.row, at.col, say.totalMismatch(reported, parts.fundPart, partsSum, parts.indicatorParts.length));
    else if (reported === null && partsSum !== null && isBlank(at.value))
      fill = { kind: "total", sheet, row: at.row, col: at.col, value: partsSum, current: at.value, formula: at.formula };
  }
  if (total.weight && weight !== null && parts.weightSum !== null && Math.abs(weight - parts.weightSum) > 1e-6)
    out.add("weight-structure", "warning", total.weight.row, total.weight.col, say.weightsVsTotal(parts.weightSum, weight));

  return { result: { row: total.row + 1, weight, reportedScore: reported, computedScore: computed, reportedPartsSum: partsSum }, fill };
}
