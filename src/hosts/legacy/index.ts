/** Excel 97–2003 .xls and WPS .et/.ett, read with SheetJS into an exceljs workbook (so everything after is as for .xlsx). */
export { loadLegacyWorkbook, readsAsLegacy } from "./loadLegacy";
export { contentKindOf, isCompoundFile, type ContentKind } from "./contentKind";
export { DEFAULT_LEGACY_LIMITS, type LegacyLimits } from "./limits";
export { LEGACY_EXTENSIONS, isLegacyName, legacyCopyNotice } from "./formats";
export { scanBiff, type BiffScan } from "./biffScan";
