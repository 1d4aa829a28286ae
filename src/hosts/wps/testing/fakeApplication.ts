import { isCellError, type WorkbookGrid } from "../../../engine";
import type { EtApplication } from "../etTypes";
import { CallCounter, FakeBookModel, FakeSheetModel, GENERAL, type FakeCell } from "./fakeModel";
import { FakeObject, FakeRange, FakeRangeList, parseAreas, type FakeEnv } from "./fakeRange";

const ALL_ROWS = 1048576;
const ALL_COLS = 16384;

class FakeWorksheet extends FakeObject {
  constructor(readonly model: FakeSheetModel, private readonly book: FakeBookModel, private readonly app: FakeApplicationImpl) {
    super();
  }
  get Name(): string {
    return this.model.name;
  }
  set Name(name: string) {
    if (this.book.sheets.some((s) => s !== this.model && s.name === name)) throw new Error(`fake: a sheet named "${name}" exists`);
    this.model.name = name;
  }
  get Index(): number {
    return this.book.sheets.indexOf(this.model) + 1;
  }
  get Visible(): number {
    return this.model.visible;
  }
  set Visible(v: number) {
    this.model.visible = v;
  }
  get ProtectContents(): boolean {
    return this.model.protectedContents;
  }
  get UsedRange(): FakeRange {
    const a = this.model.usedArea();
    return new FakeRange(this.model, [a], this.app.env);
  }
  get Cells(): FakeRange {
    return new FakeRange(this.model, [{ r1: 1, c1: 1, r2: ALL_ROWS, c2: ALL_COLS }], this.app.env);
  }
  get Columns(): FakeRangeList {
    return new FakeRangeList(this.Cells, "cols");
  }
  Range(address: string): FakeRange {
    return new FakeRange(this.model, parseAreas(address), this.app.env);
  }
  Activate(): void {
    this.app.activeSheet = this.model;
  }
}

class FakeSheets extends FakeObject {
  constructor(private readonly book: FakeBookModel, private readonly app: FakeApplicationImpl) {
    super();
  }
  get Count(): number {
    return this.book.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const model = typeof index === "number" ? this.book.sheets[index - 1] : this.book.sheet(index);
    if (!model) throw new Error(`fake: Worksheets.Item(${JSON.stringify(index)}): subscript out of range`);
    return new FakeWorksheet(model, this.book, this.app);
  }
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    if (this.book.protectStructure) throw new Error("fake: workbook structure is protected");
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Sheet${n}`)) n++;
    const model = new FakeSheetModel(`Sheet${n}`);
    const anchor = after?.model ?? before?.model;
    const at = anchor ? this.book.sheets.indexOf(anchor) + (after ? 1 : 0) : 0;
    this.book.sheets.splice(at, 0, model);
    return new FakeWorksheet(model, this.book, this.app);
  }
}

class FakeWorkbook extends FakeObject {
  constructor(readonly model: FakeBookModel, private readonly app: FakeApplicationImpl) {
    super();
  }
  get Name(): string {
    return this.model.name;
  }
  get Worksheets(): FakeSheets {
    return new FakeSheets(this.model, this.app);
  }
  get ProtectStructure(): boolean {
    return this.model.protectStructure;
  }
}

class FakeTaskPane extends FakeObject {
  Visible = false;
  Width = 320;
  DockPosition = 2;
  constructor(readonly ID: number, readonly url: string) {
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

class FakeApplicationImpl extends FakeObject {
  book: FakeBookModel | null = null;
  activeSheet: FakeSheetModel | null = null;
  ScreenUpdating = true;
  StatusBar: unknown = false;
  readonly panes: FakeTaskPane[] = [];
  readonly storage = new FakePluginStorage();
  /** Every ScreenUpdating value set, in order. */
  readonly screenLog: boolean[] = [];

  constructor(readonly env: FakeEnv) {
    super();
  }
  get ActiveWorkbook(): FakeWorkbook | null {
    return this.book ? new FakeWorkbook(this.book, this) : null;
  }
  get PluginStorage(): FakePluginStorage {
    return this.storage;
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
  /** Whether `Range.Value(11)` (SpreadsheetML) is supported. Default true. */
  xmlSpreadsheet?: boolean;
}

/** A cell's whole state, for comparing before and after. */
export type CellSnapshot = FakeCell & { merged: boolean };

/**
 * A fake `window.Application` of WPS表格: the object model as the WPS docs and PLATFORM.md describe it, every call
 * counted. `app` is what the add-in gets; the rest drives and inspects the state behind it.
 */
export class FakeWps {
  readonly calls = new CallCounter();
  private readonly impl: FakeApplicationImpl;
  readonly app: EtApplication;

  constructor(options: FakeOptions = {}) {
    this.impl = new FakeApplicationImpl({ value2Shape: options.value2Shape ?? "array", xmlSpreadsheet: options.xmlSpreadsheet ?? true });
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
  get screenUpdating(): boolean {
    return this.impl.ScreenUpdating;
  }
  get activeSheet(): string | null {
    return this.impl.activeSheet?.name ?? null;
  }

  /** Opens a workbook holding the grid: values, formulas (with the grid's values as their results), formats, merges. */
  open(grid: WorkbookGrid, name = "工作簿1.xlsx"): FakeBookModel {
    const book = new FakeBookModel(name);
    for (const s of grid.sheets) {
      const sheet = new FakeSheetModel(s.name);
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
    this.impl.book = book;
    return book;
  }

  /** Closes the workbook (ActiveWorkbook becomes null). */
  close(): void {
    this.impl.book = null;
  }

  /** Saves and reopens: what a file keeps (cells, merges, sheets and their visibility) survives; nothing else does. */
  saveAndReopen(): void {
    const book = this.impl.book;
    if (!book) throw new Error("fake: no workbook");
    const copy = new FakeBookModel(book.name);
    copy.protectStructure = book.protectStructure;
    for (const s of book.sheets) {
      const sheet = new FakeSheetModel(s.name);
      for (const [k, c] of s.cells) sheet.cells.set(k, { ...c, value: typeof c.value === "object" && c.value !== null ? { ...c.value } : c.value });
      sheet.merges = s.merges.map((m) => ({ ...m }));
      sheet.visible = s.visible;
      sheet.protectedContents = s.protectedContents;
      copy.sheets.push(sheet);
    }
    this.impl.book = copy;
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
}
