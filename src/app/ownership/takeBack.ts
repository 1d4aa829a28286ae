import { cellKey } from "../../engine";
import { a1, isCellError, type CellAt, type CellValue, type Edit, type SheetGrid, type WorkbookGrid } from "../../engine";
import { FILL_NOTE_PREFIX, NOTE_PREFIX } from "../../engine";
import type { NotePurpose, SheetRef, WrittenNote, WrittenValue } from "./record";
import { rowKey } from "./rowKey";
import { isRestorableFormula } from "./safeFormula";
import { resolveSheets } from "./sheets";

/** A cell the add-in did not take back, and why. Listed in the pane ("已被修改，未恢复") and counted in the outcome. */
export interface LeftAlone {
  sheet: string;
  cell: string;
  what: "value" | "note";
  /**
   * changed: the cell no longer holds what we wrote; unrecorded: a note with our prefix whose text the record does not
   * hold (edited since, or written into a copy that carries no record); sheet-missing: kept in the record; unsafe: the record points at a
   * cell that is no score cell now, or asks for a formula we will not write.
   */
  reason: "changed" | "unrecorded" | "sheet-missing" | "unsafe";
}

export interface ValueTakeBack {
  /** Value edits that put back what the cells held, at the cells' current places. */
  restore: Edit[];
  /** Entries still owed: their sheet is missing now. */
  keep: WrittenValue[];
  leftAlone: LeftAlone[];
  /** Cells taken back, including those already holding their old content. */
  restored: number;
}

interface CellNow {
  value: CellValue;
  formula: string | null;
}

function cellOf(sheet: SheetGrid, row: number, col: number): CellNow {
  const i = row - sheet.originRow;
  const j = col - sheet.originCol;
  return { value: sheet.values[i]?.[j] ?? null, formula: sheet.formulas?.[i]?.[j] ?? null };
}

const asNumber = (v: CellValue) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : NaN);

/** Whether a cell still holds exactly the number we wrote (a Text-formatted cell may hold it as text). */
export function holdsWritten(cell: CellNow, wrote: number): boolean {
  if (cell.formula) return false;
  const n = asNumber(cell.value);
  return Number.isFinite(n) && Math.abs(n - wrote) <= 1e-9 * Math.max(1, Math.abs(wrote));
}

function holdsBefore(cell: CellNow, before: WrittenValue["before"]): boolean {
  if (before.formula) return cell.formula === before.formula;
  if (cell.formula) return false;
  const now = isCellError(cell.value) ? cell.value.error : cell.value;
  return now === before.value || (now === "" && before.value === null) || (now === null && before.value === "");
}

/** Rows of a sheet by fingerprint for one column, built once per column asked. */
function rowIndex(sheet: SheetGrid) {
  const byCol = new Map<number, Map<string, number[]>>();
  return (col: number, key: string): number[] => {
    let index = byCol.get(col);
    if (!index) {
      index = new Map();
      for (let i = 0; i < sheet.values.length; i++) {
        const row = sheet.originRow + i;
        const k = rowKey(sheet, row, col);
        index.set(k, [...(index.get(k) ?? []), row]);
      }
      byCol.set(col, index);
    }
    return index.get(key) ?? [];
  };
}

/**
 * Decides what 撤销填充 may put back. A written score is taken back only where a cell still holds exactly what we wrote,
 * in the row it was written in (same fingerprint) — or, when rows were inserted or sorted since, in the one row that now
 * carries that fingerprint and that value — and only in a score cell of a form recognised now (`writable`, see
 * scoreCells). Anything else is left alone and reported.
 */
