/**
 * The record kept in a very hidden worksheet (WPS, and the annotated copy the command line and the workbench write):
 * A1 holds our marker, A2… the record's text in chunks. Only a sheet of this name whose A1 holds one of our markers is
 * ours; a sheet of the same name without it is the user's and is never read as a record, cleared or replaced.
 */

/** The very hidden sheet holding the record. */
export const RECORDS_SHEET = "_selfeval_records";

/** A1 of our record sheet. */
export const RECORD_MARKER = "selfeval-checker record v2";

/** A1 of the record sheet an earlier version wrote (its content is refused as a record, but the sheet is ours to replace). */
export const OLD_RECORD_MARKER = "selfeval-checker records v1";

/** Characters of record text per cell: with its "~" a cell holds 8,000, below the 8,192 past which WPS may cut strings. */
export const CHUNK = 7_999;

/** Starts every chunk, so that no chunk is taken for a number or a formula ("=…", "+…") when written. */
const CHUNK_MARK = "~";

/** The record's text → the cells of column A: our marker, then the chunks. */
export function recordCells(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(CHUNK_MARK + text.slice(i, i + CHUNK));
  return [RECORD_MARKER, ...chunks];
}

/** Chunks read back → the text. Anything that is not a chunk stays in, so that the record's checksum refuses it. */
export function textOfChunks(cells: unknown[]): string {
  return cells.map((c) => (typeof c === "string" && c.startsWith(CHUNK_MARK) ? c.slice(CHUNK_MARK.length) : String(c ?? ""))).join("");
}

/** Whether a sheet of the record sheet's name is ours, judged by its A1. */
export const isRecordHead = (a1: unknown) => a1 === RECORD_MARKER || a1 === OLD_RECORD_MARKER;

/** A record sheet's column A (A1 first) → the record text, or null when the sheet is not ours. */
export function recordTextOfColumn(column: unknown[]): string | null {
  return isRecordHead(column[0]) ? textOfChunks(column.slice(1)) : null;
}
