import { isCellError, parseA1, type Before, type CellAt, type Edit, type SheetGrid, type WorkbookGrid } from "../../engine";
import { HostError, type PaneSettings } from "../../app/host";
import { NO_RECORDS, type OwnedSheet, type StoredRecords, type SyncSpreadsheet } from "./spreadsheet";

const keyOf = (at: CellAt) => `${at.sheet}\u0000${at.row}\u0000${at.col}`;

function cloneSheet(s: SheetGrid): SheetGrid {
  return {
    ...s,
    values: s.values.map((r) => r.map((v) => (isCellError(v) ? { error: v.error } : v))),
    formulas: s.formulas?.map((r) => [...r]),
    numberFormats: s.numberFormats?.map((r) => [...r]),
    merges: s.merges?.map((m) => ({ ...m })),
  };
}

/**
 * A workbook held in memory: the grid plus each cell's fill colour and note. It is the browser workbench's model (what
 * it draws and what it downloads) and the test double of every synchronous host.
 */
export class MemorySpreadsheet implements SyncSpreadsheet {
  readonly kind = "browser" as const;
  readonly workbook: WorkbookGrid;
  /** Fill colours ("#RRGGBB") by cell; absent = as loaded (`originalFills` says what that was). */
  readonly fills = new Map<string, string | null>();
  readonly notes = new Map<string, string | null>();
  /** The sheet the user is looking at and the selected cell. */
  selection: { sheet: string; cell: string } | null = null;
  private records: StoredRecords = NO_RECORDS;
  private settings: PaneSettings | null = null;

  constructor(
    workbook: WorkbookGrid,
    /** Fills and notes the file had when loaded, by "sheet\0row\0col". */
    private readonly original: { fills?: Map<string, string | null>; notes?: Map<string, string | null> } = {},
  ) {
    this.workbook = { sheets: workbook.sheets.map(cloneSheet) };
  }

  static key = keyOf;

  private sheet(name: string): SheetGrid {
    const s = this.workbook.sheets.find((x) => x.name === name);
    if (!s) throw new HostError("workbook-changed", { zh: `找不到工作表“${name}”。`, en: `Sheet "${name}" is not there.` });
    return s;
  }

  fillAt(at: CellAt): string | null {
    const k = keyOf(at);
    return this.fills.has(k) ? this.fills.get(k)! : this.original.fills?.get(k) ?? null;
  }

  noteAt(at: CellAt): string | null {
    const k = keyOf(at);
    return this.notes.has(k) ? this.notes.get(k)! : this.original.notes?.get(k) ?? null;
  }

  readGrid(): WorkbookGrid {
    return { sheets: this.workbook.sheets.map(cloneSheet) };
  }

  readBefore(edits: Edit[]): Before[] {
    return edits.map((e): Before => {
      if (e.kind === "fill") return { kind: "fill", color: this.fillAt(e.at) };
      if (e.kind === "note") return { kind: "note", text: this.noteAt(e.at) };
      const s = this.sheet(e.at.sheet);
      const i = e.at.row - s.originRow;
      const j = e.at.col - s.originCol;
      return { kind: "value", value: s.values[i]?.[j] ?? null, formula: s.formulas?.[i]?.[j] ?? null, numberFormat: s.numberFormats?.[i]?.[j] ?? null };
    });
  }

  apply(edits: Edit[]): void {
    for (const e of edits) this.sheet(e.at.sheet);
    for (const e of edits) {
      if (e.kind === "fill") this.fills.set(keyOf(e.at), e.color);
      else if (e.kind === "note") this.notes.set(keyOf(e.at), e.text);
      else this.setValue(e);
    }
  }

  private setValue(e: Extract<Edit, { kind: "value" }>): void {
    const s = this.sheet(e.at.sheet);
    // Grow the used area to cover the cell (a fill may land just outside what was loaded).
    if (e.at.row < s.originRow || e.at.col < s.originCol) throw new HostError("failed", { zh: "写入位置超出工作表。", en: "Write outside the sheet." });
    const i = e.at.row - s.originRow;
    const j = e.at.col - s.originCol;
    while (s.values.length <= i) s.values.push([]);
    const grow = <T>(rows: T[][] | undefined, value: T) => {
      if (!rows) return;
      while (rows.length <= i) rows.push([]);
      while (rows[i].length <= j) rows[i].push(null as T);
      rows[i][j] = value;
    };
    while (s.values[i].length <= j) s.values[i].push(null);
    s.values[i][j] = e.value;
    if (e.formula || s.formulas) {
      s.formulas ??= s.values.map((r) => r.map(() => null));
      grow(s.formulas, e.formula ?? null);
    }
    if (e.numberFormat) {
      s.numberFormats ??= s.values.map((r) => r.map(() => null));
      grow(s.numberFormats, e.numberFormat === "General" ? null : e.numberFormat);
    }
  }

  loadRecords(): StoredRecords {
    return this.records;
  }

  saveRecords(records: StoredRecords): void {
    this.records = records;
  }

  select(sheet: string, cell: string): void {
    this.sheet(sheet);
    if (!parseA1(cell)) throw new HostError("failed", { zh: `单元格地址“${cell}”无效。`, en: `"${cell}" is not a cell address.` });
    this.selection = { sheet, cell };
  }

  writeSheet(name: string, content: OwnedSheet, replace: boolean): string {
    const taken = new Set(this.workbook.sheets.map((s) => s.name));
    let finalName = name;
    if (replace) this.workbook.sheets = this.workbook.sheets.filter((s) => s.name !== name);
    else for (let n = 2; taken.has(finalName); n++) finalName = `${name} (${n})`;
    this.workbook.sheets.push({ name: finalName, originRow: 0, originCol: 0, values: content.values.map((r) => [...r]), numberFormats: content.numberFormats, merges: content.merges });
    return finalName;
  }

  loadSettings(): PaneSettings | null {
    return this.settings && { ...this.settings, mark: [...this.settings.mark] };
  }

  saveSettings(settings: PaneSettings): void {
    this.settings = { ...settings, mark: [...settings.mark] };
  }
}
