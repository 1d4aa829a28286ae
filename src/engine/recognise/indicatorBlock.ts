/** The indicator rows under a header, up to the 总分 row, the trailer, the next form or a run of blank rows. */
import type { SheetView } from "../grid/sheetView";
import type { IndicatorRow, Level1 } from "./types";
import type { IndicatorHeader } from "./findHeaders";
import type { Band } from "./bands";
import { LevelCarry, inlineWeightOf, level1KindOf, resolveLevel1, type ResolvedLevel1 } from "./levels";
import { isFundLabel, isTitle, isTotalLabel, isTrailerLabel, headLabel } from "./labels";
import { optionalSlot, ownsValue } from "./slot";

/** Blank rows that end a block once it has rows; before its first row they are the spacer. */
const BLANK_RUN_ENDS_BLOCK = 2;
const LEADING_BLANKS_ALLOWED = 3;

export type BlockEnd =
  | { kind: "total"; row: number; labelCol: number }
  | { kind: "trailer" | "next" | "blank" | "edge"; row: number };

export interface IndicatorBlock {
  rows: IndicatorRow[];
  inlineWeights: Partial<Record<Level1, number>>;
  end: BlockEnd;
  /** The leftmost column of the text run just left of the header in the block's rows (the leading label column). */
  leftmostCol: number;
}

/** Every label that ends a block holds one of these characters; most cells hold none and skip the label tests. */
const MAY_END_BLOCK = /[总合计综评结存改下单财填联审注说备其年表项]/;

type RowMark = { kind: "total"; labelCol: number } | { kind: "trailer" | "next" } | null;

/** `isOtherHeaderRow(row)` tells whether another form's indicator header sits in this row across our columns. */
export function readIndicatorBlock(
  view: SheetView,
  header: IndicatorHeader,
  band: Band,
  isOtherHeaderRow: (row: number) => boolean,
): IndicatorBlock {
  const cols = header.columns;
  const firstValueCol = Math.min(...[cols.nature, cols.target, cols.unit, cols.actual].filter((c): c is number => c !== null));
  const labelRight = Math.max(firstValueCol - 1, band.left);
  const rows: IndicatorRow[] = [];
  const inlineWeights: Partial<Record<Level1, number>> = {};
  const carry = new LevelCarry();
  // Rows under the same 一级/二级 labels resolve alike: resolve again only when the labels change.
  let last: { level1: string; level2: string; resolved: ResolvedLevel1 } | null = null;
  const resolved = (level1: string, level2: string): ResolvedLevel1 => {
    if (!last || last.level1 !== level1 || last.level2 !== level2) last = { level1, level2, resolved: resolveLevel1(level1, level2) };
    return last.resolved;
  };
  let leftmostCol = header.left;
  let blankRun = 0;
  let end: BlockEnd = { kind: "edge", row: view.bottom + 1 };

  for (let row = header.dataStart; row <= view.bottom; row++) {
    if (isOtherHeaderRow(row)) {
      end = { kind: "next", row };
      break;
    }
    const mark = markOf(view, row, band.left, labelRight, header.right);
    if (mark) {
      end = mark.kind === "total" ? { kind: "total", row, labelCol: mark.labelCol } : { kind: mark.kind, row };
      break;
    }
    if (rowIsBlank(view, row, band.left, header.right)) {
      blankRun++;
      const limit = rows.length ? BLANK_RUN_ENDS_BLOCK : LEADING_BLANKS_ALLOWED;
      if (blankRun >= limit) {
        end = { kind: "blank", row: row - blankRun + 1 };
        break;
      }
      continue;
    }
    blankRun = 0;

    const level1Cell = cols.level1 === null ? "" : view.text(row, cols.level1);
    const level2Cell = cols.level2 === null ? "" : view.text(row, cols.level2);
    const levels = carry.next(level1Cell, level2Cell);
    const weight = inlineWeightOf(level1Cell);
    if (weight !== null) {
      const writtenKind = level1KindOf(level1Cell);
      if (writtenKind !== "unknown" && inlineWeights[writtenKind] === undefined) inlineWeights[writtenKind] = weight;
    }

    const named = cols.name !== cols.level2 && cols.name !== cols.level1 ? ownsValue(view, row, cols.name) : false;
    if (!named && !ownsValue(view, row, cols.target) && !ownsValue(view, row, cols.actual)) continue;

    leftmostCol = Math.min(leftmostCol, leadingColumnOfRow(view, row, header.left, band.left));
    rows.push({
      row,
      ...resolved(levels.level1, levels.level2),
      level2: levels.level2,
      name: view.text(row, cols.name).trim(),
      nature: optionalSlot(view, row, cols.nature),
      target: optionalSlot(view, row, cols.target),
      unit: optionalSlot(view, row, cols.unit),
      actual: optionalSlot(view, row, cols.actual),
      weight: optionalSlot(view, row, cols.weight),
      score: optionalSlot(view, row, cols.score),
      reason: optionalSlot(view, row, cols.reason),
    });
  }
  return { rows, inlineWeights, end, leftmostCol };
}

/** A row that ends the block: 总分 (left of the values), a trailer label, or the next form's title/head/fund block. */
function markOf(view: SheetView, row: number, left: number, labelRight: number, right: number): RowMark {
  const raw = view.grid.values[row - view.top];
  if (!Array.isArray(raw)) return null;
  for (let col = left; col <= right; col++) {
    const v = raw[col - view.left];
    if (typeof v !== "string" || v.length > 200 || !MAY_END_BLOCK.test(v)) continue;
    if (col <= labelRight) {
      if (isTotalLabel(v)) return { kind: "total", labelCol: col };
      if (isTrailerLabel(v)) return { kind: "trailer" };
    }
    if (isTitle(v) || isFundLabel(v) || headLabel(v)?.field === "project") return { kind: "next" };
  }
  return null;
}

/** No value of its own in any of the block's columns (cells merged down from above do not count). */
function rowIsBlank(view: SheetView, row: number, left: number, right: number): boolean {
  const raw = view.grid.values[row - view.top];
  if (!Array.isArray(raw)) return true;
  for (let col = left; col <= right; col++) {
    const v = raw[col - view.left];
    if (v === null || v === undefined) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return false;
  }
  return true;
}

/**
 * The leading label column of a row: the run of filled cells ending just left of the header, stopping at a blank
 * cell or at a cell merged from outside the band, so a neighbour's values in the gap are never taken for our label.
 */
function leadingColumnOfRow(view: SheetView, row: number, headerLeft: number, bandLeft: number): number {
  let leftmost = headerLeft;
  for (let col = headerLeft - 1; col >= bandLeft && !view.blank(row, col); ) {
    const anchorCol = view.anchor(row, col).col;
    if (anchorCol < bandLeft) break;
    leftmost = anchorCol;
    col = anchorCol - 1;
  }
  return leftmost;
}
