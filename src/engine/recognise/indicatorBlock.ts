/**
 * The indicator rows under a header, up to the 总分 row, the trailer, the next form or a run of blank rows. Page-break
 * debris (the header repeated, a footer, blank rows) and subtotal rows are read past: they are no indicators, and
 * the form does not end there.
 */
import type { SheetView } from "../grid/sheetView";
import { isBlank } from "../grid/text";
import type { IndicatorRow, Level1, SubtotalRow } from "./types";
import type { IndicatorHeader } from "./findHeaders";
import type { Band } from "./bands";
import { LevelCarry, inlineWeightOf, level1KindOf, level2KindOf, resolveLevel1, type ResolvedLevel1 } from "./levels";
import { isFundLabel, isTitle, isTotalLabel, isTrailerLabel, headLabel, subtotalLabel } from "./labels";
import { isPageDebrisRow } from "./debris";
import { subtotalCovers } from "./subtotals";
import { readScoreCells } from "./totalRow";
import { optionalSlot, ownsValue, slotOwnsValue } from "./slot";

/** Blank rows that end a block once it has rows; before its first row they are the spacer. */
const BLANK_RUN_ENDS_BLOCK = 2;
const LEADING_BLANKS_ALLOWED = 3;
/** How far past blank rows and footers to look for the rest of a page-broken form. */
const PEEK_ROWS = 12;
/** How far past blank rows to look for the form's own 总分 row. */
const TOTAL_AHEAD_ROWS = 120;

export type BlockEnd =
  | { kind: "total"; row: number; labelCol: number }
  | { kind: "trailer" | "next" | "blank" | "edge"; row: number };

export interface IndicatorBlock {
  rows: IndicatorRow[];
  inlineWeights: Partial<Record<Level1, number>>;
  subtotals: SubtotalRow[];
  /** Headers inside the block that repeat this one after a page break: part of this form, no forms of their own. */
  repeats: IndicatorHeader[];
  end: BlockEnd;
  /** The leftmost column of the text run just left of the header in the block's rows (the leading label column). */
  leftmostCol: number;
}

/** Every label that ends a block holds one of these characters; most cells hold none and skip the label tests. */
const MAY_END_BLOCK = /[总合计综评结存改下单财填联审注说备其年表项]/;

type RowKind =
  | { kind: "repeat"; header: IndicatorHeader }
  | { kind: "debris" }
  | { kind: "end"; end: BlockEnd }
  /** `sure` is false for a bare 合计 / 总计: a subtotal only when indicator rows follow, else the form's total. */
  | { kind: "subtotal"; labelCol: number; label: string; prefix: string; sure: boolean }
  | { kind: "blank" }
  | { kind: "content" };

