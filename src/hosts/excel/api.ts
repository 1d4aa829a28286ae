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

/** What `getCellProperties` is asked for: only the fill. */
export interface XlCellPropertiesRequest {
  format: { fill: { color: boolean; pattern: boolean } };
}

export interface XlCellProperties {
  format?: { fill?: { color?: string; pattern?: string } };
}

export interface XlFill extends XlLoadable {
  color: string;
  clear(): void;
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
  readonly format: { readonly fill: XlFill };
  select(): void;
  merge(across?: boolean): void;
  /** ExcelApi 1.9. */
  getCellProperties(request: XlCellPropertiesRequest): XlClientResult<XlCellProperties[][]>;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
}

/** ExcelApi 1.9: several rectangles of one sheet, formatted with one call. */
export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly format: { readonly fill: XlFill };
}

export interface XlWorksheetProtection extends XlLoadable {
  readonly protected: boolean;
}

export interface XlWorksheet extends XlLoadable {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly protection: XlWorksheetProtection;
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
  add(cellAddress: string, content: string): T;
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
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Document settings (Office.context.document.settings): saved inside the workbook on saveAsync. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

/** Everything the Excel host needs from its surroundings: Office.js in the add-in, the fake in tests. */
export interface ExcelEnv {
  /** Excel.run; `mergeUndoGroup` is passed only when the host supports it (ExcelApi 1.20). */
  run<T>(batch: (context: XlContext) => Promise<T>, options: { mergeUndoGroup: boolean }): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supports(version: string): boolean;
  settings: SettingsStore;
}
