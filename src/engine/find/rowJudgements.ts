/**
 * Row judgements for one check, by content: a workbook repeats its rows (the same target and actual under the same
 * name, form after form), and each distinct content is judged once.
 */
import type { CellValue } from "../grid/types";
import type { IndicatorRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import type { ParsedPair, ParsedValue } from "../parse/types";
import { parseValue } from "../parse";
import { judgeRow, readPair, targetContext, type RowJudgement } from "./rowJudgement";
import { sameRowContent, samePairContent, sameTargetContent, sameValue } from "./sameContent";
import { Shelves } from "./shelves";

interface Judged {
  row: IndicatorRow;
  share: number | null;
  judgement: RowJudgement;
}

interface Parsed {
  row: IndicatorRow;
  pair: ParsedPair;
}

export class RowJudgements {
  /** Judged rows shelved by their name and actual value, each judgement found again by comparing contents. */
  private readonly judged = new Shelves<Judged>();
  /** Parsed target and actual by their cells: fewer still than row contents (names and scores differ around them). */
  private readonly parsed = new Shelves<Parsed>();
  private readonly targets = new Shelves<{ row: IndicatorRow; target: ParsedValue }>();

  constructor(private readonly profile: RuleProfile) {}

  of(row: IndicatorRow, share: number | null): RowJudgement {
    const shelf = this.judged.shelf(row.name, valueOf(row.actual));
    if (shelf === null || !comparable(row.target) || !comparable(row.score)) return judgeRow(row, this.profile, share);
    for (let i = 0; i < shelf.length; i++) if (sameRowContent(shelf[i].row, shelf[i].share, row, share)) return shelf[i].judgement;
    const judgement = judgeRow(row, this.profile, share, this.pairOf);
    Shelves.put(shelf, { row, share, judgement });
    return judgement;
  }

  /** readPair once per distinct target, actual, their number formats, and unit and comparator texts. */
  private readonly pairOf = (row: IndicatorRow): ParsedPair => {
    const shelf = this.parsed.shelf(row.target?.value ?? null, row.actual?.value ?? null);
    if (shelf === null) return readPair(row);
    for (let i = 0; i < shelf.length; i++) if (samePairContent(shelf[i].row, row)) return shelf[i].pair;
    const pair = readPair(row, this.targetOf(row));
    Shelves.put(shelf, { row, pair });
    return pair;
  };

  /** The target parsed once per distinct value, number format, and unit and comparator texts: fewer still than pairs. */
  private targetOf(row: IndicatorRow): ParsedValue | undefined {
    const shelf = this.targets.shelf(row.target?.value ?? null, row.target?.numberFormat ?? null);
    if (shelf === null) return undefined;
    for (let i = 0; i < shelf.length; i++) if (sameTargetContent(shelf[i].row, row)) return shelf[i].target;
    const target = parseValue(row.target?.value ?? null, targetContext(row));
    Shelves.put(shelf, { row, target });
    return target;
  }
}

/** A slot that is not there, on a shelf of its own. */
const NO_SLOT = Symbol("no slot");

const valueOf = (slot: Slot | null): CellValue | symbol => (slot ? slot.value : NO_SLOT);

/** A slot whose value compares (sameValue): no object of unknown type. */
const comparable = (slot: Slot | null) =>
  slot === null || typeof slot.value !== "object" || slot.value === null || sameValue(slot.value, slot.value) !== null;
