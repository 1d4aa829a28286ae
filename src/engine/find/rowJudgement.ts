/**
 * One indicator row judged from its content alone: its score cell read, its target and actual parsed and scored, and
 * what is wrong with how it is written. Nothing here depends on where the row stands, so rows of the same content
 * share one judgement (rowJudgements.ts); readIndicator puts the notes on the row's cells.
 */
import type { IndicatorRow } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { ParseContext, ParsedPair, ParsedValue } from "../parse/types";
import type { Verdict } from "../score/verdict";
import type { FindingCode, LocalText, Severity } from "./types";
import { compactText } from "../grid/text";
import { isPlaceholderReason, parsePair } from "../parse";
import { isCostIndicator } from "../score/direction";
import { scoreIndicator } from "../score/indicator";
import { round2, scoreToWrite } from "../score/round";
import { checkReportedScore, type ScoreCheck } from "./reportedScore";
import { brokenCellMessage, numberOf, textOf } from "./cells";
import { say } from "../messages";

/** The cell a note is about: one of the row's own, or its anchor (the actual, else the target, the score, the name). */
export type RowCell = "target" | "actual" | "score" | "anchor";

export interface RowNote {
  code: FindingCode;
  severity: Severity;
  on: RowCell;
  messages: LocalText;
}

export interface RowJudgement {
  /** The score cell's number; null when blank, unreadable or an error value. */
  reported: number | null;
  targetText: string;
  actualText: string;
  verdict: Verdict;
  /** The verdict's score rounded and never above the share: what the report shows and a fill writes. */
  computed: number | null;
  /** The verdict's tier range rounded, as the report shows it. */
  scoreRange: [number, number] | null;
  /** The reported score against the verdict, the share its weight: judgeGroup's check of a row that stands alone. */
  scoreCheck: ScoreCheck | null;
  /** The findings of the row, in the order they are found. */
  notes: RowNote[];
}

type Note = (code: FindingCode, severity: Severity, on: RowCell, messages: LocalText) => void;

/** A row's target and actual, parsed: readPair itself, or a memo of it (rowJudgements.ts). */
export type PairReader = (row: IndicatorRow) => ParsedPair;

/** How the row's target is read: its number format, and the unit and comparator columns when the form has them. */
export const targetContext = (row: IndicatorRow): ParseContext => ({
  numberFormat: row.target?.numberFormat,
  unitText: textOf(row.unit) || null,
  comparatorText: textOf(row.nature) || null,
});

/** parsePair on the row's target and actual, with the unit and comparator columns when the form has them. */
export const readPair = (row: IndicatorRow, parsedTarget?: ParsedValue): ParsedPair =>
  parsePair(
    row.target?.value ?? null,
    row.actual?.value ?? null,
    { target: targetContext(row), actual: { numberFormat: row.actual?.numberFormat, unitText: textOf(row.unit) || null } },
    parsedTarget,
  );

/** Scores the row with its share of the 分值; notes broken cells, unreadable scores and notation issues. */
export function judgeRow(row: IndicatorRow, profile: RuleProfile, share: number | null, pairOf: PairReader = readPair): RowJudgement {
  const notes: RowNote[] = [];
  const note: Note = (code, severity, on, messages) => notes.push({ code, severity, on, messages });
  const brokenAt = (on: "target" | "actual" | "score") => {
    const broken = brokenCellMessage(row[on]);
    if (broken) note("cell-error", "warning", on, broken);
    return broken !== null;
  };
  const broken = [brokenAt("target"), brokenAt("actual")].some(Boolean);
  const scoreBroken = brokenAt("score");
  const reported = scoreBroken ? null : numberOf(row.score);
  if (!scoreBroken && row.score && reported === null && textOf(row.score).trim() !== "" && !isPlaceholderReason(row.score.value))
    note("manual-review", "info", "score", say.notANumber(say.what.score, textOf(row.score).trim()));

  const targetText = textOf(row.target);
  const actualText = textOf(row.actual);
  const pair = pairOf(row);
  const verdict = scoreIndicator({ name: row.name, level2: row.level2, pair, targetText, actualText, weight: share }, profile);

  if (verdict.manual && !broken && !(verdict.range && reported !== null)) note("manual-review", "info", "anchor", verdict.manual);
  checkNotation(row, pair, targetText, actualText, verdict, note);
  return {
    reported,
    targetText,
    actualText,
    verdict,
    computed: verdict.score === null ? null : scoreToWrite(verdict.score, share),
    scoreRange: verdict.range ? [round2(verdict.range[0]), round2(verdict.range[1])] : null,
    scoreCheck: reported !== null && share !== null ? checkReportedScore(reported, share, verdict) : null,
    notes,
  };
}

/** How the row is written: units that differ, a copied target, a cost written with ≥, a rate counted in 户, OCR junk. */
function checkNotation(row: IndicatorRow, pair: ParsedPair, targetText: string, actualText: string, verdict: Verdict, note: Note): void {
  const t = pair.target;
  const a = pair.actual;
  if (row.target && t.kind === "number" && t.ocrRepaired)
    note("manual-review", "info", "target", say.ocrRepaired(textOf(row.target).trim()));
  if (row.actual && a.kind === "number" && a.ocrRepaired)
    note("manual-review", "info", "actual", say.ocrRepaired(textOf(row.actual).trim()));
  if (pair.unitMismatch && row.actual && !verdict.unverified && (t.kind === "number" || t.kind === "range") && a.kind === "number")
    note("unit-mismatch", "warning", "actual", say.unitMismatch(t.unit?.text ?? "", a.unit?.text ?? ""));
  if (pair.actualHasComparator && row.actual) note("target-copied", "warning", "actual", say.targetCopied(actualText.trim()));
  if (!row.target || t.kind !== "number") return;
  if (t.comparatorFrom && (t.comparator === ">=" || t.comparator === ">") && isCostIndicator(row.level2, row.name))
    note("cost-direction", "warning", "target", say.costDirection(targetText.trim()));
  if (t.unit && t.unit.base !== "%" && /率/.test(compactText(row.name)) && !/(效率|频率|功率|汇率|利率)/.test(row.name))
    note("rate-unit", "warning", "target", say.rateUnit(t.unit.text));
}
