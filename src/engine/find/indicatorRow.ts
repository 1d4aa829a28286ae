/** One indicator row read and scored on its own: its cells, its verdict, and what is wrong with how it is written. */
import type { Form, IndicatorRow, Slot } from "../recognise/types";
import type { FindingList } from "./findingList";
import type { RowJudgement } from "./rowJudgement";
import type { RowJudgements } from "./rowJudgements";
import { isPlaceholderReason } from "../parse";
import { isPercentFormat } from "../parse/formats";
import { numberOf, reportBrokenCell, textOf } from "./cells";
import { say } from "../messages";

export interface RowRead {
  row: IndicatorRow;
  /** This row's share of its 分值: the 分值 itself, or an equal share of a 分值 merged over several rows. */
  share: number | null;
  /** The row judged with that share (shared with the rows of the same content). */
  judgement: RowJudgement;
}

/** A 分值 cell as a usable weight: a finite number, not negative (else a weight-structure finding, and no weight). */
export function readWeight(slot: Slot | null, out: FindingList): number | null {
  if (!slot) return null;
  // Most 分值 cells: a number, shown as written (no percent format), finite and not negative, is the weight.
  const v = slot.value;
  if (typeof v === "number" && v >= 0 && v !== Infinity && !isPercentFormat(slot.numberFormat)) return v;
  if (reportBrokenCell(slot, out)) return null;
  if (typeof slot.value === "number" && !Number.isFinite(slot.value)) {
    out.add("weight-structure", "warning", slot.row, slot.col, say.unusableWeight(String(slot.value)));
    return null;
  }
  const weight = numberOf(slot);
  if (weight === null) {
    const text = textOf(slot).trim();
    if (text !== "" && !isPlaceholderReason(slot.value))
      out.add("manual-review", "info", slot.row, slot.col, say.notANumber(say.what.weight, text));
    return null;
  }
  if (!Number.isFinite(weight) || weight < 0) {
    out.add("weight-structure", "warning", slot.row, slot.col, say.unusableWeight(textOf(slot).trim()));
    return null;
  }
  return weight;
}

/**
 * Reads and scores one row with its share of the 分值 (judged once per distinct content, see rowJudgements.ts), and
 * reports on its cells the broken cells, unreadable scores and notation issues found.
 */
export function readIndicator(row: IndicatorRow, form: Form, share: number | null, judgements: RowJudgements, out: FindingList): RowRead {
  const judgement = judgements.of(row, share);
  const notes = judgement.notes;
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i];
    const at = n.on === "anchor" ? (row.actual ?? row.target ?? row.score ?? { row: row.row, col: form.columns.name }) : row[n.on]!;
    out.add(n.code, n.severity, at.row, at.col, n.messages);
  }
  return { row, share, judgement };
}

/** The row's reason as written: both halves of a split reason column, joined. */
export function reasonText(row: IndicatorRow): string {
  const reason = textOf(row.reason);
  const improvement = textOf(row.improvement);
  if (improvement.trim() === "") return reason.trim() === "" ? "" : reason;
  return reason.trim() === "" ? improvement : `${reason}；${improvement}`;
}

/** Whether either half of the row's reason holds a real explanation (RULES.md §5). */
export function hasReason(row: IndicatorRow): boolean {
  return explains(row.reason) || explains(row.improvement);
}

const explains = (slot: Slot | null) => slot !== null && !isPlaceholderReason(slot.value);
