/**
 * Row judgements for one check, by content: a workbook repeats its rows (the same target and actual under the same
 * name, form after form), and each distinct content is judged once.
 */
import type { CellValue } from "../grid/types";
import type { IndicatorRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import { isCellError } from "../grid/types";
import { textOf } from "./cells";
import type { ParsedPair } from "../parse/types";
import { judgeRow, readPair, type RowJudgement } from "./rowJudgement";

export class RowJudgements {
  private readonly byContent = new Map<string, RowJudgement>();
  /** Parsed target and actual by their cells: fewer still than row contents (names and scores differ around them). */
  private readonly pairs = new Map<string, ParsedPair>();
  private readonly ids = new ValueIds();

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
    const { ids } = this;
    const target = ids.of(row.target?.value ?? null);
    const actual = ids.of(row.actual?.value ?? null);
    if (target === null || actual === null) return readPair(row);
    const formats = `${ids.of(row.target?.numberFormat)},${ids.of(row.actual?.numberFormat)}`;
    const key = `${target},${actual},${formats},${ids.of(textOf(row.unit))},${ids.of(textOf(row.nature))}`;
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
   * number in `ids`, so the key is short and two contents share it only when equal. Null for a value of no known type:
   * such a row is judged on its own.
   */
  contentKey(row: IndicatorRow, share: number | null): string | null {
    const target = this.slotKey(row.target);
    const actual = this.slotKey(row.actual);
    const score = this.slotKey(row.score);
    if (target === null || actual === null || score === null) return null;
    const { ids } = this;
    const texts = `${ids.of(row.name)},${ids.of(row.level2)},${ids.of(textOf(row.unit))},${ids.of(textOf(row.nature))}`;
    return `${texts},${ids.of(share)},${target},${actual},${score}`;
  }

  private slotKey(slot: Slot | null): string | null {
    if (!slot) return "-";
    const value = this.ids.of(slot.value);
    return value === null ? null : `${value}.${this.ids.of(slot.numberFormat)}.${slot.formula ? 1 : 0}`;
  }
}

/** A number per distinct value: texts by their text, numbers by their value (0 and -0 apart), error values by their text. */
class ValueIds {
  private readonly plain = new Map<string | number | boolean | null | undefined | symbol, number>();
  private readonly errors = new Map<string, number>();

  of(v: CellValue | undefined): number | null {
    if (typeof v === "object" && v !== null) return isCellError(v) ? -1 - idIn(this.errors, v.error) : null;
    return idIn(this.plain, Object.is(v, -0) ? NEGATIVE_ZERO : v);
  }
}

const NEGATIVE_ZERO = Symbol("-0");

function idIn<K>(ids: Map<K, number>, key: K): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
