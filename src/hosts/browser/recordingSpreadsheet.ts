import { isCellError, type CellAt, type CellValue, type Edit, type SheetGrid, type WorkbookGrid } from "../../engine";
import type { NotePurpose } from "../../app/ownership/record";
import type { OwnedSheet } from "../../app/session/syncSpreadsheet";
import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import { marksAsEdits } from "./openedBook";
import type { Delta, MarkRuleData, MirrorOp, RecordWrite, WrittenSheet } from "./protocol";

/** What the file had in a cell a value edit touched: compared with the cell now to know whether the copy must change it. */
interface CellContent {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

const keyOf = MemorySpreadsheet.key;

function contentOf(sheet: SheetGrid | undefined, row: number, col: number): CellContent {
  const i = sheet ? row - sheet.originRow : -1;
  const j = sheet ? col - sheet.originCol : -1;
  return {
    value: sheet?.values[i]?.[j] ?? null,
    formula: sheet?.formulas?.[i]?.[j] ?? null,
    numberFormat: sheet?.numberFormats?.[i]?.[j] ?? null,
  };
}

const plain = (v: CellValue) => (isCellError(v) ? v.error : v);

function sameContent(a: CellContent, b: CellContent): boolean {
  if (a.formula !== b.formula || a.numberFormat !== b.numberFormat) return false;
  return a.formula !== null || plain(a.value) === plain(b.value) || (plain(a.value) ?? "") === (plain(b.value) ?? "");
}

export interface OpenedContent {
  colors?: Map<string, string | null>;
  notes?: Map<string, string | null>;
  /** Our mark rules the file already holds. */
  marks?: MarkRuleData[];
}

/**
 * An opened file in the engine's thread: a MemorySpreadsheet that also logs every change as the call that made it (the
 * delta the page's copy replays) and remembers what the file held in each cell it wrote, so that the annotated copy
 * changes exactly the cells that differ from the file now.
 */
export class RecordingSpreadsheet extends MemorySpreadsheet {
  /** Every sheet written whole, in order. */
  readonly written: WrittenSheet[] = [];
  private pending: MirrorOp[] = [];
  private recordWrite: RecordWrite | null = null;
  private readonly originals = new Map<string, { at: CellAt; content: CellContent }>();
  private readonly notesAtOpen: Map<string, string | null>;

  constructor(workbook: WorkbookGrid, opened: OpenedContent = {}) {
    super(workbook, opened);
    this.notesAtOpen = new Map(opened.notes ?? []);
    if (opened.marks?.length) super.apply(marksAsEdits(opened.marks));
  }

  override apply(edits: Edit[]): void {
    const live = this.workbook.sheets;
    for (const e of edits) {
      const key = keyOf(e.at);
      if (e.kind === "value" && !this.originals.has(key))
        this.originals.set(key, {
          at: e.at,
          content: contentOf(
            live.find((s) => s.name === e.at.sheet),
            e.at.row,
            e.at.col,
          ),
        });
    }
    // Logged before it runs: if it stops half-way, the page's copy, replaying the same call, stops at the same place.
    this.pending.push({ op: "apply", edits });
    super.apply(edits);
  }

  override removeMarks(purpose: NotePurpose = "check"): number {
    this.pending.push({ op: "removeMarks", purpose });
    return super.removeMarks(purpose);
  }

  override removeNotes(cells: CellAt[]): void {
    this.pending.push({ op: "removeNotes", cells });
    super.removeNotes(cells);
  }

  override writeSheet(name: string, content: OwnedSheet, replace: boolean): string {
    const finalName = super.writeSheet(name, content, replace);
    const written: WrittenSheet = { requested: name, name: finalName, replace, content };
    this.written.push(written);
    this.pending.push({ op: "writeSheet", sheet: written });
    return finalName;
  }

  override select(sheet: string, cell: string): void {
    this.pending.push({ op: "select", sheet, cell });
    super.select(sheet, cell);
  }

  override writeRecordText(text: string | null): void {
    this.recordWrite = { text };
    super.writeRecordText(text);
  }

  /** What changed since the last call, and start afresh. */
  takeDelta(): Delta {
    const ops = this.pending;
    const record = this.recordWrite;
    this.pending = [];
    this.recordWrite = null;
    return record ? { ops, record } : { ops };
  }

  /**
   * The edits that turn the opened file into this workbook (after the sheets in `written` are added): every value that
   * differs from the file's, every note that was not in the file, and our marks as they are now.
   */
  copyEdits(): Edit[] {
    const sheets = new Map(this.workbook.sheets.map((s) => [s.name, s]));
    const edits: Edit[] = [];
    for (const { at, content: was } of this.originals.values()) {
      const sheet = sheets.get(at.sheet);
      if (!sheet) continue;
      const now = contentOf(sheet, at.row, at.col);
      if (sameContent(now, was)) continue;
      edits.push({
        kind: "value",
        at,
        value: plain(now.value),
        ...(now.formula !== null ? { formula: now.formula } : {}),
        ...(now.numberFormat !== was.numberFormat ? { numberFormat: now.numberFormat ?? "General" } : {}),
      });
    }
    for (const n of this.readNotes()) {
      const at = { sheet: n.sheet, row: n.row, col: n.col };
      if (this.notesAtOpen.get(keyOf(at)) !== n.text) edits.push({ kind: "note", at, text: n.text });
    }
    for (const sheet of this.workbook.sheets)
      for (const rule of this.markRules(sheet.name))
        for (const k of rule.cells) {
          const [row, col] = k.split(",").map(Number);
          edits.push({ kind: "mark", at: { sheet: sheet.name, row, col }, severity: rule.severity });
        }
    return edits;
  }
}
