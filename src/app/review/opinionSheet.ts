import type { CellRange } from "../../engine";
import { NO_OPINION, opinionPages, type OpinionInput, type OpinionPage } from "./opinion";
import { wrappedLines } from "./textWidth";

export const OPINION_SHEET = "审核意见";

/** What a block of the sheet is, so that each host gives it its look (bold title, bordered table, a box to write in). */
export type OpinionRole = "title" | "label" | "value" | "section" | "head" | "cell" | "notesLabel" | "notes" | "line";

export interface OpinionBlock {
  range: CellRange;
  role: OpinionRole;
}

/**
 * Every page's rows on one sheet, four columns wide, a page break after each form: printed at 100 % on A4 portrait,
 * each form starts a page, and one print command prints them all. Host-neutral: any host can write it.
 */
export interface OpinionSheet {
  name: string;
  values: string[][];
  merges: CellRange[];
  /** Column widths in Excel's character units. */
  widths: number[];
  /** Row heights in points. */
  heights: number[];
  blocks: OpinionBlock[];
  /** 0-based rows after which a new page starts. */
  breaks: number[];
}

/**
 * 序号 (and the fields' labels) | 位置 | 问题 | 说明: 说明 takes what A4 portrait leaves at 100 % — 89 characters, about
 * 640 pixels of the 679 between 1.5 cm margins — so that no host has to scale the page (a scaled page may drop the breaks).
 */
export const OPINION_WIDTHS = [12, 9, 20, 48];
const WIDTH = OPINION_WIDTHS.length;
const VALUE_WIDTH = OPINION_WIDTHS.slice(1).reduce((a, b) => a + b, 0);
const ALL_WIDTH = VALUE_WIDTH + OPINION_WIDTHS[0];

/** Points per wrapped line of 11-point text (CJK fonts need more than Calibri's 15), plus the cell's padding. */
const LINE = 16;
const PAD = 4;
const NOTES_LINES = 5;

const heightFor = (lines: number) => lines * LINE + PAD;

class Builder {
  readonly sheet: OpinionSheet = {
    name: OPINION_SHEET,
    values: [],
    merges: [],
    widths: [...OPINION_WIDTHS],
    heights: [],
    blocks: [],
    breaks: [],
  };

  private row(cells: string[], height: number): number {
    const r = this.sheet.values.length;
    this.sheet.values.push([...cells, ...new Array<string>(WIDTH - cells.length).fill("")]);
    this.sheet.heights.push(height);
    return r;
  }

  private block(r: number, left: number, right: number, role: OpinionRole, merge: boolean): void {
    const range = { top: r, left, bottom: r, right };
    if (merge && right > left) this.sheet.merges.push(range);
    this.sheet.blocks.push({ range, role });
  }

  /** One text across the whole width. */
  wide(text: string, role: OpinionRole, minLines = 1, height?: number): void {
    const r = this.row([text], height ?? heightFor(Math.max(minLines, wrappedLines(text, ALL_WIDTH))));
    this.block(r, 0, WIDTH - 1, role, true);
  }

  field(label: string, value: string): void {
    const r = this.row([label, value], heightFor(Math.max(wrappedLines(label, OPINION_WIDTHS[0]), wrappedLines(value, VALUE_WIDTH))));
    this.block(r, 0, 0, "label", false);
    this.block(r, 1, WIDTH - 1, "value", true);
  }

  tableRow(cells: string[], role: "head" | "cell"): void {
    const lines = Math.max(...cells.map((c, i) => wrappedLines(c, OPINION_WIDTHS[i])));
    const r = this.row(cells, heightFor(lines));
    this.block(r, 0, WIDTH - 1, role, false);
  }

  gap(): void {
    this.row([], 8);
  }

  pageBreak(): void {
    this.sheet.breaks.push(this.sheet.values.length - 1);
  }
}

/** Lays the pages out on one sheet; with no page, a title and one line saying there is none. */
export function opinionSheet(pages: readonly OpinionPage[], empty: string): OpinionSheet {
  const b = new Builder();
  if (pages.length === 0) {
    b.wide(empty, "line");
    return b.sheet;
  }
  pages.forEach((page, i) => {
    if (i > 0) b.pageBreak();
    b.wide(page.title, "title", 1, 30);
    b.gap();
    for (const f of page.fields) b.field(f.label, f.value);
    b.gap();
    b.wide(page.findingsHeading, "section");
    if (page.noFindings) b.wide(page.noFindings, "line");
    else {
      b.tableRow(page.findingsHeader, "head");
      for (const f of page.findings) b.tableRow([String(f.no), f.place, f.kind, f.text], "cell");
    }
    if (page.decided) b.wide(page.decided, "line");
    b.gap();
    b.wide(page.notesLabel, "notesLabel");
    b.wide(page.notes, "notes", NOTES_LINES);
    b.gap();
    b.wide(page.decisionLine, "line");
    b.gap();
    b.wide(page.signatureLine, "line");
  });
  return b.sheet;
}

/** The 审核意见 sheet of one checked workbook: a page per form with the decisions stored with it. */
export function opinionSheetOf(report: Parameters<typeof opinionPages>[0], input: OpinionInput): OpinionSheet {
  return opinionSheet(opinionPages(report, input), NO_OPINION[input.lang]);
}

/** The layout's cells for a host that writes values (an empty string is no value). */
export const opinionCells = (layout: OpinionSheet) => layout.values.map((row) => row.map((v) => (v === "" ? null : v)));
