/** Subtotal rows inside the indicator block (产出指标小计 | 50 | 49.79) against the rows they should add. */
import type { SubtotalRow } from "../recognise/types";
import type { SubtotalResult } from "./types";
import type { FindingList } from "./findingList";
import type { GroupOutcome } from "./scoreGroups";
import { round2, sameUnderRounding } from "../score/round";
import { numberOf, reportBrokenCell } from "./cells";
import { say } from "../messages";

/**
 * A subtotal is no indicator and is not added into the total; one that disagrees with its rows is a finding of its
 * own, naming the rows it should add: an error for the score, a warning for the 分值 (as weights are elsewhere).
 * A group of rows sharing one score cell counts once, with the subtotal of its first row.
 */
export function evaluateSubtotal(sub: SubtotalRow, groups: GroupOutcome[], out: FindingList): SubtotalResult {
  const weightBroken = reportBrokenCell(sub.weight, out);
  const scoreBroken = reportBrokenCell(sub.score, out);
  const weight = weightBroken ? null : numberOf(sub.weight);
  const reported = scoreBroken ? null : numberOf(sub.score);
  const main = sumsOf(sub.covers, groups);
  const readings = [main, ...sub.alternatives.map((rows) => sumsOf(rows, groups))].filter((r) => r.rows.length > 0);
  const label = sub.label.replace(/\s+/g, "");

  if (main.rows.length > 0) {
    const scoreFits = (r: Sums) => r.partsSum === null || sameUnderRounding(reported!, r.partsSum);
    if (reported !== null && main.partsSum !== null && sub.score && !readings.some(scoreFits))
      out.add("subtotal-mismatch", "error", sub.score.row, sub.score.col, say.subtotalScore(label, reported, main.rows, main.partsSum));
    const weightFits = (r: Sums) => r.weightSum === null || Math.abs(weight! - r.weightSum) <= 1e-6;
    if (weight !== null && main.weightSum !== null && sub.weight && !readings.some(weightFits))
      out.add("subtotal-mismatch", "warning", sub.weight.row, sub.weight.col, say.subtotalWeight(label, weight, main.rows, main.weightSum));
  }
  return {
    row: sub.row + 1,
    label: sub.label,
    weight,
    reportedScore: reported,
    rows: main.rows,
    weightSum: main.weightSum,
    partsSum: main.partsSum,
    computedScore: main.computedScore,
  };
}

interface Sums {
  /** 1-based rows. */
  rows: number[];
  weightSum: number | null;
  partsSum: number | null;
  computedScore: number | null;
}

function sumsOf(covers: readonly number[], groups: GroupOutcome[]): Sums {
  const covered = new Set(covers);
  const mine = groups.filter((g) => covered.has(g.group.reads[0].row.row));
  const sum = (values: (number | null)[]) =>
    values.length > 0 && values.every((v) => v !== null) ? round2(values.reduce<number>((a, b) => a + (b ?? 0), 0)) : null;
  return {
    rows: mine.flatMap((g) => g.group.reads.map((r) => r.row.row + 1)),
    weightSum: sum(mine.map((g) => g.group.weight)),
    partsSum: sum(mine.map((g) => g.partScore)),
    computedScore: sum(mine.map((g) => g.ruleScore)),
  };
}
