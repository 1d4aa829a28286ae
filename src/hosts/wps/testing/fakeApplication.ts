import { isCellError, type CellAt, type CellValue, type WorkbookGrid } from "../../../engine";
import type { EtApplication } from "../etTypes";
import { FakeWorkbook, FakeWorkbooks, FakeWorksheet, type FakeHostSide } from "./fakeBook";
import { CallCounter, FakeBookModel, FakeSheetModel, GENERAL, type FakeCell, type FakeRule } from "./fakeModel";
import { FakeObject, storedComment, typeInto, type FakeEnv } from "./fakeRange";
import { COMMENT_AUTHOR, PESSIMISTIC, type OpenSemantics } from "./openSemantics";

class FakeTaskPane extends FakeObject {
  Visible = false;
  Width = 320;
  DockPosition = 2;
  constructor(
    readonly ID: number,
    readonly url: string,
  ) {
    super();
  }
}

class FakePluginStorage extends FakeObject {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string | number | boolean): void {
    this.items.set(key, String(value));
  }
}

/** `Application.ApiEvent`: listeners by event name, called by `FakeWps.emit` as WPS calls them. */
class FakeApiEvent extends FakeObject {
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  AddApiEventListener(name: string, callback: (...args: unknown[]) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), callback]);
  }
  RemoveApiEventListener(name: string, callback: (...args: unknown[]) => void): void {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((c) => c !== callback),
    );
  }
}

/** One Ctrl+Z step: the whole workbook as it was, or (for a user's cell edit when API writes are no steps) its inverse. */
type UndoStep = { book: FakeBookModel; apiWrites: number } | { inverse: () => void };

class FakeApplicationImpl extends FakeObject implements FakeHostSide {
  book: FakeBookModel | null = null;
  ScreenUpdating = true;
  DisplayAlerts = true;
  StatusBar: unknown = false;
  readonly panes: FakeTaskPane[] = [];
  storage = new FakePluginStorage();
  readonly events = new FakeApiEvent();
  /** Every ScreenUpdating / DisplayAlerts value set, in order. */
  readonly screenLog: boolean[] = [];
  readonly alertsLog: boolean[] = [];
  readonly undo: UndoStep[] = [];
  /** Count of API writes, so that undoing a user's step across them can be refused where the fake cannot model it. */
  apiWrites = 0;
  readonly env: FakeEnv;

  constructor(options: { value2Shape: "array" | "item"; xmlSpreadsheet: boolean | "shifted"; semantics: OpenSemantics }) {
    super();
    this.env = {
      ...options.semantics,
      value2Shape: options.value2Shape,
      xmlSpreadsheet: options.xmlSpreadsheet,
      beforeWrite: () => this.beforeWrite(),
      displayAlerts: () => this.DisplayAlerts,
    };
  }

  private beforeWrite(): void {
    this.apiWrites++;
    if (!this.book) return;
    if (this.env.undo === "per-write") this.undo.push({ book: this.book.clone(), apiWrites: this.apiWrites });
    else if (this.env.undo === "cleared") this.undo.length = 0;
  }

  get ActiveWorkbook(): FakeWorkbook | null {
    return this.book ? new FakeWorkbook(this.book, this) : null;
  }
  /** The workbooks `Workbooks.Add()` opened, in order. */
  readonly added: FakeBookModel[] = [];
  get Workbooks(): FakeWorkbooks {
    return new FakeWorkbooks(this);
  }
  activate(book: FakeBookModel): void {
    this.book = book;
  }
  get ActiveSheet(): FakeWorksheet | null {
    return this.book?.active ? new FakeWorksheet(this.book.active, this.book, this) : null;
  }
  get PluginStorage(): FakePluginStorage {
    return this.storage;
  }
  get ApiEvent(): FakeApiEvent {
    return this.events;
  }
  CreateTaskPane(url: string): FakeTaskPane {
    const pane = new FakeTaskPane(this.panes.length + 1, url);
    this.panes.push(pane);
    return pane;
  }
  GetTaskPane(id: number): FakeTaskPane | null {
    return this.panes.find((p) => p.ID === id) ?? null;
  }
}

