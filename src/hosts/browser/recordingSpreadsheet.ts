import type { Edit, WorkbookGrid } from "../../engine";
import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import type { OwnedSheet } from "../../app/session/syncSpreadsheet";
import { EditJournal } from "./editJournal";
import type { Delta, WrittenSheet } from "./protocol";

const noDelta = (): Delta => ({ edits: [], sheets: [], selection: null });

/**
 * An opened file in the engine's thread: a MemorySpreadsheet that also keeps what changed — since the last call (the
 * delta the page's copy follows) and since the file was opened (the journal the annotated copy is built from).
 */
export class RecordingSpreadsheet extends MemorySpreadsheet {
  readonly journal = new EditJournal();
  /** Every sheet written whole, in order. */
  readonly written: WrittenSheet[] = [];
  private pending: Delta = noDelta();

  constructor(workbook: WorkbookGrid, original: { fills?: Map<string, string | null>; notes?: Map<string, string | null> } = {}) {
    super(workbook, original);
  }

  override apply(edits: Edit[]): void {
    const before = this.readBefore(edits);
    super.apply(edits);
    this.journal.record(edits, before);
    this.pending.edits.push(...edits);
  }

  override writeSheet(name: string, content: OwnedSheet, replace: boolean): string {
    const finalName = super.writeSheet(name, content, replace);
    const written: WrittenSheet = { requested: name, name: finalName, replace, content };
    this.written.push(written);
    this.pending.sheets.push(written);
    return finalName;
  }

  override select(sheet: string, cell: string): void {
    super.select(sheet, cell);
    this.pending.selection = { sheet, cell };
  }

  /** What changed since the last call, and start afresh. */
  takeDelta(): Delta {
    const delta = this.pending;
    this.pending = noDelta();
    return delta;
  }
}
