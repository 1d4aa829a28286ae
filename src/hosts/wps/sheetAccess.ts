import type { Edit } from "../../engine";
import { wpsError } from "./errors";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./etTypes";
import { RECORDS_SHEET } from "./ownNames";

/** The active workbook, or a HostError saying none is open. */
export function activeWorkbook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw wpsError("unreadable");
  return book;
}

/** Every worksheet by name, in tab order. */
export function worksheetsByName(book: EtWorkbook): Map<string, EtWorksheet> {
  const sheets = book.Worksheets;
  const out = new Map<string, EtWorksheet>();
  for (let i = 1, n = sheets.Count; i <= n; i++) {
    const ws = sheets.Item(i);
    out.set(ws.Name, ws);
  }
  return out;
}

/** The user's worksheets by name, in tab order: every worksheet but the add-in's record sheet (hidden ones too). */
export function userWorksheets(book: EtWorkbook): Map<string, EtWorksheet> {
  const out = worksheetsByName(book);
  out.delete(RECORDS_SHEET);
  return out;
}

/** The worksheet of that name, or null (`Item(name)` throws for a missing one). */
export function worksheetNamed(book: EtWorkbook, name: string): EtWorksheet | null {
  try {
    const ws = book.Worksheets.Item(name);
    return ws ? ws : null;
  } catch {
    return null;
  }
}

/** The sheets the edits touch; refuses, before anything is written, a missing sheet or a protected one. */
export function writableSheets(book: EtWorkbook, edits: Edit[]): Map<string, EtWorksheet> {
  const names = [...new Set(edits.map((e) => e.at.sheet))];
  const found = names.map((n) => [n, worksheetNamed(book, n)] as const);
  const missing = found.filter(([, ws]) => !ws).map(([n]) => n);
  if (missing.length)
    throw wpsError("workbook-changed", { zh: `（找不到工作表：${missing.join("、")}）`, en: `(Missing sheet: ${missing.join(", ")})` });
  const out = new Map(found.map(([n, ws]) => [n, ws!]));
  const locked = names.filter((n) => out.get(n)!.ProtectContents);
  if (locked.length) throw wpsError("protected", { zh: `（${locked.join("、")}）`, en: `(${locked.join(", ")})` });
  return out;
}

/** Runs `work` with WPS's confirmation dialogs off (Worksheet.Delete asks otherwise), restoring them even when it throws. */
export function withAlertsOff<T>(app: EtApplication, work: () => T): T {
  const was = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    return work();
  } finally {
    app.DisplayAlerts = was;
  }
}

/** Runs `work` (which may add or hide sheets) and brings the user back to the sheet they were on. */
export function keepingActiveSheet<T>(book: EtWorkbook, work: () => T): T {
  const active = book.ActiveSheet;
  try {
    return work();
  } finally {
    try {
      active?.Activate();
    } catch {
      // The sheet the user was on is gone or cannot be activated: WPS has already chosen another.
    }
  }
}

/** Runs `work` with screen updating off, restoring what it was even when `work` throws. */
export function withScreenFrozen<T>(app: EtApplication, work: () => T): T {
  const was = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    return work();
  } finally {
    app.ScreenUpdating = was;
  }
}
