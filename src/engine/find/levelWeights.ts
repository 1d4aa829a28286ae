import type { Form, Level1 } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { FindingList } from "./findingList";
import { say } from "../messages";

type Known = Exclude<Level1, "unknown">;

/** 产出 50 / 效益 30 / 满意度 10 (or the profile's): a deviation is a warning, "如有特殊情况可做适当调整". */
export function checkLevelWeights(form: Form, weights: (number | null)[], profile: RuleProfile, out: FindingList): void {
  if (!profile.levelWeights) return;
  const rows = form.indicators;
  const sums = new Map<Known, { sum: number; row: number; col: number }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const weight = weights[i];
    if (weight === null || r.level1Kind === "unknown") return;
    let s = sums.get(r.level1Kind);
    if (s === undefined) {
      s = { sum: 0, row: r.weight?.row ?? r.row, col: r.weight?.col ?? form.columns.name };
      sums.set(r.level1Kind, s);
    }
    s.sum += weight;
  }
  const expectedOf = profile.levelWeights;
  sums.forEach((s, kind) => {
    const expected = expectedOf[kind];
    if (Math.abs(s.sum - expected) > 1e-6)
      out.add("weight-structure", "warning", s.row, s.col, say.levelWeight(say.levels[kind], s.sum, expected));
  });
}