export function takeBackValues(
  entries: WrittenValue[],
  recordSheets: SheetRef[],
  grid: WorkbookGrid,
  now: SheetRef[],
  writable: (at: CellAt) => boolean,
): ValueTakeBack {
  const names = resolveSheets(recordSheets, now);
  const grids = new Map(grid.sheets.map((s) => [s.name, s]));
  const indexes = new Map<string, ReturnType<typeof rowIndex>>();
  const out: ValueTakeBack = { restore: [], keep: [], leftAlone: [], restored: 0 };
  const used = new Set<string>();

  for (const entry of entries) {
    const name = names.get(entry.sheetId);
    const sheet = name === undefined ? undefined : grids.get(name);
    const recordedName = recordSheets.find((s) => s.id === entry.sheetId)?.name ?? "";
    if (name === undefined || !sheet) {
      out.keep.push(entry);
      out.leftAlone.push({ sheet: recordedName, cell: a1(entry.row, entry.col), what: "value", reason: "sheet-missing" });
      continue;
    }
    const leave = (reason: LeftAlone["reason"], row = entry.row) =>
      out.leftAlone.push({ sheet: name, cell: a1(row, entry.col), what: "value", reason });
    const here = cellOf(sheet, entry.row, entry.col);
    const inPlace = rowKey(sheet, entry.row, entry.col) === entry.rowKey;
    let row: number | null = null;
    if (inPlace && holdsWritten(here, entry.wrote.value)) row = entry.row;
    else if (inPlace && holdsBefore(here, entry.before)) {
      out.restored++;
      continue;
    } else {
      if (!indexes.has(name)) indexes.set(name, rowIndex(sheet));
      const moved = indexes.get(name)!(entry.col, entry.rowKey).filter((r) => holdsWritten(cellOf(sheet, r, entry.col), entry.wrote.value));
      if (moved.length === 1) row = moved[0];
    }
    if (row === null || used.has(cellKey({ sheet: name, row, col: entry.col }))) {
      leave("changed");
      continue;
    }
    if (!writable({ sheet: name, row, col: entry.col }) || (entry.before.formula !== null && !isRestorableFormula(entry.before.formula))) {
      leave("unsafe", row);
      continue;
    }
    used.add(cellKey({ sheet: name, row, col: entry.col }));
    out.restored++;
    const at: CellAt = { sheet: name, row, col: entry.col };
    out.restore.push({
      kind: "value",
      at,
      value: entry.before.value,
      ...(entry.before.formula !== null ? { formula: entry.before.formula } : {}),
      ...(entry.wrote.numberFormat !== null ? { numberFormat: entry.before.numberFormat ?? "General" } : {}),
    });
  }
  return out;
}

/** A note as it is in the workbook now. */
export interface NoteNow {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

export interface NoteTakeBack {
  /** Notes to delete: exactly the text we wrote, wherever they are now. */
  remove: CellAt[];
  /** Notes that start with our prefix but are not what we wrote (edited by someone, or not in the record). */
  leftAlone: LeftAlone[];
}

const PREFIXES: Record<NotePurpose, string> = { check: NOTE_PREFIX, fill: FILL_NOTE_PREFIX };

/**
 * Decides which notes of one purpose are taken back — 校验's by 清除标记 or a new 校验, 填充得分's by 撤销填充: only
 * those whose whole text is one we recorded writing for that purpose. Notes of the other purpose are not looked at.
 */
export function takeBackNotes(recorded: WrittenNote[], notes: NoteNow[], purpose: NotePurpose = "check"): NoteTakeBack {
  const owed = new Map<string, number>();
  for (const n of recorded) if (n.purpose === purpose) owed.set(n.text, (owed.get(n.text) ?? 0) + 1);
  const out: NoteTakeBack = { remove: [], leftAlone: [] };
  for (const n of notes) {
    if (!n.text.startsWith(PREFIXES[purpose])) continue;
    const left = owed.get(n.text) ?? 0;
    if (left > 0) {
      owed.set(n.text, left - 1);
      out.remove.push({ sheet: n.sheet, row: n.row, col: n.col });
    } else out.leftAlone.push({ sheet: n.sheet, cell: a1(n.row, n.col), what: "note", reason: "unrecorded" });
  }
  return out;
}
