import type { CellAt, CellRange, CellValue, Edit, LocalText, WorkbookGrid } from "../../engine";
import type { PaneSettings } from "../host";
import type { NotePurpose, SheetRef } from "../ownership/record";
import type { NoteNow } from "../ownership/takeBack";

/** A sheet the add-in writes whole: the report, the sample forms. */
export interface OwnedSheet {
  values: CellValue[][];
  numberFormats?: (string | null)[][];
  merges?: CellRange[];
  /** Column widths in characters, left to right. */
  widths?: number[];
}

/**
 * A spreadsheet reached synchronously — WPS's ET object model, or the browser workbench's in-memory workbook.
 * `createSessionHost` turns one into the pane's PaneHost; each method does one bulk job and throws HostError on failure.
 * The host decides nothing about ownership: the session host tells it exactly what to write and what to take back.
 */
export interface SyncSpreadsheet {
  readonly kind: "wps" | "browser";
  /** Every sheet's used area: values, formulas, number formats, merged areas. */
  readGrid(): WorkbookGrid;
  /** What the last readGrid left out and the report should say (a sheet too large to read); none if absent. */
  readNotices?(): { sheet: string; messages: LocalText }[];
  /** Every worksheet with an identity that survives a rename (and, where the host allows, save and reopen). */
  sheetRefs(): SheetRef[];
  /** Every note or comment in the workbook, on every sheet. */
  readNotes(): NoteNow[];
  /** Write values, add mark rules (one conditional format per sheet and severity), add notes on cells that have none. */
  apply(edits: Edit[]): void;
  /**
   * Delete every conditional-format rule carrying our mark tag for `purpose`, on every sheet: 校验's marks ("check",
   * the default) or the filled mark of 填充得分 ("fill"). Returns the count of cells they covered.
   */
  removeMarks(purpose?: NotePurpose): number;
  /** The count of cells our mark rules for `purpose` (by default 校验's) cover now. */
  countMarks(purpose?: NotePurpose): number;
  /** Delete the notes on these cells (the session host has decided they are ours). */
  removeNotes(cells: CellAt[]): void;
  /** The stored record's text as stored, or null when there is none. */
  readRecordText(): string | null;
  /** Store the record's text whole (null removes the storage). The session host reads it back to check the round trip. */
  writeRecordText(text: string | null): void;
  /** Activate the sheet and select the cell ("H40"). */
  select(sheet: string, cell: string): void;
  /** Create a sheet named `name` — or, with `replace`, overwrite the sheet of that name — and return its name. */
  writeSheet(name: string, content: OwnedSheet, replace: boolean): string;
  /**
   * Open a new workbook of its own holding one sheet `name` with `content`, and show it: 插入示例 never writes into the
   * workbook the user has open. Absent where the host opens no second workbook (the workbench opens a file tab).
   */
  openWorkbookWith?(name: string, content: OwnedSheet): void;
  loadSettings(): PaneSettings | null;
  saveSettings(settings: PaneSettings): void;
}
