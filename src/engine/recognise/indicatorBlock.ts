/**
 * The indicator rows under a header, up to the 总分 row, the trailer, the next form or a run of blank rows. Page-break
 * debris (the header repeated, a footer, blank rows) and subtotal rows are read past: they are no indicators, and
 * the form does not end there.
 */
import type { SheetView } from "../grid/sheetView";
import type { IndicatorRow, Level1, SubtotalRow } from "./types";
import type { IndicatorHeader } from "./findHeaders";
import type { Band } from "./bands";
import { LevelCarry, inlineWeightOf, level1KindOf, resolveLevel1, type ResolvedLevel1 } from "./levels";
import { BLANK_RUN_ENDS_BLOCK, BlockRows, type BlockEnd } from "./blockRows";
import { subtotalCovers } from "./subtotals";
import { readScoreCells } from "./totalRow";
import { optionalSlot } from "./slot";

export type { BlockEnd } from "./blockRows";

/** Blank rows allowed under the header before the first indicator (the spacer). */
const LEADING_BLANKS_ALLOWED = 3;

export interface IndicatorBlock {
  rows: IndicatorRow[];
  inlineWeights: Partial<Record<Level1, number>>;
  subtotals: SubtotalRow[];
  /** Headers inside the block that repeat this one after a page break: part of this form, no forms of their own. */
  repeats: IndicatorHeader[];
  end: BlockEnd;
  /** The leftmost column of the text run just left of the header in the block's rows (the leading label column). */
  leftmostCol: number;
  /** The lowest row the reading looked at (look-ahead included); below the header when it read none. */
  lastRowRead: number;
}

/** `otherHeadersAt(row)`: the other forms' indicator headers in this row across our columns. */
export function readIndicatorBlock(
  view: SheetView,
  header: IndicatorHeader,
  band: Band,
  otherHeadersAt: (row: number) => readonly IndicatorHeader[],
): IndicatorBlock {
  const cols = header.columns;
  const lines = new BlockRows(view, header, band, otherHeadersAt);
  const rows: IndicatorRow[] = [];
  const subtotals: SubtotalRow[] = [];
  const repeats: IndicatorHeader[] = [];
  const inlineWeights: Partial<Record<Level1, number>> = {};
  const carry = new LevelCarry();
  // Rows under the same 一级/二级 labels resolve alike: resolve again only when the labels change.
  let last: { level1: string; level2: string; resolved: ResolvedLevel1 } | null = null;
  const resolved = (level1: string, level2: string): ResolvedLevel1 => {
    if (!last || last.level1 !== level1 || last.level2 !== level2) last = { level1, level2, resolved: resolveLevel1(level1, level2) };
    return last.resolved;
  };
  const lastKind = () => (rows.length ? rows[rows.length - 1].level1Kind : null);
  let leftmostCol = header.left;
  let blankRun = 0;
  let subtotalSince = 0;
  let end: BlockEnd = { kind: "edge", row: view.bottom + 1 };

  let gapAbove = false;
  rowLoop: for (let row = header.dataStart; row <= view.bottom; row++) {
    const kind = lines.classify(row);
    const gap = gapAbove;
    gapAbove = kind.kind === "blank" || kind.kind === "debris";
    switch (kind.kind) {
      case "repeat":
        if (!lines.continuesAt(kind.header, lastKind(), gap)) {
          end = { kind: "next", row };
          break rowLoop;
        }
        repeats.push(kind.header);
        row = kind.header.dataStart - 1;
        blankRun = 0;
        continue;
      case "debris":
        blankRun = 0;
        continue;
      case "end":
        end = kind.end;
        break rowLoop;
      case "subtotal": {
        if (!kind.sure && !lines.rowsFollow(row + 1, lastKind())) {
          end = { kind: "total", row, labelCol: kind.labelCol };
          break rowLoop;
        }
        const { weight, score } = readScoreCells(view, row, kind.labelCol, cols, header.right);
        const covers = subtotalCovers(kind.prefix, rows, subtotalSince);
        // A bare 小计 / 合计 may also add everything since the last subtotal, or everything above.
        const alternatives = kind.prefix === "" ? [rows.slice(subtotalSince).map((r) => r.row), rows.map((r) => r.row)] : [];
        subtotals.push({ row, label: kind.label, labelCol: kind.labelCol, weight, score, covers, alternatives });
        subtotalSince = rows.length;
        blankRun = 0;
        continue;
      }
      case "blank": {
        blankRun++;
        const limit = rows.length ? BLANK_RUN_ENDS_BLOCK : LEADING_BLANKS_ALLOWED;
        if (blankRun >= limit) {
          if (rows.length > 0 && lines.continuesPastBlanks(row + 1, lastKind())) {
            blankRun = 0;
            continue;
          }
          end = { kind: "blank", row: row - blankRun + 1 };
          break rowLoop;
        }
        continue;
      }
    }
    blankRun = 0;

    const level1Cell = cols.level1 === null ? "" : view.text(row, cols.level1);
    const level2Cell = cols.level2 === null ? "" : view.text(row, cols.level2);
    carry.next(level1Cell, level2Cell);
    const weight = inlineWeightOf(level1Cell);
    if (weight !== null) {
      const writtenKind = level1KindOf(level1Cell);
      if (writtenKind !== "unknown" && inlineWeights[writtenKind] === undefined) inlineWeights[writtenKind] = weight;
    }

    if (!lines.isIndicatorLike(row)) continue;

    leftmostCol = Math.min(leftmostCol, leadingColumnOfRow(view, row, header.left, band.left));
    // Fields one by one rather than a spread, which the first run of a check pays for on every row.
    const { level1, level1Kind, level1Inferred } = resolved(carry.level1, carry.level2);
    rows.push({
      row,
      level1,
      level1Kind,
      level1Inferred,
      level2: carry.level2,
      name: view.text(row, cols.name).trim(),
      nature: optionalSlot(view, row, cols.nature),
      target: optionalSlot(view, row, cols.target),
      unit: optionalSlot(view, row, cols.unit),
      actual: optionalSlot(view, row, cols.actual),
      weight: optionalSlot(view, row, cols.weight),
      score: optionalSlot(view, row, cols.score),
      reason: optionalSlot(view, row, cols.reason),
      improvement: optionalSlot(view, row, cols.improvement),
    });
  }
  return { rows, inlineWeights, subtotals, repeats, end, leftmostCol, lastRowRead: Math.max(lines.lastRowRead, header.row) };
}

/**
 * The leading label column of a row: the run of filled cells ending just left of the header, stopping at a blank
 * cell or at a cell merged from outside the band, so a neighbour's values in the gap are never taken for our label.
 */
function leadingColumnOfRow(view: SheetView, row: number, headerLeft: number, bandLeft: number): number {
  let leftmost = headerLeft;
  for (let col = headerLeft - 1; col >= bandLeft && !view.blank(row, col);) {
    const anchorCol = view.anchorCol(row, col);
    if (anchorCol < bandLeft) break;
    leftmost = anchorCol;
    col = anchorCol - 1;
  }
  return leftmost;
}
