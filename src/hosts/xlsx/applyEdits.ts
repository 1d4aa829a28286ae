import type ExcelJS from "exceljs";
import { FILL_NOTE_PREFIX, type Edit } from "../../engine";
import { addMarkRules, removeOwnMarkRules, type SheetMarks } from "./markRules";

export interface SkippedEdit {
  edit: Edit;
  reason: "no-sheet" | "bad-address";
}

export interface ApplyResult {
  applied: number;
  skipped: SkippedEdit[];
}

/**
 * exceljs shares one style object among all cells read with the same style id, so a cell's style is replaced by a copy
 * before it changes; otherwise a number format would spread to every cell that looked the same.
 */
function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  change(style);
  cell.style = style;
}

/** A note's plain text, rich or not (exceljs gives a string, or { texts: [{ text }] }). */
export function noteText(note: unknown): string | null {
  if (typeof note === "string") return note;
  if (!note || typeof note !== "object") return null;
  const texts = (note as { texts?: unknown }).texts;
  if (!Array.isArray(texts)) return null;
  return texts.map((run) => (run && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
}

/** What a cell's note becomes with ours: ours alone, or the user's note kept whole with ours below it. */
export function withOurNote(existing: string | null, ours: string): string {
  if (existing === null || existing.trim() === "") return ours;
  if (existing === ours || existing.endsWith(`\n\n${ours}`)) return existing;
  return `${existing}\n\n${ours}`;
}

function applyOne(wb: ExcelJS.Workbook, edit: Edit, marks: Map<string, SheetMarks>): SkippedEdit["reason"] | null {
  const ws = wb.getWorksheet(edit.at.sheet);
  if (!ws) return "no-sheet";
  const { row, col } = edit.at;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= 1_048_576 || col >= 16_384) return "bad-address";
  switch (edit.kind) {
    case "mark": {
      const sheet = marks.get(ws.name) ?? new Map();
      marks.set(ws.name, sheet);
      sheet.set(edit.severity, [...(sheet.get(edit.severity) ?? []), { row, col }]);
      return null;
    }
    case "note": {
      const cell = ws.getCell(row + 1, col + 1);
      const note: unknown = cell.note;
      const existing = noteText(note);
      // The arithmetic of a fill goes only where the cell has no note: it is never added below a user's.
      if (edit.text.startsWith(FILL_NOTE_PREFIX) && existing !== null && existing.trim() !== "") return null;
      const next = withOurNote(existing, edit.text);
      if (next === existing) return null;
      // A rich note keeps its runs and formatting; ours is one more run below.
      const rich = note && typeof note === "object" && Array.isArray((note as ExcelJS.Comment).texts) ? (note as ExcelJS.Comment) : null;
      const below = existing && next.startsWith(existing) ? next.slice(existing.length) : null;
      cell.note = rich && below ? { ...rich, texts: [...(rich.texts ?? []), { text: below }] } : next;
      return null;
    }
    case "value": {
      const cell = ws.getCell(row + 1, col + 1);
      cell.value = edit.formula ? { formula: edit.formula.replace(/^=/, ""), result: edit.value ?? undefined } : edit.value;
      if (edit.numberFormat) restyle(cell, (s) => (s.numFmt = edit.numberFormat));
      return null;
    }
  }
}

/**
 * Applies host-neutral edits to a loaded workbook: values in order; 校验's notes added below any note the cell has (never
 * replacing it), the arithmetic of a fill only on a cell with no note; marks as one conditional-format rule per sheet and
 * severity (or "filled"), replacing 校验's rules the workbook already has (as a second 校验 does) — and our filled marks
 * too with `replaceAll` (the edits then carry every mark the copy keeps) — never touching a cell's own fill. Edits that
 * name a missing sheet are skipped.
 */
export function applyEdits(wb: ExcelJS.Workbook, edits: readonly Edit[], replaceAll = false): ApplyResult {
  const skipped: SkippedEdit[] = [];
  const marks = new Map<string, SheetMarks>();
  let applied = 0;
  for (const edit of edits) {
    const reason = applyOne(wb, edit, marks);
    if (reason) skipped.push({ edit, reason });
    else applied++;
  }
  removeOwnMarkRules(wb, replaceAll);
  for (const [sheet, bySeverity] of marks) addMarkRules(wb.getWorksheet(sheet)!, bySeverity);
  return { applied, skipped };
}