/** Wraps a fake object so that every property read, property write and method call is counted. */
function counted<T extends object>(target: T, counter: CallCounter): T {
  const label = target.constructor.name.replace(/^Fake(ApplicationImpl)?/, "") || "Application";
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === "symbol") return Reflect.get(t, prop, t);
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          counter.hit(`${label}.${prop}()`);
          return wrap((value as (...a: unknown[]) => unknown).apply(t, args.map(unwrap)), counter);
        };
      }
      counter.hit(`${label}.${prop}`);
      return wrap(value, counter);
    },
    set(t, prop, value) {
      counter.hit(`${label}.${String(prop)}=`);
      if (t instanceof FakeApplicationImpl && prop === "ScreenUpdating") t.screenLog.push(Boolean(value));
      if (t instanceof FakeApplicationImpl && prop === "DisplayAlerts") t.alertsLog.push(Boolean(value));
      return Reflect.set(t, prop, unwrap(value), t);
    },
  });
}

const proxied = new WeakMap<object, object>();
const wrap = (v: unknown, counter: CallCounter): unknown => {
  if (!(v instanceof FakeObject)) return v;
  const p = counted(v, counter);
  proxied.set(p, v);
  return p;
};
const unwrap = (v: unknown): unknown => (typeof v === "object" && v !== null && proxied.has(v) ? proxied.get(v) : v);

export interface FakeOptions {
  /** How a multi-cell `Value2`/`Formula` read comes back: a 2-D array, or an object with 1-based Item(r, c). */
  value2Shape?: "array" | "item";
  /** Whether `Range.Value(11)` (SpreadsheetML) is supported ("shifted": one row off). Default false (the docs do not promise it). */
  xmlSpreadsheet?: boolean | "shifted";
  /** The answers to what the docs leave open; each defaults to the pessimistic one (openSemantics.ts). */
  semantics?: Partial<OpenSemantics>;
}

/** A cell's whole state, for comparing before and after. */
export type CellSnapshot = FakeCell & { merged: boolean };

/** A machine's localStorage for the add-in's pages. */
export class MemoryStore {
  private readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
}

const bgr = (hex: string) => {
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
};
const hex = (color: number) =>
  `#${[color & 0xff, (color >> 8) & 0xff, (color >> 16) & 0xff].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("")}`;

/**
 * A fake `window.Application` of WPS表格: the object model as the WPS docs and PLATFORM.md describe it, every call
 * counted, and every question the docs leave open answered as `semantics` says. `app` is what the add-in gets; the rest
 * drives and inspects the state behind it — including what a person does between two clicks (`user`).
 */
export class FakeWps {
  readonly calls = new CallCounter();
  private readonly impl: FakeApplicationImpl;
  readonly app: EtApplication;
  /** This machine's localStorage (a new one on another machine). */
  localStore = new MemoryStore();

  constructor(options: FakeOptions = {}) {
    this.impl = new FakeApplicationImpl({
      value2Shape: options.value2Shape ?? "array",
      xmlSpreadsheet: options.xmlSpreadsheet ?? false,
      semantics: { ...PESSIMISTIC, ...options.semantics },
    });
    this.app = counted(this.impl, this.calls) as unknown as EtApplication;
  }

  get env(): FakeEnv {
    return this.impl.env;
  }
  get book(): FakeBookModel | null {
    return this.impl.book;
  }
  get panes() {
    return this.impl.panes;
  }
  get screenLog(): boolean[] {
    return this.impl.screenLog;
  }
  get alertsLog(): boolean[] {
    return this.impl.alertsLog;
  }
  get screenUpdating(): boolean {
    return this.impl.ScreenUpdating;
  }
  get displayAlerts(): boolean {
    return this.impl.DisplayAlerts;
  }
  get activeSheet(): string | null {
    return this.impl.book?.active?.name ?? null;
  }
  /** The workbooks the add-in opened with `Workbooks.Add()`, in order. */
  get addedBooks(): FakeBookModel[] {
    return this.impl.added;
  }
  get pluginStorage(): Map<string, string> {
    return this.impl.storage.items;
  }

