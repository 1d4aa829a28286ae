/**
 * What each row under an indicator header is (an indicator, a subtotal, page debris, a row that ends the form), and
 * whether the form goes on past blank rows, a repeated header or a bare 合计: the look-ahead a page break needs.
 */
import type { SheetView } from "../grid/sheetView";
import { isBlank } from "../grid/text";
import { perText } from "../grid/perText";
import type { IndicatorColumns, Level1 } from "./types";
import type { IndicatorHeader } from "./findHeaders";
import type { Band } from "./bands";
import { level2KindOf, resolveLevel1 } from "./levels";
import { isFundLabel, isTitle, isTotalLabel, isTrailerLabel, headLabel, subtotalLabel } from "./labels";
import { isPageDebrisRow } from "./debris";
import { ownsValue, slotOwnsValue } from "./slot";

/** Blank rows that end a block once it has rows; before its first row they are the spacer. */
export const BLANK_RUN_ENDS_BLOCK = 2;
/** How far past blank rows and footers to look for the rest of a page-broken form. */
const PEEK_ROWS = 12;
/** How far past blank rows to look for the form's own 总分 row. */
const TOTAL_AHEAD_ROWS = 120;

export type BlockEnd = { kind: "total"; row: number; labelCol: number } | { kind: "trailer" | "next" | "blank" | "edge"; row: number };

export type RowKind =
  | { kind: "repeat"; header: IndicatorHeader }
  | { kind: "debris" }
  | { kind: "end"; end: BlockEnd }
  /** `sure` is false for a bare 合计 / 总计: a subtotal only when indicator rows follow, else the form's total. */
  | { kind: "subtotal"; labelCol: number; label: string; prefix: string; sure: boolean }
  | { kind: "blank" }
  | { kind: "content" };

/** The kinds that carry nothing more, one object each rather than one per row classified. */
const BLANK: RowKind = { kind: "blank" };
const DEBRIS: RowKind = { kind: "debris" };
const CONTENT: RowKind = { kind: "content" };

/** Every label that ends a block holds one of these characters; most cells hold none and skip the label tests. */
const MAY_END_BLOCK = /[总合计综评结存改下单财填联审注说备其年表项]/;

const LEVEL_ORDER: Record<Level1, number> = { output: 0, effect: 1, satisfaction: 2, unknown: -1 };

/**
 * The rows of one header's block. `lastKind` arguments are the 一级 of the last indicator read so far (null before
 * the first): a page break continues the form, a stacked form laid out alike starts over at 产出.
 */
export class BlockRows {
  private readonly cols: IndicatorColumns;
  /** The last column left of the value columns: labels (总分, 小计, trailer words) stand at or left of it. */
  private readonly labelRight: number;
  /** The lowest row classified so far: reading the block looked at no row below it. */
  lastRowRead = -1;

  constructor(
    private readonly view: SheetView,
    private readonly header: IndicatorHeader,
    private readonly band: Band,
    /** The other forms' indicator headers in a row, across our columns. */
    private readonly otherHeadersAt: (row: number) => readonly IndicatorHeader[],
  ) {
    this.cols = header.columns;
    const c = this.cols;
    const firstValueCol = Math.min(...[c.nature, c.target, c.unit, c.actual].filter((x): x is number => x !== null));
    this.labelRight = Math.max(firstValueCol - 1, band.left);
  }

  classify(row: number): RowKind {
    const { view, header, band, cols } = this;
    if (row > this.lastRowRead) this.lastRowRead = row;
    const others = this.otherHeadersAt(row);
    if (others.length > 0) {
      const repeat = repeatOf(header, others, row);
      return repeat ? { kind: "repeat", header: repeat } : { kind: "end", end: { kind: "next", row } };
    }
    const mark = markOf(view, row, band.left, this.labelRight, header.right);
    if (mark?.kind === "subtotal") return slotOwnsValue(view, row, cols.target) || slotOwnsValue(view, row, cols.actual) ? CONTENT : mark;
    if (mark)
      return { kind: "end", end: mark.kind === "total" ? { kind: "total", row, labelCol: mark.labelCol } : { kind: mark.kind, row } };
    if (rowIsBlank(view, row, band.left, header.right)) return BLANK;
    if (isPageDebrisRow(view, row, band.left, header.right)) return DEBRIS;
    return CONTENT;
  }

