import { cellKey } from "../../engine";
import {
  isCellError,
  parseA1,
  type CellAt,
  type CellValue,
  type Edit,
  type MarkKind,
  type SheetGrid,
  type WorkbookGrid,
} from "../../engine";
import { HostError, type PaneSettings } from "../../app/host";
import type { NotePurpose, SheetRef } from "../../app/ownership/record";
import type { NoteNow } from "../../app/ownership/takeBack";
import type { OwnedSheet, SyncSpreadsheet } from "../../app/session/syncSpreadsheet";

const keyOf = cellKey;
const rc = (row: number, col: number) => `${row},${col}`;
const parseRc = (k: string) => k.split(",").map(Number) as [number, number];

/** A mark rule: a conditional format of ours over some cells of one sheet (it never changes the cells' own fill). */
export interface MarkRule {
  severity: MarkKind;
  cells: Set<string>;
}

/** One sheet: its grid, a stable identity, and per cell (by "row,col") the user's own fill and the note. */
interface Sheet {
  id: string;
  grid: SheetGrid;
  colors: Map<string, string>;
  notes: Map<string, string>;
  marks: MarkRule[];
}

const ofPurpose = (m: MarkRule, purpose: NotePurpose) => (m.severity === "filled") === (purpose === "fill");

function cloneGrid(s: SheetGrid, name = s.name): SheetGrid {
  return {
    ...s,
    name,
    values: s.values.map((r) => r.map((v) => (isCellError(v) ? { error: v.error } : v))),
    formulas: s.formulas?.map((r) => [...r]),
    numberFormats: s.numberFormats?.map((r) => [...r]),
    merges: s.merges?.map((m) => ({ ...m })),
  };
}

function cloneSheet(s: Sheet): Sheet {
  return {
    id: s.id,
    grid: cloneGrid(s.grid),
    colors: new Map(s.colors),
    notes: new Map(s.notes),
    marks: s.marks.map((m) => ({ severity: m.severity, cells: new Set(m.cells) })),
  };
}

/** Re-keys a "row,col" map after rows moved: `move(row)` gives the new row, or null when the row is gone. */
function moveKeys<T>(map: Map<string, T>, move: (row: number) => number | null): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of map) {
    const [r, c] = parseRc(k);
    const to = move(r);
    if (to !== null) out.set(rc(to, c), v);
  }
  return out;
}

/**
 * A workbook held in memory: the grid, each cell's own fill and note, our mark rules, and the stored record text. It is
 * the browser workbench's model (what it draws and what it downloads) and the test double of every synchronous host —
 * including what a person does between two clicks (insert or delete rows, sort, rename, retype, re-colour, Ctrl+Z).
 */
export class MemorySpreadsheet implements SyncSpreadsheet {
  readonly kind = "browser" as const;
  private sheets: Sheet[];
  private recordText: string | null = null;
  private settings: PaneSettings | null = null;
  private nextId = 1;
  /** The state before the last apply(), for `undoLastApply` (a host whose Ctrl+Z reverts cells but not the record). */
  private lastApply: Sheet[] | null = null;
  /** The sheet the user is looking at and the selected cell. */
  selection: { sheet: string; cell: string } | null = null;

  constructor(
    workbook: WorkbookGrid,
    /** Fills and notes the file had when loaded, by "sheet\0row\0col". */
    original: { colors?: Map<string, string | null>; notes?: Map<string, string | null> } = {},
    /**
     * Whether userUndoLastApply can be used (tests of Ctrl+Z): each apply then copies the whole workbook first, which a
     * workbook of a thousand forms pays in tens of milliseconds.
     */
    private readonly undoable = false,
  ) {
    this.sheets = workbook.sheets.map((g) => this.newSheet(cloneGrid(g)));
    for (const [map, field] of [
      [original.colors, "colors"],
      [original.notes, "notes"],
    ] as const)
      for (const [k, v] of map ?? []) {
        const [name, row, col] = k.split("\u0000");
        const s = this.sheets.find((x) => x.grid.name === name);
        if (s && v !== null) s[field].set(rc(Number(row), Number(col)), v);
      }
  }

