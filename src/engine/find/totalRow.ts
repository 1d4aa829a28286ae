import type { TotalRow } from "../recognise/types";
import type { FillTarget, TotalResult } from "./types";
import type { FindingList } from "./findingList";
import { isBlank } from "../grid/text";
import { exceedsWeight, round2, sameUnderRounding } from "../score/round";
import { numberOf, reportBrokenCell } from "./cells";
import { checkGrade, gradeFor } from "./grade";
import { say } from "../messages";

export interface Parts {
  /** 执行率得分 as the form has it (reported, else filled); null when the form has no fund block. */
  fundPart: number | null;
  /** Σ of the score groups' scores as the form has them, in sheet order; null when one is blank and not fillable. */
  indicatorPartsSum: number | null;
  /** The scores the rules give, as the report shows them and a fill writes them (rounded, clamped). */
  fundRule: number | null;
  /** Σ of the score groups' scores by the rules, in sheet order (one the rules cannot give counts as 0). */
  indicatorRulesSum: number;
  /** Execution weight plus indicator weights (a merged 分值 once), when every row has one. */
  weightSum: number | null;
  /** Indicators counted in the message ("6 项指标"). */
  indicatorCount: number;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * 总分 against its parts (RULES.md §6.1), its 分值 against the weights (§6.7), and the grade beside it (§4). One
 * computed total: the parts are the figures a fill writes, so when every reported score is consistent, the computed
 * 总分 and the filled 总分 are the same number, and a filled form adds up.
 */
export function evaluateTotal(
  total: TotalRow,
  sheet: string,
  parts: Parts,
  out: FindingList,
): { result: TotalResult; fill: FillTarget | null } {
  reportBrokenCell(total.score, out);
  const weight = numberOf(total.weight);
  const reported = numberOf(total.score);
  const partsSum = parts.indicatorPartsSum === null ? null : finite(round2((parts.fundPart ?? 0) + parts.indicatorPartsSum));
  const computed = finite(round2((parts.fundRule ?? 0) + parts.indicatorRulesSum));

  let fill: FillTarget | null = null;
  let mismatch = false;
  if (total.score) {
    const at = total.score;
    if (reported !== null && weight !== null && exceedsWeight(reported, weight))
      out.add("score-out-of-range", "error", at.row, at.col, say.scoreAboveWeight(reported, weight));
    else if (reported !== null && partsSum !== null && !sameUnderRounding(reported, partsSum)) {
      mismatch = true;
      out.add("total-mismatch", "error", at.row, at.col, say.totalMismatch(reported, parts.fundPart, partsSum, parts.indicatorCount));
    } else if (reported === null && partsSum !== null && isBlank(at.value) && !(weight !== null && exceedsWeight(partsSum, weight)))
      // Parts above the 总分's 分值 come from weights that do not add up (flagged below): nothing sensible to fill.
      fill = { kind: "total", sheet, row: at.row, col: at.col, value: partsSum, current: at.value, formula: at.formula };
  }
  if (total.weight && weight !== null && parts.weightSum !== null && Math.abs(weight - parts.weightSum) > 1e-6)
    out.add("weight-structure", "warning", total.weight.row, total.weight.col, say.weightsVsTotal(parts.weightSum, weight));

  const outOf = weight !== null && weight > 0 ? weight : 100;
  if (total.grade && total.gradeCell) {
    const totalWrong = reported !== null && (mismatch || (computed !== null && !sameUnderRounding(reported, computed)));
    checkGrade({ grade: total.grade, cell: total.gradeCell, written: reported ?? fill?.value ?? null, computed, totalWrong, outOf }, out);
  }

  return {
    result: {
      row: total.row + 1,
      weight,
      reportedScore: reported,
      computedScore: computed,
      reportedPartsSum: partsSum,
      grade: total.grade,
      computedGrade: computed === null ? null : gradeFor(computed, outOf),
    },
    fill,
  };
}
