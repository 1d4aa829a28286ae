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
  /** The cell the comment belongs to. */
  readonly Parent: EtRange;
}

/** `Worksheet.Comments`: 1-based. */
export interface EtComments {
  readonly Count: number;
  Item(index: number): EtComment;
}

/** One conditional-format rule. `Formula1` exists on expression and cell-value rules only (a colour scale may throw). */
export interface EtFormatCondition {
  readonly Type: unknown;
  readonly Formula1: unknown;
  readonly AppliesTo: EtRange;
  readonly Interior: EtInterior;
  Delete(): void;
}

/** `Range.FormatConditions`: the rules that apply to some cell of the range, 1-based. */
export interface EtFormatConditions {
  readonly Count: number;
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: unknown, formula1?: unknown): EtFormatCondition;
}

/** A defined name. `RefersTo` reads like "='Sheet 1'!$A$1" and follows the sheet's renames. */
export interface EtName {
  readonly Name: string;
  readonly RefersTo: unknown;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number | string): EtName;
  Add(name: string, refersTo: string, visible?: boolean): EtName;
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
  readonly FormatConditions: EtFormatConditions;
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
  /** Fixed in the VBA project; empty in a workbook that never had one (not relied on: see sheetIdentity.ts). */
  readonly CodeName: unknown;
  readonly Comments: EtComments;
  Range(cell1: string, cell2?: unknown): EtRange;
  Activate(): unknown;
  /** Asks the user first unless Application.DisplayAlerts is false. */
  Delete(): unknown;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  Add(before?: unknown, after?: unknown, count?: number, type?: unknown): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  readonly ActiveSheet: EtWorksheet | null | undefined;
  readonly ProtectStructure: boolean;
  /** Brings the workbook's window to the front. */
  Activate(): unknown;
}

/** `Application.Workbooks`: `Add()` opens a new, empty workbook (whether it becomes the active one is not documented). */
export interface EtWorkbooks {
  Add(template?: unknown): EtWorkbook;
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

/** `Application.ApiEvent` (et-jsapi-declare addon.et.d.ts): WPS calls the listener on the named event. */
export interface EtApiEvent {
  AddApiEventListener(name: string, callback: (...args: unknown[]) => void): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null | undefined;
  readonly Workbooks: EtWorkbooks;
  /** Absent on builds or pages without the event service. */
  readonly ApiEvent?: EtApiEvent | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  StatusBar: unknown;
  readonly PluginStorage: EtPluginStorage;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane | null | undefined;
}

/** Excel/ET constants used here (ambient enums in the typings do not exist at run time). */
export const XL_NONE = -4142;
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
export const XL_EXPRESSION = 2;
export const XL_RANGE_VALUE_XML_SPREADSHEET = 11;