  static key = keyOf;

  private newSheet(grid: SheetGrid): Sheet {
    return { id: `memory-${this.nextId++}`, grid, colors: new Map(), notes: new Map(), marks: [] };
  }

  private sheet(name: string): Sheet {
    const s = this.sheets.find((x) => x.grid.name === name);
    if (!s) throw new HostError("workbook-changed", { zh: `找不到工作表“${name}”。`, en: `Sheet "${name}" is not there.` });
    return s;
  }

  /** The sheets as they are now (for drawing and tests; do not mutate). */
  get workbook(): WorkbookGrid {
    return { sheets: this.sheets.map((s) => s.grid) };
  }

  /** The cell's own fill colour ("#RRGGBB"), never one of our marks. */
  colorAt(at: CellAt): string | null {
    return this.sheets.find((x) => x.grid.name === at.sheet)?.colors.get(rc(at.row, at.col)) ?? null;
  }

  noteAt(at: CellAt): string | null {
    return this.sheets.find((x) => x.grid.name === at.sheet)?.notes.get(rc(at.row, at.col)) ?? null;
  }

  /** The most severe of our marks on the cell — a finding's before the filled mark — or null. */
  markAt(at: CellAt): MarkKind | null {
    const s = this.sheets.find((x) => x.grid.name === at.sheet);
    const found = s?.marks.filter((m) => m.cells.has(rc(at.row, at.col))).map((m) => m.severity) ?? [];
    return (["error", "warning", "info", "filled"] as const).find((v) => found.includes(v)) ?? null;
  }

  /** Whether the cell carries our filled mark (whatever finding marks it too). */
  filledAt(at: CellAt): boolean {
    const s = this.sheets.find((x) => x.grid.name === at.sheet);
    return s?.marks.some((m) => m.severity === "filled" && m.cells.has(rc(at.row, at.col))) ?? false;
  }

  /** Our mark rules on a sheet: one per severity after a 校验 (what 条件格式 → 管理规则 would list). */
  markRules(sheet: string): readonly MarkRule[] {
    return this.sheet(sheet).marks;
  }

  readGrid(): WorkbookGrid {
    return { sheets: this.sheets.map((s) => cloneGrid(s.grid)) };
  }

  sheetRefs(): SheetRef[] {
    return this.sheets.map((s) => ({ id: s.id, name: s.grid.name }));
  }

  readNotes(): NoteNow[] {
    return this.sheets.flatMap((s) =>
      [...s.notes].map(([k, text]) => ({ sheet: s.grid.name, row: parseRc(k)[0], col: parseRc(k)[1], text })),
    );
  }

  /** Sheets by name for a batch of edits: a search per edit is quadratic over a workbook of a thousand sheets. */
  private sheetsByName(): (name: string) => Sheet {
    const byName = new Map<string, Sheet>();
    for (const s of this.sheets) if (!byName.has(s.grid.name)) byName.set(s.grid.name, s);
    return (name) => byName.get(name) ?? this.sheet(name);
  }

  apply(edits: Edit[]): void {
    const sheetOf = this.sheetsByName();
    for (const e of edits) sheetOf(e.at.sheet);
    for (const e of edits)
      if (e.kind === "note" && sheetOf(e.at.sheet).notes.has(rc(e.at.row, e.at.col)))
        throw new HostError("failed", {
          zh: `单元格已有批注，不能再添加（${e.at.sheet}）。`,
          en: `The cell already has a note (${e.at.sheet}).`,
        });
    if (this.undoable) this.lastApply = this.sheets.map(cloneSheet);
    const rules = new Map<string, MarkRule>();
    for (const e of edits) {
      const s = sheetOf(e.at.sheet);
      if (e.kind === "value") this.setValue(s.grid, e.at.row, e.at.col, e.value, e.formula ?? null, e.numberFormat);
      else if (e.kind === "note") s.notes.set(rc(e.at.row, e.at.col), e.text);
      else {
        const k = `${s.id}\u0000${e.severity}`;
        let rule = rules.get(k);
        if (!rule) {
          rule = { severity: e.severity, cells: new Set() };
          rules.set(k, rule);
          s.marks.push(rule);
        }
        rule.cells.add(rc(e.at.row, e.at.col));
      }
    }
  }

