/**
 * The .xlsx host (exceljs): reads workbooks and writes annotated copies. The browser host (readDecor, annotatedCopy)
 * and the workbench's summary export use exceljs too, for what only they draw or write.
 */
export { XlsxError, isXlsxError, xlsxErrors, type XlsxErrorCode } from "./errors";
export { readWorkbook, readWorkbookGrid, readSourceBytes, type WorkbookSource } from "./readWorkbook";
export {
  readWorkbookBytes,
  loadWorkbook,
  workbookToGrid,
  sniffNotXlsx,
  type ReadNotice,
  type ReadOptions,
  type WorkbookRead,
} from "./readBytes";
export { DEFAULT_MAX_CELLS_PER_SHEET } from "./sheetGrid";
export { writeAnnotatedCopy, type CopyResult, type WriteOptions } from "./writeAnnotatedCopy";
export { applyEdits, noteText, withOurNote, type ApplyResult, type SkippedEdit } from "./applyEdits";
export { lostParts, lostPartsText, type LostPart } from "./lostParts";
export { isSameFile, realPathOf } from "./samePath";
export { addGridSheet, gridsToXlsxBytes, writeGridsToXlsx, type BlockStyle, type GridSheetSpec } from "./writeGridWorkbook";
