import type { CellAt, CellValue, Severity, WorkbookGrid } from "../../src/engine";
import type { PaneHost } from "../../src/app/host";

/**
 * One host's fake, driven as a person would between two clicks. Every host (Excel at each API level, WPS, the in-memory
 * host) implements this once and runs the whole scenario suite (scenarios.ts) over it.
 */
export interface ScenarioDriver {
  /** The pane's host over the workbook as it is now (a new one after reopen). */
  host(): PaneHost;
  /**
   * False where the host adds no note at all (Excel below ExcelApi 1.18 cannot see the notes already in cells): the
   * scenarios then check that none of ours appears instead of taking notes back.
   */
  readonly addsNotes?: boolean;
  user: {
    setValue(at: CellAt, value: CellValue): void;
    /** The cell's own fill colour ("#RRGGBB"), or null to clear it. */
    setColor(at: CellAt, color: string | null): void;
    /** Write or edit the cell's note (comment in WPS); null deletes it. */
    setNote(at: CellAt, text: string | null): void;
    insertRows(sheet: string, row: number, count: number): void;
    deleteRows(sheet: string, row: number, count: number): void;
    /** Rows from..from+order.length-1 take the contents of rows `order` (cells, fill colours, notes; not conditional formats). */
    sortRows(sheet: string, from: number, order: number[]): void;
    renameSheet(from: string, to: string): void;
    deleteSheet(name: string): void;
    /** Ctrl+Z right after our last write: the cells go back, our stored record does not. */
    undoLastWrite(): void;
    /** Save, close, open again; `elsewhere`: on another machine (no local settings; sheet identities may be new). */
    reopen(elsewhere?: boolean): void;
    /** Put a record text (recordCodec's format) into the workbook where the host keeps its own. */
    plantRecord(text: string): void;
  };
  look: {
    /** Every sheet's cells (values, formulas, number formats). */
    grid(): WorkbookGrid;
    /** The cell's own fill colour, never one of our marks. */
    color(at: CellAt): string | null;
    note(at: CellAt): string | null;
    /** The most severe of our marks drawn on the cell, or null. */
    mark(at: CellAt): Severity | null;
    /** Cells covered by 校验's mark rules, over the whole workbook. */
    markedCells(): number;
    /** Cells covered by our filled mark (the scores 填充得分 wrote), over the whole workbook. */
    filledCells(): number;
    /** Whether our filled mark is drawn on the cell. */
    filled(at: CellAt): boolean;
    /** Every note (comment) in the workbook, with its text. */
    notes(): { sheet: string; row: number; col: number; text: string }[];
  };
}
