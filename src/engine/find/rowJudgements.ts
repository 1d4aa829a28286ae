/**
 * Row judgements for one check, by content: a workbook repeats its rows (the same target and actual under the same
 * name, form after form), and each distinct content is judged once.
 */
import type { CellValue } from "../grid/types";
import type { IndicatorRow, Slot } from "../recognise/types";
import type { RuleProfile } from "../score/profile";
import { isCellError } from "../grid/types";
import { textOf } from "./cells";
import { judgeRow, type RowJudgement } from "./rowJudgement";

export class RowJudgements {
  private readonly byContent = new Map<string, RowJudgement>();

  constructor(private readonly profile: RuleProfile) {}

  of(row: IndicatorRow, share: number | null): RowJudgement {
    const key = contentKey(row, share);
    if (key === null) return judgeRow(row, this.profile, share);
    let judgement = this.byContent.get(key);
    if (!judgement) {
      judgement = judgeRow(row, this.profile, share);
      this.byContent.set(key, judgement);
    }
    return judgement;
  }
}

/**
 * Everything judgeRow reads, and nothing else: the name, 二级 and share; the target, actual and score cells (there or
 * not, value, number format, whether a formula); the text of the unit and comparator cells. Each part is
 * self-delimiting (texts carry their length), so different contents never share a key. Null for a value of no
 * known type: such a row is judged on its own.
 */
export function contentKey(row: IndicatorRow, share: number | null): string | null {
  const target = slotKey(row.target);
  const actual = slotKey(row.actual);
  const score = slotKey(row.score);
  if (target === null || actual === null || score === null) return null;
  return `${text(row.name)}${text(row.level2)}${numberKey(share)}|${target}|${actual}|${score}|${text(textOf(row.unit))}${text(textOf(row.nature))}`;
}

function slotKey(slot: Slot | null): string | null {
  if (!slot) return "-";
  const value = valueKey(slot.value);
  if (value === null) return null;
  const format = slot.numberFormat === null ? "_" : slot.numberFormat === undefined ? "u" : text(slot.numberFormat);
  return `${value}${format}${slot.formula ? "f" : "_"}`;
}

function valueKey(v: CellValue): string | null {
  if (v === null || v === undefined) return "_";
  if (typeof v === "string") return text(v);
  if (typeof v === "number") return numberKey(v);
  if (typeof v === "boolean") return v ? "T" : "F";
  return isCellError(v) ? `e${text(v.error)}` : null;
}

const text = (s: string) => `${s.length}:${s}`;
const numberKey = (n: number | null) => (n === null ? "_" : Object.is(n, -0) ? "n-0|" : `n${n}|`);
