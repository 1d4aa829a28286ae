/**
 * What the add-in owns inside a workbook, by name. Anything else of the same name is the user's and is never cleared,
 * overwritten or deleted.
 */

/** The very hidden record sheet, its markers: shared with the annotated copy (see common/recordSheetText). */
export { OLD_RECORD_MARKER, RECORD_MARKER, RECORDS_SHEET } from "../common/recordSheetText";

/** Hidden workbook-level names `_selfeval_sheet_<id>`, one per sheet the record refers to (see sheetIdentity.ts). */
export const ID_NAME_PREFIX = "_selfeval_sheet_";
