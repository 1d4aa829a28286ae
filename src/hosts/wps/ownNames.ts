/**
 * What the add-in owns inside a workbook, by name. Anything else of the same name is the user's and is never cleared,
 * overwritten or deleted.
 */

/** The very hidden sheet holding the record (ours only while its A1 holds one of our markers). */
export const RECORDS_SHEET = "_selfeval_records";

/** A1 of our record sheet. */
export const RECORD_MARKER = "selfeval-checker record v2";

/** A1 of the record sheet an earlier version wrote (its content is refused as a record, but the sheet is ours to replace). */
export const OLD_RECORD_MARKER = "selfeval-checker records v1";

/** Hidden workbook-level names `_selfeval_sheet_<id>`, one per sheet the record refers to (see sheetIdentity.ts). */
export const ID_NAME_PREFIX = "_selfeval_sheet_";
