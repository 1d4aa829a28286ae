import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import type { Delta, OpenedFile, ReadNoticeData, SheetDecor } from "./protocol";

/** An opened file as the page holds it: a copy of the engine's workbook that follows every change, and how to draw it. */
export interface OpenedBook {
  file: number;
  name: string;
  mirror: MemorySpreadsheet;
  decor: Map<string, SheetDecor>;
  notices: ReadNoticeData[];
}

export function bookOf(opened: OpenedFile): OpenedBook {
  const mirror = new MemorySpreadsheet(opened.grid, { fills: new Map(opened.decor.fills), notes: new Map(opened.decor.notes) });
  return { file: opened.file, name: opened.name, mirror, decor: new Map(opened.decor.sheets.map((s) => [s.name, s])), notices: opened.notices };
}

/** Makes the page's copy do what the engine's workbook did in one call: sheets written whole first, then the edits. */
export function applyDelta(book: OpenedBook, delta: Delta): void {
  for (const written of delta.sheets) {
    const name = book.mirror.writeSheet(written.requested, written.content, written.replace);
    book.decor.set(name, { name, widths: written.content.widths ?? [], heights: [] });
  }
  if (delta.edits.length > 0) book.mirror.apply(delta.edits);
  if (delta.selection) book.mirror.select(delta.selection.sheet, delta.selection.cell);
}
