import { checkWorkbook, parseA1, type CellAt, type Edit, type LocalText, type MarkKind, type WorkbookGrid } from "../../engine";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../app/host";
import type { NotePurpose, SheetRef } from "../../app/ownership/record";
import { sessionSemantics, type HostSemantics } from "../../app/selfTest/semantics";
import { decodeRecord } from "../../app/ownership/recordCodec";
import type { NoteNow } from "../../app/ownership/takeBack";
import type { OwnedSheet, SyncSpreadsheet } from "../../app/session/syncSpreadsheet";
import { settingsFrom } from "../common/settings";
import { addComments, checkNoComments, readComments, removeComments } from "./comments";
import { guarded, wpsError } from "./errors";
import type { EtApplication, EtWorkbook } from "./etTypes";
import { addMarkRules, countMarkCells, removeMarkRules, type MultiAreaRules } from "./markRules";
import { newReadContext, readSheets, tooLargeNotice, type SkippedSheet } from "./readSheet";
import { readRecordSheet, writeRecordSheet } from "./recordSheet";
import { activeWorkbook, userWorksheets, withScreenFrozen, worksheetNamed, worksheetsByName, writableSheets } from "./sheetAccess";
import { readIdentities, removeIdentities, sheetRefsOf, syncIdentities } from "./sheetIdentity";
import { writeContent, writeOwnedSheet } from "./writeOwnedSheet";
import { writeValues, type ValueEdit } from "./writeValues";

/** Where the pane's settings live between sessions (the entry passes localStorage; PluginStorage is not persisted). */
export interface TextStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const SETTINGS_KEY = "selfeval.settings";

function memoryStore(): TextStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** Groups items by their cell's sheet, keeping their order within each sheet. */
function bySheet<T>(items: T[], sheetOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(sheetOf(item), [...(out.get(sheetOf(item)) ?? []), item]);
  return out;
}

/** Whether a sheet read without its formats and merged areas may still hold a form (those are read only where it may). */
const mayHoldForms = (sheet: WorkbookGrid["sheets"][number]) => checkWorkbook({ sheets: [sheet] }).forms.length > 0;

/**
 * WPS表格 (ET) as a SyncSpreadsheet: the only code that touches `window.Application`. Every call reads the active
 * workbook afresh, reads and writes in bulk, and throws HostError with zh/en text. It decides nothing about ownership:
 * it writes what it is told, removes only rules carrying our tag, and keeps the record in a sheet that carries our marker.
 */
