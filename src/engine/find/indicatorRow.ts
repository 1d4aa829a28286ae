/** One indicator row read and scored on its own: its cells, its verdict, and what is wrong with how it is written. */
import type { Form, IndicatorRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { FindingList } from "./findingList";
import type { ParsedPair } from "../parse/types";
import type { Verdict } from "../score/verdict";
import { compactText } from "../grid/text";
import { isPlaceholderReason, parsePair } from "../parse";
import { isCostIndicator } from "../score/direction";
import { scoreIndicator } from "../score/indicator";
import { numberOf, reportBrokenCell, textOf } from "./cells";
import { say } from "./messages";

export interface RowRead {
  row: IndicatorRow;
  /** This row's share of its 分值: the 分值 itself, or an equal share of a 分值 merged over several rows. */
  share: number | null;
  /** The score cell's number; null when blank, unreadable or an error value. */
  reported: number | null;
  targetText: string;
  actualText: string;
  verdict: Verdict;
}

/** A 分值 cell as a usable weight: a finite number, not negative (else a weight-structure finding, and no weight). */
export function readWeight(slot: Slot | null, out: FindingList): number | null {
  if (!slot) return null;
  if (reportBrokenCell(slot, out)) return null;
  if (typeof slot.value === "number" && !Number.isFinite(slot.value)) {
    out.add("weight-structure", "warning", slot.row, slot.col, say.unusableWeight(String(slot.value)));
    return null;
  }
  const weight = numberOf(slot);
  if (weight === null) {
    const text = textOf(slot).trim();
    if (text !== "" && !isPlaceholderReason(slot.value)) out.add("manual-review", "info", slot.row, slot.col, say.notANumber(say.what.weight, text));
    return null;
  }
  if (!Number.isFinite(weight) || weight < 0) {
    out.add("weight-structure", "warning", slot.row, slot.col, say.unusableWeight(textOf(slot).trim()));
    return null;
  }
  return weight;
}

/** Reads and scores one row with its share of the 分值; reports broken cells, unreadable scores and notation issues. */
export function readIndicator(row: IndicatorRow, form: Form, profile: RuleProfile, share: number | null, out: FindingList): RowRead {
  const broken = [row.target, row.actual].map((s) => reportBrokenCell(s, out)).some(Boolean);
  const scoreBroken = reportBrokenCell(row.score, out);
  const reported = scoreBroken ? null : numberOf(row.score);
  if (!scoreBroken && row.score && reported === null && textOf(row.score).trim() !== "" && !isPlaceholderReason(row.score.value))
    out.add("manual-review", "info", row.score.row, row.score.col, say.notANumber(say.what.score, textOf(row.score).trim()));

  const targetText = textOf(row.target);
  const actualText = textOf(row.actual);
  const pair = parsePair(row.target?.value ?? null, row.actual?.value ?? null, {
    target: { numberFormat: row.target?.numberFormat, unitText: textOf(row.unit) || null, comparatorText: textOf(row.nature) || null },
    actual: { numberFormat: row.actual?.numberFormat, unitText: textOf(row.unit) || null },
  });
  const verdict = scoreIndicator({ name: row.name, level2: row.level2, pair, targetText, actualText, weight: share }, profile);

  const anchor = row.actual ?? row.target ?? row.score ?? { row: row.row, col: form.columns.name };
  if (verdict.manual && !broken && !(verdict.range && reported !== null)) out.add("manual-review", "info", anchor.row, anchor.col, verdict.manual);
  checkNotation(row, pair, targetText, actualText, verdict, out);
  return { row, share, reported, targetText, actualText, verdict };
}

/** How the row is written: units that differ, a copied target, a cost written with ≥, a rate counted in 户, OCR junk. */
function checkNotation(row: IndicatorRow, pair: ParsedPair, targetText: string, actualText: string, verdict: Verdict, out: FindingList): void {
  for (const [slot, v] of [[row.target, pair.target], [row.actual, pair.actual]] as const)
    if (slot && v.kind === "number" && v.ocrRepaired) out.add("manual-review", "info", slot.row, slot.col, say.ocrRepaired(textOf(slot).trim()));
  const t = pair.target;
  if (pair.unitMismatch && row.actual && !verdict.unverified && (t.kind === "number" || t.kind === "range") && pair.actual.kind === "number")
    out.add("unit-mismatch", "warning", row.actual.row, row.actual.col, say.unitMismatch(t.unit?.text ?? "", pair.actual.unit?.text ?? ""));
  if (pair.actualHasComparator && row.actual) out.add("target-copied", "warning", row.actual.row, row.actual.col, say.targetCopied(actualText.trim()));
  if (!row.target || t.kind !== "number") return;
  if (t.comparatorFrom && (t.comparator === ">=" || t.comparator === ">") && isCostIndicator(row.level2, row.name))
    out.add("cost-direction", "warning", row.target.row, row.target.col, say.costDirection(targetText.trim()));
  if (t.unit && t.unit.base !== "%" && /率/.test(compactText(row.name)) && !/(效率|频率|功率|汇率|利率)/.test(row.name))
    out.add("rate-unit", "warning", row.target.row, row.target.col, say.rateUnit(t.unit.text));
}

/** The row's reason as written: both halves of a split reason column, joined. */
export function reasonText(row: IndicatorRow): string {
  const halves = [textOf(row.reason), textOf(row.improvement)].filter((t) => t.trim() !== "");
  return halves.join("；");
}

/** Whether either half of the row's reason holds a real explanation (RULES.md §5). */
export function hasReason(row: IndicatorRow): boolean {
  return [row.reason, row.improvement].some((slot) => slot !== null && !isPlaceholderReason(slot.value));
}
