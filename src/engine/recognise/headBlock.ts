/** The head of a form: its title (…自评表) and 项目名称 / 主管部门 / 实施单位 with their values. */
import type { SheetView } from "../grid/sheetView";
import { cellText, normalizeText } from "../grid/text";
import type { Slot } from "./types";
import type { Band } from "./bands";
import { headLabel, isTitle, type HeadField } from "./labels";
import { slotAt } from "./slot";

export interface HeadFound {
  title: string | null;
  titleRow: number | null;
  project: string;
  projectCell: Slot | null;
  department: string | null;
  implementer: string | null;
  /** Rows and columns the head's labels and values occupy. */
  rows: number[];
  cols: number[];
}

interface FieldHit {
  text: string;
  slot: Slot;
  labelCol: number;
}

/**
 * Searches rows [fromRow, toRow) of the band. Per field the row nearest the indicator header wins; within a row the
 * leftmost label (a form side by side on the right must not lend us its name).
 */
export function findHead(view: SheetView, fromRow: number, toRow: number, band: Band): HeadFound {
  const found: HeadFound = {
    title: null,
    titleRow: null,
    project: "",
    projectCell: null,
    department: null,
    implementer: null,
    rows: [],
    cols: [],
  };
  const hits: Partial<Record<HeadField, FieldHit>> = {};
  const origin = view.left;
  for (let row = Math.max(fromRow, view.top); row < toRow; row++) {
    const raw = view.values[row - view.top];
    if (!Array.isArray(raw)) continue;
    // Fields already labelled in this row, one bit each: a Set would make a new table at every clear().
    let seenInRow = 0;
    let titleInRow = false;
    const to = Math.min(band.right, origin + raw.length - 1);
    for (let col = Math.max(band.left, origin); col <= to; col++) {
      const v = raw[col - origin];
      if (typeof v !== "string" || v.length > 200) continue;
      if (!titleInRow && isTitle(v)) {
        found.title = normalizeText(v);
        found.titleRow = row;
        titleInRow = true;
        continue;
      }
      const label = headLabel(v);
      if (!label || (seenInRow & FIELD_BIT[label.field]) !== 0) continue;
      seenInRow |= FIELD_BIT[label.field];
      const hit =
        label.inlineValue !== ""
          ? { text: label.inlineValue, slot: slotAt(view, row, col), labelCol: col }
          : valueRightOf(view, row, col, band.right);
      if (hit) hits[label.field] = hit;
      else hits[label.field] = { text: "", slot: slotAt(view, row, nextColumn(view, row, col)), labelCol: col };
    }
  }
  if (hits.project) {
    found.project = hits.project.text;
    found.projectCell = hits.project.slot;
  }
  found.department = hits.department ? hits.department.text || null : null;
  found.implementer = hits.implementer ? hits.implementer.text || null : null;
  for (const hit of Object.values(hits)) {
    found.rows.push(hit.slot.row);
    found.cols.push(hit.labelCol, hit.slot.col);
  }
  if (found.titleRow !== null) found.rows.push(found.titleRow);
  return found;
}

const FIELD_BIT: Record<HeadField, number> = { project: 1, department: 2, implementer: 4 };

/** The first column right of the label's merged area. */
function nextColumn(view: SheetView, row: number, col: number): number {
  const m = view.merge(row, col);
  return (m && m.top <= row ? Math.max(m.right, col) : col) + 1;
}

/** The value written right of a label: the next non-blank cell, unless that cell is itself a head label. */
function valueRightOf(view: SheetView, row: number, labelCol: number, right: number): FieldHit | null {
  for (let col = nextColumn(view, row, labelCol); col <= right; col++) {
    if (view.anchorCol(row, col) !== col && col !== nextColumn(view, row, labelCol)) continue;
    if (view.blank(row, col)) continue;
    const text = cellText(view.value(row, col));
    if (headLabel(text) || isTitle(text)) return null;
    return { text: text.trim(), slot: slotAt(view, row, col), labelCol };
  }
  return null;
}