  /** A row with a name of its own (not the 一级/二级 column standing in for it), a target or an actual. */
  isIndicatorLike(row: number): boolean {
    const { view, cols } = this;
    return (
      (cols.name !== cols.level2 && cols.name !== cols.level1 && ownsValue(view, row, cols.name)) ||
      ownsValue(view, row, cols.target) ||
      ownsValue(view, row, cols.actual)
    );
  }

  /** After a repeated header: continues the form (a page break) or starts a stacked one. `gapAbove`: blank rows or debris above it. */
  continuesAt(repeat: IndicatorHeader, lastKind: Level1 | null, gapAbove: boolean): boolean {
    if (lastKind === null) return true;
    // The first indicator row after it, past blank rows, debris and the header repeated again.
    let first: number | null = null;
    for (let row = repeat.dataStart, steps = 0; row <= this.view.bottom && steps <= PEEK_ROWS; steps++) {
      const kind = this.classify(row);
      if (kind.kind === "repeat") row = Math.max(row + 1, kind.header.dataStart);
      else if (kind.kind === "blank" || kind.kind === "debris") row++;
      else {
        if (kind.kind === "content" && this.isIndicatorLike(row)) first = row;
        break;
      }
    }
    return first === null ? gapAbove : this.continuesWith(first, lastKind, gapAbove, false);
  }

  /** After a bare 合计: more indicators, a repeated header, another subtotal or the 总分 itself follow. */
  rowsFollow(from: number, lastKind: Level1 | null): boolean {
    const next = this.peek(from);
    if (!next) return false;
    const k = next.kind;
    return (
      (k.kind === "repeat" && this.continuesAt(k.header, lastKind, true)) ||
      (k.kind === "subtotal" && k.sure) ||
      (k.kind === "end" && k.end.kind === "total") ||
      (k.kind === "content" && this.isIndicatorLike(next.row))
    );
  }

  /**
   * After a run of blank rows the form goes on when a page break shows (debris, our header again), when its own 总分
   * lies further down, or when the next row plainly continues its levels (a blank 一级, or a later one).
   */
  continuesPastBlanks(from: number, lastKind: Level1 | null): boolean {
    const next = this.peek(from);
    if (!next) return false;
    if (next.sawDebris || (next.kind.kind === "repeat" && this.continuesAt(next.kind.header, lastKind, true))) return true;
    if (next.kind.kind !== "content" || !this.isIndicatorLike(next.row)) return false;
    if (this.totalAhead(next.row, lastKind)) return true;
    // Blank rows alone are weaker evidence than a repeated header: the same 一级 written again may start a new form.
    return lastKind !== null && this.continuesWith(next.row, lastKind, false, true);
  }

  /** The first row from `from` that is neither blank nor page debris, and whether debris was passed on the way. */
  private peek(from: number): { row: number; kind: RowKind; sawDebris: boolean } | null {
    let sawDebris = false;
    const last = Math.min(this.view.bottom, from + PEEK_ROWS);
    for (let row = from; row <= last; row++) {
      const kind = this.classify(row);
      if (kind.kind === "blank") continue;
      if (kind.kind === "debris") {
        sawDebris = true;
        continue;
      }
      return { row, kind, sawDebris };
    }
    return null;
  }

  /**
   * Whether the indicator row `first` continues the form: its 一级 is blank (the merge did not cross the page; the 二级
   * when the form has no 一级 column), or comes no earlier than `lastKind` (产出 → 效益 → 满意度; strictly later when
   * `strict`). Where levels say nothing, `otherwise`.
   */
  private continuesWith(first: number, lastKind: Level1, otherwise: boolean, strict: boolean): boolean {
    const { view, cols } = this;
    const level1 = cols.level1 === null ? "" : view.text(first, cols.level1).trim();
    const level2 = cols.level2 === null ? "" : view.text(first, cols.level2).trim();
    if ((cols.level1 !== null && level1 === "") || (cols.level1 === null && cols.level2 !== null && level2 === "")) return true;
    const after = level1 !== "" ? resolveLevel1(level1, level2).level1Kind : level2KindOf(level2);
    if (after === "unknown" || lastKind === "unknown") return otherwise;
    return strict ? LEVEL_ORDER[after] > LEVEL_ORDER[lastKind] : LEVEL_ORDER[after] >= LEVEL_ORDER[lastKind];
  }

