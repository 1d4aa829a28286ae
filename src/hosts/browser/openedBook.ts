import type { Edit } from "../../engine";
import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import type { Delta, MarkRuleData, MirrorOp, OpenedFile, ReadNoticeData, SheetDecor } from "./protocol";

/** An opened file as the page holds it: a copy of the engine's workbook that follows every change, and how to draw it. */
export interface OpenedBook {
  file: number;
  name: string;
  mirror: MemorySpreadsheet;
  decor: Map<string, SheetDecor>;
  notices: ReadNoticeData[];
}

/** The file's own mark rules as one apply(): one rule per sheet and severity, as the engine's workbook starts with them. */
export function marksAsEdits(marks: readonly MarkRuleData[]): Edit[] {
  return marks.flatMap((m) =>
    m.cells.map((c): Edit => ({ kind: "mark", at: { sheet: m.sheet, row: c.row, col: c.col }, severity: m.severity })),
  );
}

export function bookOf(opened: OpenedFile): OpenedBook {
  const mirror = new MemorySpreadsheet(opened.grid, { colors: new Map(opened.decor.colors), notes: new Map(opened.decor.notes) });
  if (opened.decor.marks.length > 0) mirror.apply(marksAsEdits(opened.decor.marks));
  return {
    file: opened.file,
    name: opened.name,
    mirror,
    decor: new Map(opened.decor.sheets.map((s) => [s.name, s])),
    notices: opened.notices,
  };
}

function replay(book: OpenedBook, op: MirrorOp): void {
  switch (op.op) {
    case "apply":
      return book.mirror.apply(op.edits);
    case "removeMarks":
      book.mirror.removeMarks(op.purpose);
      return;
    case "removeNotes":
      return book.mirror.removeNotes(op.cells);
    case "writeSheet": {
      const name = book.mirror.writeSheet(op.sheet.requested, op.sheet.content, op.sheet.replace);
      book.decor.set(name, { name, widths: op.sheet.content.widths ?? [], heights: [] });
      return;
    }
    case "select":
      return book.mirror.select(op.sheet, op.cell);
  }
}

/**
 * Makes the page's copy do what the engine's workbook did in one call, change by change. A change that failed in the
 * engine fails here the same way (same workbook, same code) and the next one follows, as it did there.
 */
export function applyDelta(book: OpenedBook, delta: Delta): { changed: boolean; selection: { sheet: string; cell: string } | null } {
  let changed = false;
  let selection: { sheet: string; cell: string } | null = null;
  for (const op of delta.ops) {
    if (op.op === "select") selection = { sheet: op.sheet, cell: op.cell };
    else changed = true;
    try {
      replay(book, op);
    } catch {
      // As in the engine: the call stopped here; what it did before stays.
    }
  }
  // The page reads no record; its copy keeps it all the same, to be the engine's workbook whole.
  if (delta.record) book.mirror.writeRecordText(delta.record.text);
  return { changed, selection };
}
