/**
 * Rows judged together. Usually each row has its own 分值 and 得分; some forms merge 分值 and 得分 over a 二级 group
 * (RULES.md §1). A merged cell holds one value: the group's weight and score, counted once. Each row of the group
 * takes an equal share of the 分值 and is scored by its own rule; the group's score is the sum of its rows' (so a
 * group whose rows are all met scores its full 分值, and one row of three at 50% costs a sixth of it).
 */
import type { Form, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { Verdict } from "../score/verdict";
import type { FillTarget } from "./types";
import type { FindingList } from "./findingList";
import { isBlank } from "../grid/text";
import { scoreToWrite } from "../score/round";
import { checkReportedScore } from "./reportedScore";
import { hasReason, type RowRead } from "./indicatorRow";
import { say } from "../messages";

const EPS = 1e-9;

export interface ScoreGroup {
  reads: RowRead[];
  /** The score cell the rows share (or the one row's); null when the form has no score column. */
  score: Slot | null;
  /** Σ of the rows' shares: the 分值 the score is out of. */
  weight: number | null;
  reported: number | null;
  /** The rows' verdicts combined; the row's own verdict for a group of one. */
  verdict: Verdict;
}

export interface GroupOutcome {
  group: ScoreGroup;
  /** The group's score as the form has it: reported, else the fill. */
  partScore: number | null;
  /** The group's score by the rules, as the report shows it and a fill writes it: the reported one where consistent. */
  ruleScore: number | null;
  /** The computed score rounded and clamped (what a fill writes). */
  computed: number | null;
  fill: FillTarget | null;
}

/** One number per cell, for maps keyed by cell (columns stay below 2^16 in every spreadsheet format). */
export const slotKey = (slot: { row: number; col: number }) => slot.row * 65536 + slot.col;

/** Rows sharing one score cell, in sheet order; rows without a score cell stand alone. */
export function scoreGroups(reads: RowRead[]): ScoreGroup[] {
  const groups: ScoreGroup[] = [];
  // The common case: no score cell reaches below its own row, so every row stands alone.
  if (!scoreCellsReachBelow(reads)) {
    for (let i = 0; i < reads.length; i++) groups.push(alone(reads[i]));
    return groups;
  }
  const byCell = new Map<number, RowRead[]>();
  const lists: RowRead[][] = [];
  for (const r of reads) {
    const slot = r.row.score;
    if (!slot) {
      lists.push([r]);
      continue;
    }
    const list = byCell.get(slotKey(slot));
    if (list) list.push(r);
    else {
      const fresh = [r];
      byCell.set(slotKey(slot), fresh);
      lists.push(fresh);
    }
  }
  for (const rows of lists) {
    if (rows.length === 1) {
      groups.push(alone(rows[0]));
      continue;
    }
    const weight = rows.every((r) => r.share !== null) ? rows.reduce((a, r) => a + (r.share ?? 0), 0) : null;
    groups.push({ reads: rows, score: rows[0].row.score, weight, reported: rows[0].judgement.reported, verdict: combine(rows, weight) });
  }
  return groups;
}

function scoreCellsReachBelow(reads: RowRead[]): boolean {
  for (let i = 0; i < reads.length; i++) {
    const row = reads[i].row;
    if (row.score !== null && row.score.row !== row.row) return true;
  }
  return false;
}

const alone = (r: RowRead): ScoreGroup => ({
  reads: [r],
  score: r.row.score,
  weight: r.share,
  reported: r.judgement.reported,
  verdict: r.judgement.verdict,
});

/** The verdicts of a group's rows as one: scores and tier ranges add up; unmet when any row is. */
function combine(rows: RowRead[], weight: number | null): Verdict {
  const verdicts = rows.map((r) => r.judgement.verdict);
  const scores = verdicts.map((v) => v.score);
  const exact = scores.every((s): s is number => s !== null) ? scores.reduce((a, b) => a + b, 0) : null;
  const bounded = verdicts.every((v) => v.range !== null || v.score !== null);
  const range: [number, number] | null =
    bounded && verdicts.some((v) => v.range !== null)
      ? verdicts.reduce<[number, number]>(
          (acc, v) => [acc[0] + (v.range?.[0] ?? v.score ?? 0), acc[1] + (v.range?.[1] ?? v.score ?? 0)],
          [0, 0],
        )
      : null;
  const unmet = verdicts.some((v) => v.unmet);
  const status = verdicts.some((v) => v.status === "manual")
    ? "manual"
    : unmet || verdicts.some((v) => v.status === "unmet")
      ? "unmet"
      : "met";
  const achievements = verdicts.map((v) => v.achievement).filter((a): a is number => a !== null);
  const rowNumbers = rows.map((r) => r.row.row + 1);
  return {
    status,
    score: exact,
    range,
    unmet,
    explanation: say.groupScore(rowNumbers, weight, scores, exact),
    assumptions: [],
    achievement: achievements.length ? Math.max(...achievements) : null,
    manual: null,
  };
}

/** A group's reported score against the rules, its fill when empty, and its reason when points are deducted. */
export function judgeGroup(group: ScoreGroup, form: Form, profile: RuleProfile, out: FindingList): GroupOutcome {
  const { score: slot, weight, reported, verdict } = group;
  // A row standing alone with its whole share as the weight was checked with its judgement, once per content.
  const own = group.reads.length === 1 && Object.is(weight, group.reads[0].share) ? group.reads[0].judgement : null;
  const computed = own ? own.computed : verdict.score === null ? null : scoreToWrite(verdict.score, weight);
  let fill: FillTarget | null = null;
  let consistent = false;
  if (reported !== null && weight !== null && slot) {
    const check = own?.scoreCheck ?? checkReportedScore(reported, weight, verdict);
    if (check.finding) out.add(check.finding.code, check.finding.severity, slot.row, slot.col, check.finding.messages);
    consistent = check.consistent;
  } else if (reported === null && slot && weight !== null && computed !== null) {
    // Text ("待评") and formula cells become fill targets too, so the preview can show them; planEdits leaves them
    // alone unless the user confirms.
    fill = { kind: "score", sheet: form.sheet, row: slot.row, col: slot.col, value: computed, current: slot.value, formula: slot.formula };
    if (!slot.formula && isBlank(slot.value))
      out.add("score-empty", "info", slot.row, slot.col, say.scoreEmpty(computed, verdict.explanation));
  }
  if (form.columns.reason !== null && weight !== null) checkReason(group, form.columns.reason, reported, fill?.value ?? null, profile, out);
  return {
    group,
    partScore: reported ?? (fill && !fill.formula && isBlank(fill.current) ? fill.value : null),
    ruleScore: consistent ? reported : (computed ?? reported),
    computed,
    fill,
  };
}

/**
 * A deduction (reported, or to be filled) needs a real reason in either half of the reason column of some row of the
 * group; so does over-achievement where the profile says so. Reported on the first of the two cells, in the first row
 * that missed its target (else the group's first row).
 */
function checkReason(
  group: ScoreGroup,
  reasonCol: number,
  reported: number | null,
  fill: number | null,
  profile: RuleProfile,
  out: FindingList,
): void {
  const { reads, weight } = group;
  if (weight === null) return;
  const given = reported ?? fill;
  const deducted = given !== null && given < weight - EPS;
  const achievement = group.verdict.achievement;
  const over = profile.reasonAboveAchievement !== null && achievement !== null && achievement >= profile.reasonAboveAchievement;
  // Whether the rows give a reason is asked only when one is needed: most groups score in full.
  if ((!deducted && !over) || reads.some((r) => hasReason(r.row))) return;
  const first = reads.find((r) => r.judgement.verdict.unmet) ?? reads[0];
  const at = first.row.reason ?? { row: first.row.row, col: reasonCol };
  if (deducted) out.add("missing-reason", "error", at.row, at.col, say.missingReason(reported, fill, weight));
  else if (achievement !== null) out.add("missing-reason", "error", at.row, at.col, say.missingReasonOver(achievement));
}
