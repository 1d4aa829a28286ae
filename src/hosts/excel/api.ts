/**
 * The slice of the Excel JavaScript API this add-in uses, as plain interfaces. Office.js objects satisfy them
 * structurally (officeEnv.ts assigns the real ones to them, so the compiler checks the fit), and the fake in
 * testing/fakeExcel.ts implements them for tests. Nothing here touches the `Excel` or `Office` globals.
 */

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlLoadable {
  load(propertyNames: string): unknown;
}

/** A custom conditional format's rule (ExcelApi 1.6): the formula that decides where it applies. */
export interface XlConditionalFormatRule extends XlLoadable {
  formula: string;
}

/** A custom conditional format: its rule and the fill it draws. */
export interface XlCustomConditionalFormat extends XlLoadable {
  readonly isNullObject: boolean;
  readonly rule: XlConditionalFormatRule;
  readonly format: { readonly fill: { color: string } };
}

/** One conditional-format rule of a sheet. ExcelApi 1.6 (getRanges 1.9). */
export interface XlConditionalFormat extends XlLoadable {
  readonly type: string;
  readonly custom: XlCustomConditionalFormat;
  /** Null for a rule of another type: loading `custom` of such a rule is not documented to work. */
  readonly customOrNullObject: XlCustomConditionalFormat;
  /** Null when the rule covers several areas (the add-in reads `getRanges`). */
  getRangeOrNullObject(): XlRange;
  /** ExcelApi 1.9. */
  getRanges(): XlRangeAreas;
  delete(): void;
}

/** The conditional formats that intersect a range (ExcelApi 1.6); `add` puts a new rule at the top over the range. */
export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: "Custom"): XlConditionalFormat;
}

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  select(): void;
  merge(across?: boolean): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
}

/** ExcelApi 1.9: several rectangles of one sheet, given one conditional format with one call. */
export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly conditionalFormats: XlConditionalFormatCollection;
}

export interface XlWorksheetProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  /** Stays the same when the sheet is renamed or moved (ExcelApi 1.1); whether it survives save and reopen is not documented. */
  readonly id: string;
  readonly name: string;
  /** "Visible", "Hidden" or "VeryHidden" (ExcelApi 1.1). */
  readonly visibility: string;
  readonly protection: XlWorksheetProtection;
  /** Without an address: the whole sheet. */
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  /** ExcelApi 1.9. */
  getRanges(address?: string): XlRangeAreas;
  getUsedRange(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

/** A note (ExcelApi 1.18) or a threaded comment (ExcelApi 1.10): both have a content, a cell and a delete. */
export interface XlAnnotation extends XlLoadable {
  readonly content: string;
  getLocation(): XlRange;
  delete(): void;
}

export interface XlAnnotationCollection<T extends XlAnnotation> extends XlLoadable {
  readonly items: T[];
  add(cellAddress: XlRange | string, content: string): T;
}

export interface XlCustomXmlPart extends XlLoadable {
  readonly id: string;
  getXml(): XlClientResult<string>;
  delete(): void;
}

export interface XlCustomXmlPartCollection {
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlLoadable & { readonly items: XlCustomXmlPart[] };
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** ExcelApi 1.5. */
  readonly customXmlParts: XlCustomXmlPartCollection;
  /** ExcelApi 1.10. */
  readonly comments: XlAnnotationCollection<XlAnnotation>;
  /** ExcelApi 1.18. */
  readonly notes: XlAnnotationCollection<XlAnnotation>;
  readonly application: XlApplication;
}

export interface XlApplication extends XlLoadable {
  /** "Automatic", "AutomaticExceptTables" or "Manual" (ExcelApi 1.1, read). */
  readonly calculationMode: string;
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Document settings (Office.context.document.settings): saved inside the workbook on saveAsync, which marks it changed. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

/** The machine's own storage (localStorage): one per origin, shared by the task pane and the ribbon's function file. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Everything the Excel host needs from its surroundings: Office.js in the add-in, the fake in tests. */
export interface ExcelEnv {
  /** Excel.run; `mergeUndoGroup` is passed only when the host supports it (ExcelApi 1.20). */
  run<T>(batch: (context: XlContext) => Promise<T>, options: { mergeUndoGroup: boolean }): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supports(version: string): boolean;
  /** The document's settings: where earlier versions kept the preferences (read once to carry them over, never written). */
  settings: SettingsStore;
  /** localStorage, or null where the webview refuses it (then the document's settings are used, saved only on a change). */
  storage: KeyValueStorage | null;
  /** What tells this workbook from others on this machine: its URL or path ("" for a workbook never saved). */
  documentKey(): string;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", … (null when unknown). */
  platform: string | null;
  /**
   * Excel.createWorkbook (ExcelApi 1.8): opens a new workbook holding the .xlsx given as base64, in a window of its own.
   * The add-in's Excel.run stays bound to the workbook the pane was opened in.
   */
  createWorkbook(base64: string): Promise<void>;
}
