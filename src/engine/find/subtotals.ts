/** Subtotal rows inside the indicator block (产出指标小计 | 50 | 49.79) against the rows they should add. */
import type { SubtotalRow } from "../recognise/types";
import type { SubtotalResult } from "./types";
import type { FindingList } from "./findingList";
import type { GroupOutcome } from "./scoreGroups";
import { round2, sameUnderRounding } from "../score/round";
import { numberOf, reportBrokenCell } from "./cells";
import { say } from "./messages";

/**
 * A subtotal is no indicator and is not added into the total; one that disagrees with its rows is a finding of its
 * own, naming the rows it should add: an error for the score, a warning for the 分值 (as weights are elsewhere).
 * A group of rows sharing one score cell counts once, with the subtotal of its first row.
 */
export function evaluateSubtotal(sub: SubtotalRow, groups: GroupOutcome[], out: FindingList): SubtotalResult {
  const covered = new Set(sub.covers);
  const mine = groups.filter((g) => covered.has(g.group.reads[0].row.row));
  const rows = mine.flatMap((g) => g.group.reads.map((r) => r.row.row + 1));
  const weightBroken = reportBrokenCell(sub.weight, out);
  const scoreBroken = reportBrokenCell(sub.score, out);
  const weight = weightBroken ? null : numberOf(sub.weight);
  const reported = scoreBroken ? null : numberOf(sub.score);
  const sum = (values: (number | null)[]) => (values.length > 0 && values.every((v) => v !== null) ? round2(values.reduce<number>((a, b) => a + (b ?? 0), 0)) : null);
  const weightSum = sum(mine.map((g) => g.group.weight));
  const partsSum = sum(mine.map((g) => g.partScore));
  const computedScore = sum(mine.map((g) => g.ruleScore));
  const label = sub.label.replace(/\s+/g, "");

  if (rows.length > 0) {
    if (reported !== null && partsSum !== null && sub.score && !sameUnderRounding(reported, partsSum))
      out.add("subtotal-mismatch", "error", sub.score.row, sub.score.col, say.subtotalScore(label, reported, rows, partsSum));
    if (weight !== null && weightSum !== null && sub.weight && Math.abs(weight - weightSum) > 1e-6)
      out.add("subtotal-mismatch", "warning", sub.weight.row, sub.weight.col, say.subtotalWeight(label, weight, rows, weightSum));
  }
  return { row: sub.row + 1, label: sub.label, weight, reportedScore: reported, rows, weightSum, partsSum, computedScore };
}
