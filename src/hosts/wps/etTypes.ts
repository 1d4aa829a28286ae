/**
 * The part of WPS表格's object model (`window.Application`) the add-in uses, typed narrowly. et-jsapi-declare's
 * typings come from static analysis and type several members loosely (`Value2` as `string | any[]`, `Worksheets.Item`
 * as `Worksheet | Sheets`, `MergeCells` as `boolean` though a mixed range gives null); `etApplication.ts` checks that
 * the real typings fit these where they are precise. Everything that touches `Application` goes through these types.
 */

/** A `Value2` or `Formula` read of several cells: a 2-D array, or an object with 1-based `Item(r, c)`. */
export type EtMatrix = unknown;

export interface EtComment {
  Text(text?: string): string;
  Delete(): void;
}

export interface EtInterior {
  /** BGR integer: r + g·256 + b·65536; a mixed range reads null. */
  Color: unknown;
  /** xlNone (-4142) when the cell has no fill; a mixed range reads null. */
  ColorIndex: unknown;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRangeList;
  readonly Columns: EtRangeList;
  readonly Count: number;
  readonly Cells: EtRange;
  Item(row: number, column?: number): EtRange;
  Value2: unknown;
  /** `Value(11)` (xlRangeValueXMLSpreadsheet) gives the range as SpreadsheetML 2003 text. */
  Value(dataType?: number): unknown;
  Formula: unknown;
  NumberFormat: unknown;
  /** true when every cell is in a merged area, false when none is, null when mixed. */
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Comment: EtComment | null | undefined;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Select(): unknown;
  Merge(across?: boolean): void;
  UnMerge(): void;
  Clear(): unknown;
  ColumnWidth: unknown;
}

/** `Range.Rows` / `Range.Columns`: a range whose `Item(i)` is the i-th row or column, 1-based. */
export interface EtRangeList {
  readonly Count: number;
  Item(index: number): EtRange;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  /** xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  Visible: unknown;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Columns: EtRangeList;
  Range(cell1: string, cell2?: unknown): EtRange;
  Activate(): unknown;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  Add(before?: unknown, after?: unknown, count?: number, type?: unknown): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly ProtectStructure: boolean;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  Width: number;
  DockPosition: unknown;
}

export interface EtPluginStorage {
  getItem(key: string): string | null | undefined;
  setItem(key: string, value: string | number | boolean): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null | undefined;
  ScreenUpdating: boolean;
  StatusBar: unknown;
  readonly PluginStorage: EtPluginStorage;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane | null | undefined;
}

/** Excel/ET constants used here (ambient enums in the typings do not exist at run time). */
export const XL_NONE = -4142;
export const XL_SHEET_VERY_HIDDEN = 2;
export const XL_RANGE_VALUE_XML_SPREADSHEET = 11;
