/**
 * Row judgements for one check, by content: a workbook repeats its rows (the same target and actual under the same
 * name, form after form), and each distinct content is judged once.
 */
import type { IndicatorRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { ParsedPair } from "../parse/types";
import { textOf } from "./cells";
import { judgeRow, readPair, type RowJudgement } from "./rowJudgement";
import { PairIds, ValueIds } from "./valueIds";

/** A slot that is not there, apart from every slot key (those are pair ids, 0 up). */
const NO_SLOT = -1;

export class RowJudgements {
  private readonly byContent = new Map<number, RowJudgement>();
  /** Parsed target and actual by their cells: fewer still than row contents (names and scores differ around them). */
  private readonly pairs = new Map<number, ParsedPair>();
  private readonly ids = new ValueIds();
  /** The keys of both maps: value ids folded pair by pair, in a fixed shape per map. */
  private readonly keys = new PairIds();

  constructor(private readonly profile: RuleProfile) {}

  of(row: IndicatorRow, share: number | null): RowJudgement {
    const key = this.contentKey(row, share);
    if (key === null) return judgeRow(row, this.profile, share);
    let judgement = this.byContent.get(key);
    if (!judgement) {
      judgement = judgeRow(row, this.profile, share, this.pairOf);
      this.byContent.set(key, judgement);
    }
    return judgement;
  }

  /** readPair once per distinct target, actual, their number formats, and unit and comparator texts. */
  private readonly pairOf = (row: IndicatorRow): ParsedPair => {
    const { ids, keys: k } = this;
    const target = ids.of(row.target?.value ?? null);
    const actual = ids.of(row.actual?.value ?? null);
    if (target === null || actual === null) return readPair(row);
    const formats = k.of(ids.plainOf(row.target?.numberFormat), ids.plainOf(row.actual?.numberFormat));
    const texts = k.of(ids.plainOf(textOf(row.unit)), ids.plainOf(textOf(row.nature)));
    const key = k.of(k.of(k.of(target, actual), formats), texts);
    let pair = this.pairs.get(key);
    if (!pair) {
      pair = readPair(row);
      this.pairs.set(key, pair);
    }
    return pair;
  };

  /**
   * Everything judgeRow reads, and nothing else: the name, 二级 and share; the target, actual and score cells (there or
   * not, value, number format, whether a formula); the text of the unit and comparator cells. Each value stands as its
   * number in `ids`, and the key is those numbers folded pair by pair, so two contents share it only when equal. Null
   * for a value of no known type: such a row is judged on its own.
   */
  contentKey(row: IndicatorRow, share: number | null): number | null {
    const target = this.slotKey(row.target);
    const actual = this.slotKey(row.actual);
    const score = this.slotKey(row.score);
    if (target === null || actual === null || score === null) return null;
    const { ids, keys: k } = this;
    const names = k.of(ids.plainOf(row.name), ids.plainOf(row.level2));
    const texts = k.of(ids.plainOf(textOf(row.unit)), ids.plainOf(textOf(row.nature)));
    const slots = k.of(k.of(target, actual), score);
    return k.of(k.of(k.of(names, texts), ids.plainOf(share)), slots);
  }

  private slotKey(slot: Slot | null): number | null {
    if (!slot) return NO_SLOT;
    const value = this.ids.of(slot.value);
    if (value === null) return null;
    const { ids, keys: k } = this;
    return k.of(k.of(value, ids.plainOf(slot.numberFormat)), slot.formula ? 1 : 0);
  }
}