  private setValue(s: SheetGrid, row: number, col: number, value: CellValue, formula: string | null, numberFormat?: string): void {
    if (row < s.originRow || col < s.originCol)
      throw new HostError("failed", { zh: "写入位置超出工作表。", en: "Write outside the sheet." });
    const i = row - s.originRow;
    const j = col - s.originCol;
    const put = <T>(rows: T[][], v: T) => {
      while (rows.length <= i) rows.push([]);
      while (rows[i].length <= j) rows[i].push(null as T);
      rows[i][j] = v;
    };
    put(s.values, value);
    if (formula || s.formulas) put((s.formulas ??= s.values.map((r) => r.map(() => null))), formula);
    if (numberFormat !== undefined)
      put((s.numberFormats ??= s.values.map((r) => r.map(() => null))), numberFormat === "General" ? null : numberFormat);
  }

  removeMarks(purpose: NotePurpose = "check"): number {
    const n = this.countMarks(purpose);
    for (const s of this.sheets) s.marks = s.marks.filter((m) => !ofPurpose(m, purpose));
    return n;
  }

  countMarks(purpose: NotePurpose = "check"): number {
    return this.sheets.reduce((sum, s) => sum + new Set(s.marks.filter((m) => ofPurpose(m, purpose)).flatMap((m) => [...m.cells])).size, 0);
  }

  removeNotes(cells: CellAt[]): void {
    for (const at of cells) this.sheet(at.sheet).notes.delete(rc(at.row, at.col));
  }

  readRecordText(): string | null {
    return this.recordText;
  }

  writeRecordText(text: string | null): void {
    this.recordText = text;
  }

  select(sheet: string, cell: string): void {
    this.sheet(sheet);
    if (!parseA1(cell)) throw new HostError("failed", { zh: `单元格地址“${cell}”无效。`, en: `"${cell}" is not a cell address.` });
    this.selection = { sheet, cell };
  }

  writeSheet(name: string, content: OwnedSheet, replace: boolean): string {
    const taken = new Set(this.sheets.map((s) => s.grid.name));
    let finalName = name;
    if (replace) this.sheets = this.sheets.filter((s) => s.grid.name !== name);
    else for (let n = 2; taken.has(finalName); n++) finalName = `${name} (${n})`;
    const grid: SheetGrid = {
      name: finalName,
      originRow: 0,
      originCol: 0,
      values: content.values.map((r) => [...r]),
      numberFormats: content.numberFormats,
      merges: content.merges,
    };
    this.sheets.push(this.newSheet(grid));
    return finalName;
  }

  loadSettings(): PaneSettings | null {
    return this.settings && { ...this.settings, mark: [...this.settings.mark] };
  }

  saveSettings(settings: PaneSettings): void {
    this.settings = { ...settings, mark: [...settings.mark] };
  }

  // What a person does between two clicks. Each behaves as Excel and WPS do: values, fill colours, notes and conditional
  // formats move with inserted and deleted rows; sorting moves the cells' contents, fill colours and notes, not the rules.

  /** Type a value (or a formula) into a cell. */
  userSetValue(at: CellAt, value: CellValue, formula: string | null = null): void {
    this.setValue(this.sheet(at.sheet).grid, at.row, at.col, value, formula);
  }

  /** Give a cell a fill colour of the user's own (null clears it). */
  userSetColor(at: CellAt, color: string | null): void {
    const s = this.sheet(at.sheet);
    if (color === null) s.colors.delete(rc(at.row, at.col));
    else s.colors.set(rc(at.row, at.col), color);
  }

