/** The grade (等级 优/良/中/差) a form writes after its 总分, against that 总分 (RULES.md §4). */
import type { Slot } from "../recognise/types";
import type { FindingList } from "./findingList";
import { say } from "../messages";

const RANK: Record<string, number> = { 优: 3, 良: 2, 中: 1, 差: 0 };

/** 优 90–100 (90 included), 良 80–90 (80 included), 中 60–80 (60 included), 差 below 60: shares of the 总分's 分值. */
export function gradeFor(total: number, outOf: number | null): string {
  const percent = outOf !== null && outOf > 0 ? (total / outOf) * 100 : total;
  if (percent >= 90 - 1e-9) return "优";
  if (percent >= 80 - 1e-9) return "良";
  if (percent >= 60 - 1e-9) return "中";
  return "差";
}

export interface GradeInput {
  grade: string;
  cell: Slot;
  /** The 总分 the grade sits beside: reported, else the one to be filled. */
  written: number | null;
  /** The 总分 by the rules. */
  computed: number | null;
  /** The written 总分 is itself wrong (it does not add up, or differs from the computed one). */
  totalWrong: boolean;
  outOf: number | null;
}

/**
 * A grade that does not match the 总分 beside it is a finding; where that 总分 is wrong, the message says which grade
 * the computed total gives (and a grade matching a wrong 总分 is a finding when the computed one gives another).
 * An error when the grade claims more than the form earned, a warning when less.
 */
export function checkGrade(g: GradeInput, out: FindingList): void {
  const written = g.written ?? g.computed;
  if (written === null || RANK[g.grade] === undefined) return;
  const fits = gradeFor(written, g.outOf);
  const byRules = g.totalWrong && g.computed !== null ? { total: g.computed, grade: gradeFor(g.computed, g.outOf) } : null;
  const deserved = byRules?.grade ?? fits;
  const severity = RANK[g.grade] > RANK[deserved] ? "error" : "warning";
  if (g.grade !== fits) out.add("grade-mismatch", severity, g.cell.row, g.cell.col, say.gradeMismatch(g.grade, written, fits, byRules));
  else if (byRules && byRules.grade !== g.grade)
    out.add("grade-mismatch", severity, g.cell.row, g.cell.col, say.gradeOfWrongTotal(g.grade, written, byRules.total, byRules.grade));
}