  /** Our own 总分 row further down, past indicator rows and page debris, before two blank rows in a row. */
  private totalAhead(from: number, lastKind: Level1 | null): boolean {
    let blanks = 0;
    const last = Math.min(this.view.bottom, from + TOTAL_AHEAD_ROWS);
    for (let row = from; row <= last; row++) {
      const kind = this.classify(row);
      if (kind.kind === "blank") {
        if (++blanks >= BLANK_RUN_ENDS_BLOCK) return false;
        continue;
      }
      blanks = 0;
      if (kind.kind === "end") return kind.end.kind === "total";
      if ((kind.kind === "repeat" && this.continuesAt(kind.header, lastKind, true)) || (kind.kind === "subtotal" && !kind.sure))
        return true;
    }
    return false;
  }
}

/**
 * The header among `others` that repeats ours on this row. A loop rather than find(): a closure here would make
 * classify() allocate its variables on every row it reads.
 */
function repeatOf(header: IndicatorHeader, others: readonly IndicatorHeader[], row: number): IndicatorHeader | undefined {
  for (let i = 0; i < others.length; i++) if (others[i].row === row && sameLayout(others[i], header)) return others[i];
  return undefined;
}

/** The same columns for the same roles: a header repeated after a page break. */
function sameLayout(a: IndicatorHeader, b: IndicatorHeader): boolean {
  const x = a.columns;
  const y = b.columns;
  return (
    x.name === y.name &&
    x.target === y.target &&
    x.actual === y.actual &&
    x.weight === y.weight &&
    x.score === y.score &&
    x.level1 === y.level1 &&
    x.level2 === y.level2
  );
}

type Mark =
  | { kind: "total"; labelCol: number }
  | { kind: "subtotal"; labelCol: number; label: string; prefix: string; sure: boolean }
  | { kind: "trailer" | "next" };

/** What a text says of its row: a label that ends the block or a subtotal (left of the values), the next form (anywhere). */
interface EndText {
  label: { kind: "total" | "trailer" } | { kind: "subtotal"; label: string; prefix: string; sure: boolean } | null;
  next: boolean;
}

const endTextOf = perText((v: string): EndText | null => {
  if (!MAY_END_BLOCK.test(v)) return null;
  const sub = subtotalLabel(v);
  const label: EndText["label"] =
    sub && (sub.sure || isTotalLabel(v))
      ? { kind: "subtotal", label: v.trim(), ...sub }
      : isTotalLabel(v)
        ? { kind: "total" }
        : isTrailerLabel(v)
          ? { kind: "trailer" }
          : null;
  const next = isTitle(v) || isFundLabel(v) || headLabel(v)?.field === "project";
  return label || next ? { label, next } : null;
});

/**
 * A row that ends the block, or a subtotal: 总分 (left of the values), a trailer label, the next form's
 * title/head/fund block; "产出指标小计", "小计", or a bare 合计 (which may be either).
 */
function markOf(view: SheetView, row: number, left: number, labelRight: number, right: number): Mark | null {
  const raw = view.values[row - view.top];
  // Every row is an array once sanitizeGrid has run; past the grid it is undefined. No Array.isArray, nor Math.min/max
  // below: each call is a property read more, row after row on a first run.
  if (raw === undefined) return null;
  const origin = view.left;
  for (let col = left; col <= right; col++) {
    const v = raw[col - origin];
    if (typeof v !== "string" || v.length > 200) continue;
    const end = endTextOf(v);
    if (!end) continue;
    const { label } = end;
    if (col <= labelRight && label) {
      if (label.kind === "subtotal") return { kind: "subtotal", labelCol: col, label: label.label, prefix: label.prefix, sure: label.sure };
      return label.kind === "total" ? { kind: "total", labelCol: col } : { kind: "trailer" };
    }
    if (end.next) return { kind: "next" };
  }
  return null;
}

/** No value of its own in any of the block's columns (cells merged down from above do not count). */
function rowIsBlank(view: SheetView, row: number, left: number, right: number): boolean {
  const raw = view.values[row - view.top];
  if (raw === undefined) return true;
  const origin = view.left;
  const last = origin + raw.length - 1;
  const to = right < last ? right : last;
  for (let col = left > origin ? left : origin; col <= to; col++) if (!isBlank(raw[col - origin])) return false;
  return true;
}
