import { a1, parseRangeA1, type CellAt, type CellRange } from "../../engine";

/** A sheet name as Excel wants it before "!": always quoted, inner quotes doubled ('It''s'!A1). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedCell(at: CellAt): string {
  return `${quoteSheet(at.sheet)}!${a1(at.row, at.col)}`;
}

/** Splits "Sheet1!A1:B2, 'a,b'!C3" at the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** "Sheet1!A1:B2" → { sheet: "Sheet1", range }; the sheet is "" when the address has none. Null when malformed. */
export function parseQualified(address: string): { sheet: string; range: CellRange } | null {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const range = parseRangeA1(address.slice(bang + 1).replace(/\$/g, ""));
  return range ? { sheet, range } : null;
}

/** Every rectangle of a RangeAreas address, sheet names dropped; malformed parts are skipped. */
export function parseAreas(address: string): CellRange[] {
  return splitAreas(address)
    .map(parseQualified)
    .filter((p): p is { sheet: string; range: CellRange } => p !== null)
    .map((p) => p.range);
}

/** Excel refuses range references longer than 255 characters, so many cells go in several getRanges calls. */
export const MAX_AREAS_ADDRESS = 255;

/** Joins cell addresses ("A1", "C3") into "A1,C3,…" lists each at most `limit` characters long. */
export function areaLists(cells: string[], limit = MAX_AREAS_ADDRESS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const cell of cells) {
    if (current === "") current = cell;
    else if (current.length + 1 + cell.length <= limit) current += "," + cell;
    else {
      lists.push(current);
      current = cell;
    }
  }
  if (current !== "") lists.push(current);
  return lists;
}
