import type ExcelJS from "exceljs";
import type { Edit } from "../../engine";

export interface SkippedEdit {
  edit: Edit;
  reason: "no-sheet" | "bad-address" | "bad-color";
}

export interface ApplyResult {
  applied: number;
  skipped: SkippedEdit[];
}

/** "#FFC7CE" → "FFFFC7CE" (exceljs wants ARGB); null when the text is not a #RRGGBB colour. */
export function argbOf(color: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

/**
 * exceljs shares one style object among all cells read with the same style id, so a cell's style is replaced by a copy
 * before it changes; otherwise a fill would spread to every cell that looked the same.
 */
function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  change(style);
  cell.style = style;
}

/**
 * exceljs has no public way to delete a note (`cell.note = undefined` writes an empty one). It keeps a note in the cell's
 * `_comment` and, once the cell's model has been read, a copy in its value's model: both go.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model) delete inner._value.model.comment;
}

function applyOne(wb: ExcelJS.Workbook, edit: Edit): SkippedEdit["reason"] | null {
  const ws = wb.getWorksheet(edit.at.sheet);
  if (!ws) return "no-sheet";
  const { row, col } = edit.at;
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= 1_048_576 || col >= 16_384) return "bad-address";
  const cell = ws.getCell(row + 1, col + 1);
  switch (edit.kind) {
    case "fill": {
      if (edit.color === null) {
        restyle(cell, (s) => delete s.fill);
        return null;
      }
      const argb = argbOf(edit.color);
      if (!argb) return "bad-color";
      restyle(cell, (s) => (s.fill = { type: "pattern", pattern: "solid", fgColor: { argb } }));
      return null;
    }
    case "note":
      if (edit.text === null) removeNote(cell);
      else {
        cell.note = edit.text;
      }
      return null;
    case "value":
      cell.value = edit.formula ? { formula: edit.formula.replace(/^=/, ""), result: edit.value ?? undefined } : edit.value;
      if (edit.numberFormat) restyle(cell, (s) => (s.numFmt = edit.numberFormat));
      return null;
  }
}

/** Applies host-neutral edits to a loaded workbook, in order. Edits that name a missing sheet are skipped, not fatal. */
export function applyEdits(wb: ExcelJS.Workbook, edits: readonly Edit[]): ApplyResult {
  const skipped: SkippedEdit[] = [];
  let applied = 0;
  for (const edit of edits) {
    const reason = applyOne(wb, edit);
    if (reason) skipped.push({ edit, reason });
    else applied++;
  }
  return { applied, skipped };
}