  /** Write, edit or (null) delete the note on a cell. */
  userSetNote(at: CellAt, text: string | null): void {
    const s = this.sheet(at.sheet);
    if (text === null) s.notes.delete(rc(at.row, at.col));
    else s.notes.set(rc(at.row, at.col), text);
  }

  /** Insert `count` empty rows before 0-based `row`. */
  userInsertRows(sheet: string, row: number, count: number): void {
    const i = Math.max(0, row - this.sheet(sheet).grid.originRow);
    this.moveRows(
      sheet,
      (r) => (r >= row ? r + count : r),
      (rows) => rows.splice(Math.min(i, rows.length), 0, ...Array.from({ length: count }, () => [])),
    );
  }

  /** Delete `count` rows from 0-based `row`. */
  userDeleteRows(sheet: string, row: number, count: number): void {
    const i = Math.max(0, row - this.sheet(sheet).grid.originRow);
    this.moveRows(
      sheet,
      (r) => (r < row ? r : r < row + count ? null : r - count),
      (rows) => rows.splice(i, count),
    );
  }

  private moveRows(sheet: string, move: (row: number) => number | null, change: (rows: unknown[][]) => void): void {
    const s = this.sheet(sheet);
    const g = s.grid;
    for (const rows of [g.values, g.formulas, g.numberFormats]) if (rows) change(rows);
    g.merges = g.merges?.flatMap((m) => {
      const top = move(m.top);
      const bottom = move(m.bottom);
      return top === null || bottom === null ? [] : [{ ...m, top, bottom }];
    });
    s.colors = moveKeys(s.colors, move);
    s.notes = moveKeys(s.notes, move);
    for (const m of s.marks) m.cells = new Set(moveKeys(new Map([...m.cells].map((k) => [k, true])), move).keys());
  }

  /** Sort rows [from, to] (0-based, inclusive) by `order`, a permutation of those rows: new row from+i gets old row order[i]. */
  userSortRows(sheet: string, from: number, order: number[]): void {
    const s = this.sheet(sheet);
    const g = s.grid;
    const to = from + order.length - 1;
    const permute = <T>(rows: T[][] | undefined) => {
      if (!rows) return;
      const picked = order.map((r) => rows[r - g.originRow] ?? []);
      picked.forEach((r, i) => (rows[from - g.originRow + i] = r));
    };
    permute(g.values);
    permute(g.formulas);
    permute(g.numberFormats);
    const move = (r: number) => (r < from || r > to ? r : from + order.indexOf(r));
    s.colors = moveKeys(s.colors, move);
    s.notes = moveKeys(s.notes, move);
  }

  userRenameSheet(from: string, to: string): void {
    this.sheet(from).grid.name = to;
  }

  userDeleteSheet(name: string): void {
    this.sheet(name);
    this.sheets = this.sheets.filter((s) => s.grid.name !== name);
  }

  /** Ctrl+Z right after our last write: the cells go back, the stored record does not (as in Excel and, likely, WPS). */
  userUndoLastApply(): void {
    if (!this.undoable) throw new Error("userUndoLastApply: this MemorySpreadsheet was not made undoable");
    if (!this.lastApply) return;
    this.sheets = this.lastApply;
    this.lastApply = null;
  }

  /** Someone else's record planted in the workbook (a forged or foreign one). */
  plantRecordText(text: string | null): void {
    this.recordText = text;
  }

  /**
   * Save, close and open again — on this machine or another: the same cells, notes, rules and record text. `newIds`
   * gives every sheet a new identity, for hosts whose sheet identities do not survive a reopen.
   */
  reopened(options: { newIds?: boolean } = {}): MemorySpreadsheet {
    const copy = new MemorySpreadsheet({ sheets: [] }, {}, this.undoable);
    copy.sheets = this.sheets.map(cloneSheet);
    if (options.newIds) copy.sheets.forEach((s) => (s.id = `memory-reopened-${copy.nextId++}`));
    copy.nextId = this.nextId + 1000;
    copy.recordText = this.recordText;
    return copy;
  }
}