  /** Opens a workbook holding the grid: values, formulas (with the grid's values as their results), formats, merges. */
  open(grid: WorkbookGrid, name = "工作簿1.xlsx"): FakeBookModel {
    const book = new FakeBookModel(name);
    for (const s of grid.sheets) {
      const sheet = book.newSheet(s.name);
      s.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const formula = s.formulas?.[i]?.[j] ?? null;
          const format = s.numberFormats?.[i]?.[j] ?? GENERAL;
          if (v === null && !formula && format === GENERAL) return;
          sheet.update(s.originRow + i + 1, s.originCol + j + 1, (cell) => {
            cell.value = isCellError(v) ? { error: v.error } : v;
            cell.formula = formula;
            cell.numberFormat = format;
          });
        }),
      );
      sheet.merges = (s.merges ?? []).map((m) => ({ r1: m.top + 1, c1: m.left + 1, r2: m.bottom + 1, c2: m.right + 1 }));
      book.sheets.push(sheet);
    }
    book.active = book.sheets[0] ?? null;
    this.impl.book = book;
    this.impl.undo.length = 0;
    this.emit("WorkbookOpen", "WorkbookActivate", "WindowActivate");
    return book;
  }

  /** Closes the workbook (ActiveWorkbook becomes null). */
  close(): void {
    this.impl.book = null;
  }

  /** The user switches to another open workbook (one `open` returned): WPS raises WorkbookActivate and WindowActivate. */
  switchTo(book: FakeBookModel): void {
    this.impl.book = book;
    this.emit("WorkbookActivate", "WindowActivate");
  }

  /** Calls the listeners of each event, in order, with the active workbook. */
  emit(...names: string[]): void {
    const workbook = this.app.ActiveWorkbook;
    for (const name of names) for (const listener of this.impl.events.listeners.get(name) ?? []) listener(workbook);
  }

  /** How many listeners the add-in has registered for an event. */
  listenerCount(name: string): number {
    return this.impl.events.listeners.get(name)?.length ?? 0;
  }

  /**
   * Saves, closes and opens again: everything a file keeps (cells, comments, merges, conditional formats, defined names,
   * sheets and their visibility) survives, the undo history does not. `elsewhere`: on another machine, with its own
   * PluginStorage and localStorage.
   */
  reopen(options: { elsewhere?: boolean } = {}): void {
    const book = this.impl.book;
    if (!book) throw new Error("fake: no workbook");
    this.impl.book = book.clone();
    this.impl.undo.length = 0;
    if (options.elsewhere) {
      this.impl.storage = new FakePluginStorage();
      this.localStore = new MemoryStore();
    }
  }

  sheet(name: string): FakeSheetModel {
    const s = this.impl.book?.sheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** Every non-empty cell of a sheet, plus merged-ness: what "restored exactly" compares. */
  snapshot(name: string): Map<string, CellSnapshot> {
    const s = this.sheet(name);
    const out = new Map<string, CellSnapshot>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(",").map(Number);
      out.set(k, { ...c, merged: s.mergeAt(r, col) !== null });
    }
    return out;
  }

  // --- what the user sees -------------------------------------------------------------------------------------------

  /** A comment's text as the user typed it (the author line the build may add left out). */
  private typed(stored: string | null): string | null {
    const line = `${COMMENT_AUTHOR}:\n`;
    return stored !== null && stored.startsWith(line) ? stored.slice(line.length) : stored;
  }

  /** The cell's own fill ("#RRGGBB"), never a conditional format. */
  colorAt(at: CellAt): string | null {
    const c = this.sheet(at.sheet).cell(at.row + 1, at.col + 1).color;
    return c === null ? null : hex(c);
  }

  noteAt(at: CellAt): string | null {
    return this.typed(this.sheet(at.sheet).cell(at.row + 1, at.col + 1).comment);
  }

  /** Every comment of every sheet, as the user typed it, 0-based. */
  notes(): { sheet: string; row: number; col: number; text: string }[] {
    return (this.impl.book?.sheets ?? []).flatMap((s) =>
      [...s.cells]
        .filter(([, c]) => c.comment !== null)
        .map(([k, c]) => {
          const [r, col] = k.split(",").map(Number);
          return { sheet: s.name, row: r - 1, col: col - 1, text: this.typed(c.comment)! };
        }),
    );
  }

  /** The conditional-format rules of a sheet (what 条件格式 → 管理规则 lists). */
  rules(sheet: string): readonly FakeRule[] {
    return this.sheet(sheet).rules;
  }

  /** The formulas of the rules that cover a cell. */
  rulesAt(at: CellAt): (string | null)[] {
    const [r, c] = [at.row + 1, at.col + 1];
    return this.sheet(at.sheet)
      .rules.filter((rule) => rule.areas.some((a) => r >= a.r1 && r <= a.r2 && c >= a.c1 && c <= a.c2))
      .map((rule) => rule.formula);
  }

  // --- what a person does between two clicks -------------------------------------------------------------------------

  /** Records a user's action as one undo step (an inverse for a cell edit, else the workbook as it was). */
  private step(cell: CellAt | null, act: () => void): void {
    const book = this.impl.book;
    if (!book) throw new Error("fake: no workbook");
    if (cell && this.env.undo === "untouched") {
      const name = cell.sheet;
      const before = { ...this.sheet(name).cell(cell.row + 1, cell.col + 1) };
      act();
      this.impl.undo.push({ inverse: () => this.sheet(name).update(cell.row + 1, cell.col + 1, (c) => Object.assign(c, before)) });
      return;
    }
    this.impl.undo.push({ book: book.clone(), apiWrites: this.impl.apiWrites });
    act();
  }

  readonly user = {
    /** Type a value (text as typed: "=…" makes a formula). */
    setValue: (at: CellAt, value: CellValue) =>
      this.step(at, () => typeInto(this.sheet(at.sheet), at.row + 1, at.col + 1, isCellError(value) ? value.error : value)),
    setColor: (at: CellAt, color: string | null) =>
      this.step(at, () => this.sheet(at.sheet).update(at.row + 1, at.col + 1, (c) => (c.color = color === null ? null : bgr(color)))),
    /** Write, edit or (null) delete a comment, as the user does through 审阅 → 批注. */
    setNote: (at: CellAt, text: string | null) =>
      this.step(at, () =>
        this.sheet(at.sheet).update(at.row + 1, at.col + 1, (c) => (c.comment = text === null ? null : storedComment(this.env, text))),
      ),
    /** Insert `count` rows before 0-based `row`. */
    insertRows: (sheet: string, row: number, count: number) =>
      this.step(null, () => this.impl.book!.moveRows(this.sheet(sheet), row + 1, count)),
    deleteRows: (sheet: string, row: number, count: number) =>
      this.step(null, () => this.impl.book!.moveRows(this.sheet(sheet), row + 1, -count)),
    /** Sort rows from..from+order.length-1 (0-based): row from+i takes old row order[i]'s cells; rules and merges stay. */
    sortRows: (sheet: string, from: number, order: number[]) =>
      this.step(null, () => {
        const s = this.sheet(sheet);
        const taken = order.map((r) => [...s.cells].filter(([k]) => Number(k.split(",")[0]) === r + 1));
        for (let i = 0; i < order.length; i++)
          for (const k of [...s.cells.keys()]) if (Number(k.split(",")[0]) === from + i + 1) s.cells.delete(k);
        taken.forEach((cells, i) => cells.forEach(([k, c]) => s.cells.set(FakeSheetModel.key(from + i + 1, Number(k.split(",")[1])), c)));
      }),
    renameSheet: (from: string, to: string) => this.step(null, () => (this.sheet(from).name = to)),
    deleteSheet: (name: string) => this.step(null, () => this.impl.book!.removeSheet(this.sheet(name))),
    /** A conditional format of the user's own. */
    addRule: (sheet: string, rule: FakeRule) => this.step(null, () => this.sheet(sheet).rules.push(rule)),
    /** Switch to another sheet tab. */
    activate: (name: string) => (this.impl.book!.active = this.sheet(name)),
    /**
     * Ctrl+Z once: under `undo: "per-write"` the add-in's last write goes back; under "cleared" nothing (the add-in's
     * writes emptied the history); under "untouched" the user's own last step goes back, the add-in's writes stay.
     */
    undo: () => {
      const step = this.impl.undo.pop();
      if (!step) return;
      if ("inverse" in step) return step.inverse();
      if (this.env.undo === "untouched" && step.apiWrites !== this.impl.apiWrites)
        throw new Error("fake: undoing a structural user step past the add-in's writes is not modelled");
      this.impl.book = step.book;
    },
  };
}