export class EtSpreadsheet implements SyncSpreadsheet {
  readonly kind = "wps" as const;
  private readonly reads: ReturnType<typeof newReadContext>;
  /** The sheets the last readGrid left out as too large. */
  private skipped: SkippedSheet[] = [];
  private readonly multiArea: MultiAreaRules = { state: "unknown" };
  /** Ids given out for sheets no record refers to yet, by sheet name; named in the workbook when a record first does. */
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly app: EtApplication,
    private readonly settingsStore: TextStore = memoryStore(),
    /** What 自检 found about this WPS (the session's answers unless a test hands in its own). */
    semantics: () => HostSemantics = () => sessionSemantics.current,
  ) {
    this.reads = newReadContext(() => semantics().xmlSpreadsheet);
  }

  private book(): EtWorkbook {
    return activeWorkbook(this.app);
  }

  readGrid(): WorkbookGrid {
    return guarded(() => {
      const { grids, skipped } = readSheets([...userWorksheets(this.book())], this.reads, mayHoldForms);
      this.skipped = skipped;
      return { sheets: grids };
    });
  }

  readNotices(): { sheet: string; messages: LocalText }[] {
    return this.skipped.map((s) => ({ sheet: s.name, messages: tooLargeNotice(s) }));
  }

  sheetRefs(): SheetRef[] {
    return guarded(() => {
      const book = this.book();
      return sheetRefsOf([...userWorksheets(book).keys()], readIdentities(book), this.pending);
    });
  }

  readNotes(): NoteNow[] {
    return guarded(() => [...userWorksheets(this.book())].flatMap(([name, ws]) => readComments(ws, name)));
  }

  apply(edits: Edit[]): void {
    if (edits.length === 0) return;
    guarded(() => {
      const book = this.book();
      // Everything that can refuse is asked before the first write: the sheets, their protection, the noted cells.
      const sheets = writableSheets(book, edits);
      const groups = bySheet(edits, (e) => e.at.sheet);
      for (const [name, list] of groups)
        checkNoComments(
          sheets.get(name)!,
          name,
          list.filter((e) => e.kind === "note").map((e) => e.at),
        );
      withScreenFrozen(this.app, () => {
        for (const [name, list] of groups) {
          const ws = sheets.get(name)!;
          writeValues(
            ws,
            list.filter((e): e is ValueEdit => e.kind === "value"),
          );
          const marks = new Map<MarkKind, CellAt[]>();
          for (const e of list) if (e.kind === "mark") marks.set(e.severity, [...(marks.get(e.severity) ?? []), e.at]);
          for (const [severity, cells] of marks) addMarkRules(ws, severity, cells, this.multiArea);
          addComments(
            ws,
            list.flatMap((e) => (e.kind === "note" ? [{ at: e.at, text: e.text }] : [])),
          );
        }
      });
    });
  }

  removeMarks(purpose: NotePurpose = "check"): number {
    return guarded(() =>
      withScreenFrozen(this.app, () => [...userWorksheets(this.book()).values()].reduce((n, ws) => n + removeMarkRules(ws, purpose), 0)),
    );
  }

  countMarks(purpose: NotePurpose = "check"): number {
    return guarded(() => [...userWorksheets(this.book()).values()].reduce((n, ws) => n + countMarkCells(ws, purpose), 0));
  }

  removeNotes(cells: CellAt[]): void {
    if (cells.length === 0) return;
    guarded(() => {
      const book = this.book();
      for (const [name, list] of bySheet(cells, (c) => c.sheet)) {
        const ws = worksheetNamed(book, name);
        if (!ws) throw wpsError("workbook-changed", { zh: `（找不到工作表：${name}）`, en: `(Missing sheet: ${name})` });
        removeComments(ws, list);
      }
    });
  }

  readRecordText(): string | null {
    return guarded(() => readRecordSheet(this.book()));
  }

  /**
   * Stores the record's text (null: removes the record sheet), and the names of the sheets it refers to: a name for each
   * sheet it newly refers to, none for a sheet it no longer does (none at all without a record).
   */
  writeRecordText(text: string | null): void {
    guarded(() => {
      const book = this.book();
      withScreenFrozen(this.app, () => {
        if (text === null) {
          writeRecordSheet(this.app, book, null);
          removeIdentities(book);
          return;
        }
        writeRecordSheet(this.app, book, text);
        const read = decodeRecord(text);
        if (read.status === "ok") syncIdentities(book, read.record.sheets, this.pending, new Set(userWorksheets(book).keys()));
      });
    });
  }

  select(sheet: string, cell: string): void {
    guarded(() => {
      const ws = worksheetNamed(this.book(), sheet);
      if (!ws) throw wpsError("workbook-changed", { zh: `（找不到工作表：${sheet}）`, en: `(Missing sheet: ${sheet})` });
      if (!parseA1(cell)) throw wpsError("failed", { zh: `（单元格地址“${cell}”无效）`, en: `("${cell}" is not a cell address)` });
      ws.Activate();
      ws.Range(cell).Select();
    });
  }

  writeSheet(name: string, content: OwnedSheet, replace: boolean): string {
    return guarded(() => {
      const book = this.book();
      return withScreenFrozen(this.app, () => writeOwnedSheet(book, worksheetsByName(book), name, content, replace));
    });
  }

  /**
   * A new workbook from `Workbooks.Add()`, written through the object it returns — never through ActiveWorkbook, which
   * may still be the user's workbook — then brought to the front.
   */
  openWorkbookWith(name: string, content: OwnedSheet): void {
    guarded(() => {
      const book = this.app.Workbooks.Add();
      const ws = book.Worksheets.Item(1);
      withScreenFrozen(this.app, () => {
        ws.Name = name;
        writeContent(ws, content);
      });
      book.Activate();
      ws.Activate();
    });
  }

  loadSettings(): PaneSettings | null {
    const text = this.settingsStore.getItem(SETTINGS_KEY);
    if (text === null) return null;
    try {
      return settingsFrom(JSON.parse(text));
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }

  saveSettings(settings: PaneSettings): void {
    this.settingsStore.setItem(SETTINGS_KEY, JSON.stringify(settingsFrom(settings)));
  }
}
