/**
 * Fund judgements for one check, by content: a workbook repeats its fund blocks (the same figures, form after form),
 * and each distinct block is judged once.
 */
import type { FundRow } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import { judgeFund, type FundJudgement } from "./fundJudgement";
import { sameSlot } from "./sameContent";
import { Shelves } from "./shelves";

interface Judged {
  total: FundRow;
  parts: FundRow[];
  judgement: FundJudgement;
}

export class FundJudgements {
  /** Judged blocks shelved by their total's budget and executed amounts, found again by comparing contents. */
  private readonly judged = new Shelves<Judged>();

  constructor(private readonly profile: RuleProfile) {}

  of(total: FundRow, parts: FundRow[]): FundJudgement {
    const shelf = this.judged.shelf(total.budget?.value ?? null, total.executed?.value ?? null);
    if (shelf === null) return judgeFund(total, parts, this.profile);
    for (let i = 0; i < shelf.length; i++) if (sameFundContent(shelf[i], total, parts)) return shelf[i].judgement;
    const judgement = judgeFund(total, parts, this.profile);
    Shelves.put(shelf, { total, parts, judgement });
    return judgement;
  }
}

/** Everything judgeFund reads: the total row's six cells, and the money cells of each sub-row. */
function sameFundContent(a: Judged, total: FundRow, parts: FundRow[]): boolean {
  const t = a.total;
  if (
    !sameSlot(t.initial, total.initial) ||
    !sameSlot(t.budget, total.budget) ||
    !sameSlot(t.executed, total.executed) ||
    !sameSlot(t.weight, total.weight) ||
    !sameSlot(t.rate, total.rate) ||
    !sameSlot(t.score, total.score) ||
    a.parts.length !== parts.length
  )
    return false;
  for (let i = 0; i < parts.length; i++) {
    const p = a.parts[i];
    const q = parts[i];
    if (!sameSlot(p.initial, q.initial) || !sameSlot(p.budget, q.budget) || !sameSlot(p.executed, q.executed)) return false;
  }
  return true;
}
