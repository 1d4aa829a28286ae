import { a1, FILL_NOTE_PREFIX, NOTE_PREFIX, parseA1, type CellAt } from "../../engine";
import type { NoteNow } from "../../app/ownership/takeBack";
import { wpsError } from "./errors";
import type { EtWorksheet } from "./etTypes";

/**
 * A comment's text as the add-in wrote it. Some builds may put an author line ("Administrator:") above the text given
 * to AddComment; a comment that is exactly such a line over text of ours reads as that text.
 */
export function commentText(raw: unknown): string {
  const text = typeof raw === "string" ? raw : "";
  const ours = (t: string) => t.startsWith(NOTE_PREFIX) || t.startsWith(FILL_NOTE_PREFIX);
  if (ours(text)) return text;
  const m = /^[^\n:：]{1,64}[:：]\r?\n/.exec(text);
  return m && ours(text.slice(m[0].length)) ? text.slice(m[0].length) : text;
}

/** Every comment of a sheet, with its cell (4 calls per comment). */
export function readComments(ws: EtWorksheet, sheet: string): NoteNow[] {
  const comments = ws.Comments;
  const out: NoteNow[] = [];
  for (let i = 1, n = comments.Count; i <= n; i++) {
    const comment = comments.Item(i);
    const text = commentText(comment.Text());
    const at = parseA1(String(comment.Parent.Address(false, false)));
    if (at) out.push({ sheet, row: at.row, col: at.col, text });
  }
  return out;
}

/** The cells of a sheet that hold a comment, as "row,col" (3 calls per comment: cheap once our own are gone). */
function commentedCells(ws: EtWorksheet): Set<string> {
  const comments = ws.Comments;
  const out = new Set<string>();
  for (let i = 1, n = comments.Count; i <= n; i++) {
    const at = parseA1(String(comments.Item(i).Parent.Address(false, false)));
    if (at) out.add(`${at.row},${at.col}`);
  }
  return out;
}

/** Refuses, before anything is written, to add a comment where one is: AddComment may replace it without a word. */
export function checkNoComments(ws: EtWorksheet, sheet: string, cells: CellAt[]): void {
  if (cells.length === 0) return;
  const commented = commentedCells(ws);
  const taken = cells.filter((at) => commented.has(`${at.row},${at.col}`));
  if (taken.length > 0) {
    const list = taken.map((at) => a1(at.row, at.col)).join("、");
    throw wpsError("failed", {
      zh: `（${sheet}!${list} 已有批注，未添加）`,
      en: `(${sheet}!${list} already has a comment; none was added.)`,
    });
  }
}

/** Adds our notes, one call per cell (the object model has no bulk call for comments). */
export function addComments(ws: EtWorksheet, notes: { at: CellAt; text: string }[]): void {
  for (const n of notes) ws.Range(a1(n.at.row, n.at.col)).AddComment(n.text);
}

/** Deletes the comments on exactly these cells, one cell at a time. */
export function removeComments(ws: EtWorksheet, cells: CellAt[]): void {
  for (const at of cells) ws.Range(a1(at.row, at.col)).ClearComments();
}
