import type { ChangeRecord } from "../../engine";
import { recordFromXml, recordToXml } from "../common/recordXml";
import { NO_RECORDS, type StoredRecords } from "../../app/session/syncSpreadsheet";

/** First cell of the records sheet: tells our sheet from a user's sheet of the same name. */
export const RECORDS_HEADER = "selfeval-checker records v1";

/** A cell holds at most 32,767 characters; chunks stay well below. */
export const CHUNK = 30_000;

/** Starts every chunk, so that no chunk is taken for a number or a formula ("=…") when written. */
const CHUNK_MARK = "~";

/** A stored record, kept only when it is a well-formed ChangeRecord (the Excel host's checker, through its XML form). */
function checked(record: unknown): ChangeRecord | null {
  if (typeof record !== "object" || record === null) return null;
  try {
    return recordFromXml(recordToXml(record as ChangeRecord));
  } catch {
    return null;
  }
}

/** Records → the column of cells that holds them: the header, then the JSON in chunks. */
export function recordsToCells(records: StoredRecords): string[] {
  const json = JSON.stringify({ marks: records.marks, fills: records.fills });
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(CHUNK_MARK + json.slice(i, i + CHUNK));
  return [RECORDS_HEADER, ...chunks];
}

/** The cells of the records sheet's first column → records; nothing usable (not ours, damaged) gives none. */
export function recordsFromCells(cells: unknown[]): StoredRecords {
  if (cells[0] !== RECORDS_HEADER) return NO_RECORDS;
  const chunks = cells.slice(1);
  if (!chunks.every((c): c is string => typeof c === "string" && c.startsWith(CHUNK_MARK))) return NO_RECORDS;
  const json = chunks.map((c) => c.slice(CHUNK_MARK.length)).join("");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return NO_RECORDS;
  }
  if (typeof data !== "object" || data === null) return NO_RECORDS;
  const { marks, fills } = data as { marks?: unknown; fills?: unknown };
  const storedFills = Array.isArray(fills) ? fills.map(checked) : [];
  return {
    marks: marks === null || marks === undefined ? null : checked(marks),
    // A damaged fill record drops them all: undoing some fills but not others could leave a form inconsistent.
    fills: storedFills.every((r) => r !== null) ? (storedFills as ChangeRecord[]) : [],
  };
}
