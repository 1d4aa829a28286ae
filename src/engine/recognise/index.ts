/** The recognise stage: a sheet's cells → the forms in it. Implementation in progress. */
import type { SheetGrid, WorkbookGrid } from "../grid/types";
import type { Form } from "./types";
export * from "./types";

/** Every 自评表 in the sheet, top to bottom, left to right. A sheet without a form gives []. Never throws. */
export declare function recogniseSheet(sheet: SheetGrid): Form[];
export declare function recogniseWorkbook(grid: WorkbookGrid): Form[];
