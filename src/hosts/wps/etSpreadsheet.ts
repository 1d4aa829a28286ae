import { parseA1, type Before, type Edit, type WorkbookGrid } from "../../engine";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../app/host";
import type { OwnedSheet, StoredRecords, SyncSpreadsheet } from "../../app/session/syncSpreadsheet";
import { settingsFrom } from "../common/settings";
import { guarded, wpsError } from "./errors";
import type { EtApplication } from "./etTypes";
import { readSheet, type XmlSupport } from "./readSheet";
import { readSheetBefore } from "./readBefore";
import { ensureRecordSheet, loadRecordSheet, RECORDS_SHEET, saveRecordSheet } from "./recordSheet";
import { activeWorkbook, withScreenFrozen, worksheetNamed, worksheetsByName, writableSheets } from "./sheetAccess";
import { writeOwnedSheet } from "./writeOwnedSheet";
import { writeSheetEdits } from "./writeEdits";

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

/** Groups edits by sheet, keeping their order within each sheet. */
function bySheet(edits: Edit[]): Map<string, Edit[]> {
  const out = new Map<string, Edit[]>();
  for (const e of edits) out.set(e.at.sheet, [...(out.get(e.at.sheet) ?? []), e]);
  return out;
}

/**
 * WPS表格 (ET) as a SyncSpreadsheet: the only code that touches `window.Application`. Every call reads the active
 * workbook afresh, reads and writes in bulk, and throws HostError with zh/en text.
 */
export class EtSpreadsheet implements SyncSpreadsheet {
  readonly kind = "wps" as const;
  private readonly xml: XmlSupport = { state: "unknown" };

  constructor(
    private readonly app: EtApplication,
    private readonly settingsStore: TextStore = memoryStore(),
  ) {}

  readGrid(): WorkbookGrid {
    return guarded(() => {
      const book = activeWorkbook(this.app);
      const sheets = [...worksheetsByName(book)].filter(([name]) => name !== RECORDS_SHEET);
      return { sheets: sheets.map(([name, ws]) => readSheet(ws, name, this.xml)) };
    });
  }

  readBefore(edits: Edit[]): Before[] {
    return guarded(() => {
      const book = activeWorkbook(this.app);
      const out = new Map<Edit, Before>();
      for (const [name, list] of bySheet(edits)) {
        const ws = worksheetNamed(book, name);
        if (!ws) throw wpsError("workbook-changed", { zh: `（找不到工作表：${name}）`, en: `(Missing sheet: ${name})` });
        readSheetBefore(ws, list).forEach((b, i) => out.set(list[i], b));
      }
      return edits.map((e) => out.get(e)!);
    });
  }

  apply(edits: Edit[]): void {
    if (edits.length === 0) return;
    guarded(() => {
      const book = activeWorkbook(this.app);
      // Everything that can refuse is asked before the first write: the sheets, and where the record will go.
      const sheets = writableSheets(book, edits);
      ensureRecordSheet(book);
      withScreenFrozen(this.app, () => {
        for (const [name, list] of bySheet(edits)) writeSheetEdits(sheets.get(name)!, list);
      });
    });
  }

  loadRecords(): StoredRecords {
    return guarded(() => loadRecordSheet(activeWorkbook(this.app)));
  }

  saveRecords(records: StoredRecords): void {
    guarded(() => withScreenFrozen(this.app, () => saveRecordSheet(activeWorkbook(this.app), records)));
  }

  select(sheet: string, cell: string): void {
    guarded(() => {
      const ws = worksheetNamed(activeWorkbook(this.app), sheet);
      if (!ws) throw wpsError("workbook-changed", { zh: `（找不到工作表：${sheet}）`, en: `(Missing sheet: ${sheet})` });
      if (!parseA1(cell)) throw wpsError("failed", { zh: `（单元格地址“${cell}”无效）`, en: `("${cell}" is not a cell address)` });
      ws.Activate();
      ws.Range(cell).Select();
    });
  }

  writeSheet(name: string, content: OwnedSheet, replace: boolean): string {
    return guarded(() => {
      const book = activeWorkbook(this.app);
      return withScreenFrozen(this.app, () => writeOwnedSheet(book, worksheetsByName(book), name, content, replace));
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
