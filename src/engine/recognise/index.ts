/** The recognise stage: a sheet's cells → the forms in it. */
export * from "./types";
/** Every 自评表 in the sheet, top to bottom, left to right. A sheet without a form gives []. Never throws. */
export { recogniseSheet, recogniseWorkbook } from "./recogniseSheet";