/** `otherHeadersAt(row)`: the other forms' indicator headers in this row across our columns. */
export function readIndicatorBlock(
  view: SheetView,
  header: IndicatorHeader,
  band: Band,
  otherHeadersAt: (row: number) => readonly IndicatorHeader[],
): IndicatorBlock {
  const cols = header.columns;
  const firstValueCol = Math.min(...[cols.nature, cols.target, cols.unit, cols.actual].filter((c): c is number => c !== null));
  const labelRight = Math.max(firstValueCol - 1, band.left);
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
  let leftmostCol = header.left;
  let blankRun = 0;
  let subtotalSince = 0;
  let end: BlockEnd = { kind: "edge", row: view.bottom + 1 };

  const classify = (row: number): RowKind => {
    const others = otherHeadersAt(row);
    if (others.length > 0) {
      const repeat = others.find((o) => o.row === row && sameLayout(o, header));
      return repeat ? { kind: "repeat", header: repeat } : { kind: "end", end: { kind: "next", row } };
    }
    const mark = markOf(view, row, band.left, labelRight, header.right);
    if (mark?.kind === "subtotal") return slotOwnsValue(view, row, cols.target) || slotOwnsValue(view, row, cols.actual) ? { kind: "content" } : mark;
    if (mark) return { kind: "end", end: mark.kind === "total" ? { kind: "total", row, labelCol: mark.labelCol } : { kind: mark.kind, row } };
    if (rowIsBlank(view, row, band.left, header.right)) return { kind: "blank" };
    if (isPageDebrisRow(view, row, band.left, header.right)) return { kind: "debris" };
    return { kind: "content" };
  };
  const isIndicatorLike = (row: number) =>
    (cols.name !== cols.level2 && cols.name !== cols.level1 && ownsValue(view, row, cols.name)) || ownsValue(view, row, cols.target) || ownsValue(view, row, cols.actual);
  /** The first row from `from` that is neither blank nor page debris, and whether debris was passed on the way. */
  const peek = (from: number): { row: number; kind: RowKind; sawDebris: boolean } | null => {
    let sawDebris = false;
    for (let row = from; row <= Math.min(view.bottom, from + PEEK_ROWS); row++) {
      const kind = classify(row);
      if (kind.kind === "blank") continue;
      if (kind.kind === "debris") {
        sawDebris = true;
        continue;
      }
      return { row, kind, sawDebris };
    }
    return null;
  };
  /**
   * Whether the indicator row `first`, after a page break, continues this form: its 一级 is blank (the merge did not
   * cross the page; the 二级 when the form has no 一级 column), or comes no earlier than our last row's
   * (产出 → 效益 → 满意度; strictly later when `strict`) — a stacked form starts over. Where levels say nothing,
   * `otherwise`.
   */
  const continuesWith = (first: number, otherwise: boolean, strict = false): boolean => {
    const lastRow = rows[rows.length - 1];
    if (!lastRow) return true;
    const level1 = cols.level1 === null ? "" : view.text(first, cols.level1).trim();
    const level2 = cols.level2 === null ? "" : view.text(first, cols.level2).trim();
    if ((cols.level1 !== null && level1 === "") || (cols.level1 === null && cols.level2 !== null && level2 === "")) return true;
    const after = level1 !== "" ? resolveLevel1(level1, level2).level1Kind : level2KindOf(level2);
    if (after === "unknown" || lastRow.level1Kind === "unknown") return otherwise;
    return strict ? LEVEL_ORDER[after] > LEVEL_ORDER[lastRow.level1Kind] : LEVEL_ORDER[after] >= LEVEL_ORDER[lastRow.level1Kind];
  };
  /**
   * Whether our header repeated at `repeat` continues this form (a page break) rather than starting a stacked form
   * laid out alike: the first row after it has a blank 一级 (the merge did not cross the page; the 二级 when the form
   * has no 一级 column), or its 一级 comes no
   * earlier than our last row's (产出 → 效益 → 满意度); where levels say nothing, a gap (blank rows, a footer) above it.
   */
  const continuesAt = (repeat: IndicatorHeader, gapAbove: boolean): boolean => {
    const lastRow = rows[rows.length - 1];
    if (!lastRow) return true;
    // The first indicator row after it, past blank rows, debris and the header repeated again.
    let first: number | null = null;
    for (let row = repeat.dataStart, steps = 0; row <= view.bottom && steps <= PEEK_ROWS; steps++) {
      const kind = classify(row);
      if (kind.kind === "repeat") row = Math.max(row + 1, kind.header.dataStart);
      else if (kind.kind === "blank" || kind.kind === "debris") row++;
      else {
        if (kind.kind === "content" && isIndicatorLike(row)) first = row;
        break;
      }
    }
    return first === null ? gapAbove : continuesWith(first, gapAbove);
  };
  /** Rows continue at `from`: more indicators, a repeated header, another subtotal or the 总分 itself. */
  const rowsFollow = (from: number): boolean => {
    const next = peek(from);
    if (!next) return false;
    const k = next.kind;
    return (
      (k.kind === "repeat" && continuesAt(k.header, true)) ||
      (k.kind === "subtotal" && k.sure) ||
      (k.kind === "end" && k.end.kind === "total") ||
      (k.kind === "content" && isIndicatorLike(next.row))
    );
  };
  /**
   * After a run of blank rows the form goes on when a page break shows (debris, our header again), when its own 总分
   * lies further down, or when the next row plainly continues its levels (a blank 一级, or a later one).
   */
  const continuesPastBlanks = (from: number): boolean => {
    const next = peek(from);
    if (!next) return false;
    if (next.sawDebris || (next.kind.kind === "repeat" && continuesAt(next.kind.header, true))) return true;
    if (next.kind.kind !== "content" || !isIndicatorLike(next.row)) return false;
    if (totalAhead(next.row)) return true;
    // Blank rows alone are weaker evidence than a repeated header: the same 一级 written again may start a new form.
    return continuesWith(next.row, false, true);
  };
  /** Our own 总分 row further down, past indicator rows and page debris, before two blank rows in a row. */
  const totalAhead = (from: number): boolean => {
    let blanks = 0;
    for (let row = from; row <= Math.min(view.bottom, from + TOTAL_AHEAD_ROWS); row++) {
      const kind = classify(row);
      if (kind.kind === "blank") {
        if (++blanks >= BLANK_RUN_ENDS_BLOCK) return false;
        continue;
      }
      blanks = 0;
      if (kind.kind === "end") return kind.end.kind === "total";
      if ((kind.kind === "repeat" && continuesAt(kind.header, true)) || (kind.kind === "subtotal" && !kind.sure)) return true;
    }
    return false;
  };

  let gapAbove = false;
  rowLoop: for (let row = header.dataStart; row <= view.bottom; row++) {
    const kind = classify(row);
    const gap = gapAbove;
    gapAbove = kind.kind === "blank" || kind.kind === "debris";
    switch (kind.kind) {
      case "repeat":
        if (!continuesAt(kind.header, gap)) {
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
        if (!kind.sure && !rowsFollow(row + 1)) {
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
          if (rows.length > 0 && continuesPastBlanks(row + 1)) {
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
    const levels = carry.next(level1Cell, level2Cell);
    const weight = inlineWeightOf(level1Cell);
    if (weight !== null) {
      const writtenKind = level1KindOf(level1Cell);
      if (writtenKind !== "unknown" && inlineWeights[writtenKind] === undefined) inlineWeights[writtenKind] = weight;
    }

    if (!isIndicatorLike(row)) continue;

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
      improvement: optionalSlot(view, row, cols.improvement),
    });
  }
  return { rows, inlineWeights, subtotals, repeats, end, leftmostCol };
}

const LEVEL_ORDER: Record<Level1, number> = { output: 0, effect: 1, satisfaction: 2, unknown: -1 };

/** The same columns for the same roles: a header repeated after a page break. */
function sameLayout(a: IndicatorHeader, b: IndicatorHeader): boolean {
  const x = a.columns;
  const y = b.columns;
  return x.name === y.name && x.target === y.target && x.actual === y.actual && x.weight === y.weight && x.score === y.score && x.level1 === y.level1 && x.level2 === y.level2;
}

type Mark =
  | { kind: "total"; labelCol: number }
  | { kind: "subtotal"; labelCol: number; label: string; prefix: string; sure: boolean }
  | { kind: "trailer" | "next" };

/**
 * A row that ends the block, or a subtotal: 总分 (left of the values), a trailer label, the next form's
 * title/head/fund block; "产出指标小计", "小计", or a bare 合计 (which may be either).
 */
function markOf(view: SheetView, row: number, left: number, labelRight: number, right: number): Mark | null {
  const raw = view.grid.values[row - view.top];
  if (!Array.isArray(raw)) return null;
  for (let col = left; col <= right; col++) {
    const v = raw[col - view.left];
    if (typeof v !== "string" || v.length > 200 || !MAY_END_BLOCK.test(v)) continue;
    if (col <= labelRight) {
      const sub = subtotalLabel(v);
      if (sub && (sub.sure || isTotalLabel(v))) return { kind: "subtotal", labelCol: col, label: v.trim(), ...sub };
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
  const to = Math.min(right, view.left + raw.length - 1);
  for (let col = Math.max(left, view.left); col <= to; col++) if (!isBlank(raw[col - view.left])) return false;
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
