import type { Before, CellRange, CellValue, ChangeRecord, Edit, WorkbookGrid } from "../../engine";
import type { PaneSettings } from "../../app/host";

/** Our own earlier changes, kept in the workbook so that they survive save and reopen. */
export interface StoredRecords {
  /** The marks (fills and notes) of the last 校验. */
  marks: ChangeRecord | null;
  /** Every 填充得分 since the last 撤销填充, oldest first. */
  fills: ChangeRecord[];
}

export const NO_RECORDS: StoredRecords = { marks: null, fills: [] };

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
 */
export interface SyncSpreadsheet {
  readonly kind: "wps" | "browser";
  /** Every sheet's used area: values, formulas, number formats, merged areas. */
  readGrid(): WorkbookGrid;
  /** What each edit's cell holds now, as far as that edit touches it. */
  readBefore(edits: Edit[]): Before[];
  /** Apply the edits in bulk. */
  apply(edits: Edit[]): void;
  loadRecords(): StoredRecords;
  saveRecords(records: StoredRecords): void;
  /** Activate the sheet and select the cell ("H40"). */
  select(sheet: string, cell: string): void;
  /** Create a sheet named `name` — or, with `replace`, overwrite the add-in's own earlier sheet of that name — and return its name. */
  writeSheet(name: string, content: OwnedSheet, replace: boolean): string;
  loadSettings(): PaneSettings | null;
  saveSettings(settings: PaneSettings): void;
}
