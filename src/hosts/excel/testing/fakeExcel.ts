import { a1, rangeA1, type CellRange, type SheetGrid } from "../../../engine";
import type {
  ExcelEnv,
  SettingsStore,
  XlAnnotation,
  XlAnnotationCollection,
  XlCellProperties,
  XlCellPropertiesRequest,
  XlClientResult,
  XlContext,
  XlCustomXmlPart,
  XlCustomXmlPartCollection,
  XlFill,
  XlRange,
  XlRangeAreas,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from "../api";
import { splitAreas, parseQualified } from "../../common/addresses";
import { parseInput, valueOut, valueTypeOf } from "./fakeInput";
import { addSheet, bookSnapshot, copyBook, getCell, liveSheets, newBook, setCell, type FakeAnnotation as AnnotationModel, type FakeBook, type FakeCell, type FakeSheet, type FakeXmlPart } from "./fakeModel";

/**
 * A typed fake of the slice of the Excel JavaScript API in ../api.ts, strict where Office.js is strict:
 * - loads and writes are queued and run only at `context.sync()`, in order; syncs are counted;
 * - reading a property that was not loaded and synced throws (PropertyNotLoaded), as does a ClientResult's value;
 * - a request or response over the payload limit (5 MB) throws; a failed batch keeps what ran before the failing
 *   operation, as Office.js does (there is no rollback);
 * - `*OrNullObject` gives an object whose `isNullObject` is true after a sync;
 * - an API above the configured requirement set fails at sync with ApiNotFound;
 * - writes to a protected sheet fail with AccessDenied; every cell written is logged.
 */

export type ApiVersion = "1.7" | "1.8" | "1.9" | "1.10" | "1.12" | "1.13" | "1.17" | "1.18" | "1.19" | "1.20";

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  what: "value" | "formula" | "numberFormat" | "fill" | "merge" | "note" | "comment";
}

interface Op {
  request: number;
  needs?: string;
  /** Runs the operation; returns the response bytes it adds. */
  exec(): number;
}

const minor = (v: string) => Number(v.split(".")[1]);
const bytes = (v: unknown) => (v === undefined ? 0 : JSON.stringify(v).length);

export class FakeExcel {
  book: FakeBook;
  syncs = 0;
  readonly stats: SyncStat[] = [];
  readonly written: CellWrite[] = [];
  readonly runs: { mergeUndoGroup: boolean }[] = [];
  /** Called before the n-th sync (1-based) runs: tests change the workbook there, as a user would mid-run. */
  beforeSync: ((n: number) => void) | null = null;
  /** Makes the op at this index of this sync fail with this code (after the ops before it ran). */
  failAt: { sync: number; op: number; code: string } | null = null;
  liveSettings: Record<string, unknown>;
  /** @internal What each formula evaluated to, per cell: given back when the formula is written again. */
  readonly formulaResults = new Map<string, FakeCell["value"]>();

  constructor(readonly api: ApiVersion = "1.20", book: FakeBook = newBook(), readonly payloadLimit = FAKE_PAYLOAD_LIMIT) {
    this.book = book;
    this.liveSettings = JSON.parse(JSON.stringify(book.savedSettings)) as Record<string, unknown>;
  }

  /** A workbook holding these grids: values (typed), formulas, number formats, merges. */
  static fromGrids(grids: SheetGrid[], api: ApiVersion = "1.20"): FakeExcel {
    const fake = new FakeExcel(api);
    for (const g of grids) {
      const sheet = addSheet(fake.book, g.name);
      g.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const formula = g.formulas?.[i]?.[j] ?? null;
          const numberFormat = g.numberFormats?.[i]?.[j] ?? "General";
          if (v !== null || formula || numberFormat !== "General") setCell(sheet, g.originRow + i, g.originCol + j, { value: v, formula, numberFormat });
          if (formula) fake.formulaResults.set(`${sheet.id}|${g.originRow + i},${g.originCol + j}|${formula}`, v);
        }),
      );
      sheet.merges = (g.merges ?? []).map((m) => ({ ...m }));
    }
    if (fake.book.sheets.length === 0) addSheet(fake.book, "Sheet1");
    return fake;
  }

  supports(version: string): boolean {
    return minor(version) <= minor(this.api);
  }

  sheet(name: string): FakeSheet {
    const s = liveSheets(this.book).find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  snapshot() {
    return bookSnapshot(this.book);
  }

  /** Saves (settings included) and opens the file again: a new fake with only what a saved file keeps. */
  saveAndReopen(api: ApiVersion = this.api): FakeExcel {
    this.book.savedSettings = JSON.parse(JSON.stringify(this.liveSettings)) as Record<string, unknown>;
    return new FakeExcel(api, copyBook(this.book), this.payloadLimit);
  }

  env(): ExcelEnv {
    const settings: SettingsStore = {
      get: (name) => this.liveSettings[name],
      set: (name, value) => {
        this.liveSettings[name] = JSON.parse(JSON.stringify(value)) as unknown;
      },
      save: async () => {
        this.book.savedSettings = JSON.parse(JSON.stringify(this.liveSettings)) as Record<string, unknown>;
      },
    };
    return {
      run: async (batch, options) => {
        this.runs.push({ mergeUndoGroup: options.mergeUndoGroup });
        return batch(new FakeContext(this));
      },
      supports: (v) => this.supports(v),
      settings,
    };
  }

  /** @internal */
  logWrite(sheet: FakeSheet, r: CellRange, what: CellWrite["what"]) {
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.written.push({ sheet: sheet.name, row, col, what });
  }

  /** @internal */
  run(ops: Op[]) {
    this.syncs++;
    const n = this.syncs;
    this.beforeSync?.(n);
    const request = ops.reduce((sum, op) => sum + op.request, 0) + 64;
    if (request > this.payloadLimit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
    let response = 0;
    for (const [i, op] of ops.entries()) {
      if (this.failAt && this.failAt.sync === n && this.failAt.op === i) throw new FakeOfficeError(this.failAt.code, `injected at op ${i}`);
      if (op.needs && !this.supports(op.needs)) throw new FakeOfficeError("ApiNotFound", `needs ExcelApi ${op.needs}`);
      response += op.exec();
    }
    this.stats.push({ requestBytes: request, responseBytes: response, operations: ops.length });
    if (response > this.payloadLimit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
  }
}

class FakeContext implements XlContext {
  readonly queue: Op[] = [];
  readonly workbook: XlWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  get book() {
    return this.fake.book;
  }
  push(op: Op) {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    this.fake.run(ops);
  }
}

/** A proxy: properties readable only after load + sync. */
abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${prop}' is not available. Call load("${prop}") and context.sync() first.`);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  load(propertyNames: string): this {
    const paths = propertyNames.split(",").map((p) => p.trim()).filter(Boolean).map((p) => p.split("/"));
    this.ctx.push({ request: 48 + propertyNames.length, needs: this.needs, exec: () => this.loadNow(paths) });
    return this;
  }

  protected needs: string | undefined = undefined;

  /** Runs a load at sync time; returns the response bytes. */
  loadNow(paths: string[][]): number {
    const isNull = this.isNull();
    this.loaded.set("isNullObject", isNull);
    if (isNull) return 20;
    let size = 0;
    for (const path of paths) size += this.loadPath(path);
    return size;
  }

  protected isNull(): boolean {
    return false;
  }

  protected loadPath(path: string[]): number {
    const [head, ...rest] = path;
    if (rest.length > 0) {
      const child = this.child(head);
      return child.loadNow([rest]);
    }
    const value = this.scalar(head);
    this.loaded.set(head, value);
    return head.length + 4 + bytes(value);
  }

  protected child(name: string): FakeObject {
    throw new FakeOfficeError("InvalidArgument", `no navigation property ${name}`);
  }

  protected abstract scalar(name: string): unknown;
}

class FakeClientResult<T> implements XlClientResult<T> {
  private set = false;
  private v: T | undefined;
  get value(): T {
    if (!this.set) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value is not available before context.sync().");
    return this.v as T;
  }
  resolve(v: T) {
    this.v = v;
    this.set = true;
  }
}

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly customXmlParts: FakeXmlParts;
  readonly comments: FakeAnnotations;
  readonly notes: FakeAnnotations;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.customXmlParts = new FakeXmlParts(ctx);
    this.comments = new FakeAnnotations(ctx, "comment");
    this.notes = new FakeAnnotations(ctx, "note");
    this.application = { suspendApiCalculationUntilNextSync: () => ctx.push({ request: 60, needs: "1.6", exec: () => 0 }) };
  }
}

class FakeWorksheets extends FakeObject implements XlWorksheetCollection {
  private itemProxies = new Map<number, FakeWorksheet>();
  get items(): XlWorksheet[] {
    return this.read("items");
  }
  protected scalar(name: string): unknown {
    if (name === "items") return this.loadItems([]);
    throw new FakeOfficeError("InvalidArgument", `WorksheetCollection has no ${name}`);
  }
  protected override loadPath(path: string[]): number {
    if (path[0] !== "items") return super.loadPath(path);
    let size = 0;
    this.loaded.set("items", this.loadItems(path.slice(1), (n) => (size += n)));
    return size + 2;
  }
  private loadItems(rest: string[], add: (n: number) => void = () => undefined): FakeWorksheet[] {
    return liveSheets(this.ctx.book).map((s) => {
      const proxy = this.itemProxies.get(s.id) ?? new FakeWorksheet(this.ctx, () => s);
      this.itemProxies.set(s.id, proxy);
      if (rest.length) add(proxy.loadNow([rest]));
      return proxy;
    });
  }
  getItem(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = findSheet(this.ctx.book, key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `No worksheet named ${key}.`);
      return s;
    });
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.book, key) ?? null);
  }
  add(name?: string): XlWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.push({
      request: 60 + (name?.length ?? 0),
      exec: () => {
        const wanted = name ?? `Sheet${this.ctx.book.nextId}`;
        if (findSheet(this.ctx.book, wanted)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${wanted} exists.`);
        created = addSheet(this.ctx.book, wanted);
        return 0;
      },
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The worksheet was not created.");
      return created;
    });
  }
}

function findSheet(book: FakeBook, name: string): FakeSheet | undefined {
  return liveSheets(book).find((s) => s.name.toLowerCase() === name.toLowerCase());
}

class FakeWorksheet extends FakeObject implements XlWorksheet {
  readonly protection: XlWorksheetProtection;
  constructor(ctx: FakeContext, private readonly target: () => FakeSheet | null) {
    super(ctx);
    const self = this;
    this.protection = new (class extends FakeObject implements XlWorksheetProtection {
      get protected() {
        return this.read<boolean>("protected");
      }
      protected scalar(name: string) {
        if (name !== "protected") throw new FakeOfficeError("InvalidArgument", name);
        return self.sheet().protected;
      }
    })(ctx);
  }
  /** The sheet, or ItemNotFound when it was deleted or renamed since this proxy was made. */
  sheet(): FakeSheet {
    const s = this.target();
    if (!s || !s.alive) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    return s;
  }
  protected override isNull() {
    const s = this.target();
    return !s || !s.alive;
  }
  get name(): string {
    return this.read("name");
  }
  protected scalar(name: string): unknown {
    if (name === "name") return this.sheet().name;
    throw new FakeOfficeError("InvalidArgument", `Worksheet has no ${name}`);
  }
  protected override child(name: string): FakeObject {
    if (name === "protection") return this.protection as unknown as FakeObject;
    return super.child(name);
  }
  getRange(address?: string): XlRange {
    return new FakeRange(this.ctx, () => {
      const r = address ? parseQualified(address)?.range : { top: 0, left: 0, bottom: 0, right: 0 };
      if (!r) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
      return { sheet: this.sheet(), r };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    return new FakeRange(this.ctx, () => {
      if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
      return { sheet: this.sheet(), r: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    }, "1.7");
  }
  getRanges(address?: string): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      if (!address || address.length > 255) throw new FakeOfficeError("InvalidArgument", `A range address must be 1–255 characters (${address?.length ?? 0}).`);
      const areas = splitAreas(address).map((p) => parseQualified(p)?.range);
      if (areas.some((a) => !a)) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
      return { sheet: this.sheet(), areas: areas as CellRange[] };
    }, "1.9");
  }
  getUsedRange(valuesOnly?: boolean): XlRange {
    let cached: { sheet: FakeSheet; r: CellRange } | null = null;
    return new FakeRange(this.ctx, () => {
      if (!cached) {
        const sheet = this.sheet();
        cached = { sheet, r: usedArea(sheet, valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      }
      return cached;
    });
  }
  activate(): void {
    this.ctx.push({
      request: 50,
      exec: () => {
        this.ctx.book.active = this.sheet();
        return 0;
      },
    });
  }
  delete(): void {
    this.ctx.push({
      request: 50,
      exec: () => {
        const s = this.sheet();
        if (liveSheets(this.ctx.book).length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must keep one sheet.");
        s.alive = false;
        if (this.ctx.book.active === s) this.ctx.book.active = liveSheets(this.ctx.book)[0];
        return 0;
      },
    });
  }
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  let area: CellRange | null = null;
  for (const [k, c] of sheet.cells) {
    if (valuesOnly && c.value === null && c.formula === null) continue;
    const [row, col] = k.split(",").map(Number);
    area = area
      ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return area;
}

function sheetRef(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function address(sheet: FakeSheet, r: CellRange): string {
  const local = r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeA1(r);
  return `${sheetRef(sheet.name)}!${local}`;
}

function* cellsOf(r: CellRange): Generator<[number, number, number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col, row - r.top, col - r.left];
}

function matrix<T>(r: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

class FakeFill extends FakeObject implements XlFill {
  constructor(ctx: FakeContext, private readonly areas: () => { sheet: FakeSheet; areas: CellRange[] }, private readonly version?: string) {
    super(ctx);
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.ctx.push({
      request: 70 + color.length,
      needs: this.version,
      exec: () => {
        const { sheet, areas } = this.areas();
        for (const r of areas) {
          this.ctx.fake.logWrite(sheet, r, "fill");
          for (const [row, col] of cellsOf(r)) setCell(sheet, row, col, { fill: color.toUpperCase() });
        }
        return 0;
      },
    });
  }
  clear(): void {
    this.ctx.push({
      request: 60,
      needs: this.version,
      exec: () => {
        const { sheet, areas } = this.areas();
        for (const r of areas) {
          this.ctx.fake.logWrite(sheet, r, "fill");
          for (const [row, col] of cellsOf(r)) setCell(sheet, row, col, { fill: null });
        }
        return 0;
      },
    });
  }
  protected scalar(name: string): unknown {
    if (name !== "color") throw new FakeOfficeError("InvalidArgument", name);
    const { sheet, areas } = this.areas();
    const colors = new Set<string>();
    for (const r of areas) for (const [row, col] of cellsOf(r)) colors.add(getCell(sheet, row, col).fill ?? "#FFFFFF");
    return colors.size === 1 ? [...colors][0] : null;
  }
}

type RangeTarget = { sheet: FakeSheet; r: CellRange };

class FakeRange extends FakeObject implements XlRange {
  readonly format: { readonly fill: XlFill };
  constructor(ctx: FakeContext, private readonly target: () => RangeTarget | null, version?: string) {
    super(ctx);
    this.needs = version;
    this.format = { fill: new FakeFill(ctx, () => ({ sheet: this.at().sheet, areas: [this.at().r] }), version) };
  }
  at(): RangeTarget {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
    if (!t.sheet.alive) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    return t;
  }
  protected override isNull() {
    return this.target() === null;
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write("values", v, "value");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write("formulas", v, "formula");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write("numberFormat", v, "numberFormat");
  }

  private write(prop: "values" | "formulas" | "numberFormat", v: unknown[][], what: CellWrite["what"]) {
    this.ctx.push({
      request: 60 + bytes(v),
      exec: () => {
        const { sheet, r } = this.at();
        const rows = r.bottom - r.top + 1;
        const cols = r.right - r.left + 1;
        if (!Array.isArray(v) || v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols))
          throw new FakeOfficeError("InvalidArgument", `The ${prop} array does not match the range ${rows}×${cols}.`);
        this.ctx.fake.logWrite(sheet, r, what);
        for (const [row, col, i, j] of cellsOf(r)) {
          const input = v[i][j];
          const cell = getCell(sheet, row, col);
          if (cell.formula) this.ctx.fake.formulaResults.set(`${sheet.id}|${row},${col}|${cell.formula}`, cell.value);
          if (prop === "numberFormat") {
            if (input !== null && input !== undefined) setCell(sheet, row, col, { numberFormat: String(input) });
            continue;
          }
          const patch = parseInput(input, cell, (formula) => formulaValue(this.ctx.fake, sheet, row, col, formula));
          if (patch) setCell(sheet, row, col, patch);
        }
        return 0;
      },
    });
  }

  protected scalar(name: string): unknown {
    const { sheet, r } = this.at();
    const cell = (row: number, col: number) => getCell(sheet, row, col);
    switch (name) {
      case "address":
        return address(sheet, r);
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "values":
        return matrix(r, (row, col) => valueOut(cell(row, col)));
      case "valueTypes":
        return matrix(r, (row, col) => valueTypeOf(cell(row, col)));
      case "formulas":
        return matrix(r, (row, col) => cell(row, col).formula ?? valueOut(cell(row, col)));
      case "numberFormat":
        return matrix(r, (row, col) => cell(row, col).numberFormat);
    }
    throw new FakeOfficeError("InvalidArgument", `Range has no ${name}`);
  }

  select(): void {
    this.ctx.push({
      request: 50,
      exec: () => {
        const { sheet, r } = this.at();
        if (this.ctx.book.active !== sheet) throw new FakeOfficeError("InvalidSelection", "Select works on the active sheet only.");
        this.ctx.book.selection = { sheet: sheet.name, address: r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeA1(r) };
        return 0;
      },
    });
  }

  merge(across?: boolean): void {
    this.ctx.push({
      request: 60,
      needs: "1.2",
      exec: () => {
        const { sheet, r } = this.at();
        if (across) throw new FakeOfficeError("InvalidArgument", "merge across is not modelled");
        if (sheet.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right))
          throw new FakeOfficeError("InvalidOperation", "Cannot merge over a merged area.");
        this.ctx.fake.logWrite(sheet, r, "merge");
        for (const [row, col] of cellsOf(r)) if (row !== r.top || col !== r.left) setCell(sheet, row, col, { value: null, formula: null });
        sheet.merges.push({ ...r });
        return 0;
      },
    });
  }

  getCellProperties(request: XlCellPropertiesRequest): XlClientResult<XlCellProperties[][]> {
    const result = new FakeClientResult<XlCellProperties[][]>();
    this.ctx.push({
      request: 80 + bytes(request),
      needs: "1.9",
      exec: () => {
        const { sheet, r } = this.at();
        const props = matrix(r, (row, col) => {
          const fill = getCell(sheet, row, col).fill;
          const f: { color?: string; pattern?: string } = {};
          if (request.format.fill.color) f.color = fill ?? "#FFFFFF";
          if (request.format.fill.pattern) f.pattern = fill ? "Solid" : "None";
          return { format: { fill: f } };
        });
        result.resolve(props);
        return bytes(props);
      },
    });
    return result;
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    let found: { sheet: FakeSheet; areas: CellRange[] } | null | undefined;
    return new FakeRangeAreas(this.ctx, () => {
      if (found === undefined) {
        const { sheet, r } = this.at();
        const areas = sheet.merges.filter((m) => m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right);
        if (areas.length > 512) throw new FakeOfficeError("GeneralException", "More than 512 merged areas.");
        found = areas.length ? { sheet, areas } : null;
      }
      return found;
    }, "1.13");
  }
}

/** Office.js evaluates formulas; the fake gives back the result a formula last had in that cell (else 0). */
function formulaValue(fake: FakeExcel, sheet: FakeSheet, row: number, col: number, formula: string): FakeCell["value"] {
  const seen = fake.formulaResults.get(`${sheet.id}|${row},${col}|${formula}`);
  return seen === undefined ? 0 : seen;
}

class FakeRangeAreas extends FakeObject implements XlRangeAreas {
  readonly format: { readonly fill: XlFill };
  constructor(ctx: FakeContext, private readonly target: () => { sheet: FakeSheet; areas: CellRange[] } | null, version: string) {
    super(ctx);
    this.needs = version;
    this.format = { fill: new FakeFill(ctx, () => this.at(), version) };
  }
  private at() {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The range areas do not exist.");
    return t;
  }
  protected override isNull() {
    return this.target() === null;
  }
  get address(): string {
    return this.read("address");
  }
  protected scalar(name: string): unknown {
    if (name !== "address") throw new FakeOfficeError("InvalidArgument", name);
    const { sheet, areas } = this.at();
    return areas.map((r) => address(sheet, r)).join(", ");
  }
}

class FakeAnnotationProxy extends FakeObject implements XlAnnotation {
  constructor(ctx: FakeContext, private readonly model: AnnotationModel, version: string) {
    super(ctx);
    this.needs = version;
  }
  private live() {
    if (!this.model.alive || !this.model.sheet.alive) throw new FakeOfficeError("ItemNotFound", "The note or comment no longer exists.");
    return this.model;
  }
  get content(): string {
    return this.read("content");
  }
  protected scalar(name: string): unknown {
    if (name !== "content") throw new FakeOfficeError("InvalidArgument", name);
    return this.live().content;
  }
  getLocation(): XlRange {
    return new FakeRange(this.ctx, () => {
      const m = this.live();
      return { sheet: m.sheet, r: { top: m.row, left: m.col, bottom: m.row, right: m.col } };
    }, this.needs);
  }
  delete(): void {
    this.ctx.push({
      request: 50,
      needs: this.needs,
      exec: () => {
        const m = this.live();
        this.ctx.fake.logWrite(m.sheet, { top: m.row, left: m.col, bottom: m.row, right: m.col }, m.kind);
        m.alive = false;
        return 0;
      },
    });
  }
}

class FakeAnnotations extends FakeObject implements XlAnnotationCollection<XlAnnotation> {
  private proxies = new Map<string, FakeAnnotationProxy>();
  constructor(ctx: FakeContext, private readonly kind: "note" | "comment") {
    super(ctx);
    this.needs = kind === "note" ? "1.18" : "1.10";
  }
  get items(): XlAnnotation[] {
    return this.read("items");
  }
  protected scalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `Collection has no ${name}`);
  }
  protected override loadPath(path: string[]): number {
    if (path[0] !== "items") return super.loadPath(path);
    let size = 2;
    const models = this.ctx.book.annotations.filter((a) => a.kind === this.kind && a.alive && a.sheet.alive);
    this.loaded.set(
      "items",
      models.map((m) => {
        const p = this.proxies.get(m.id) ?? new FakeAnnotationProxy(this.ctx, m, this.needs!);
        this.proxies.set(m.id, p);
        if (path.length > 1) size += p.loadNow([path.slice(1)]);
        return p;
      }),
    );
    return size;
  }
  add(cellAddress: string, content: string): XlAnnotation {
    const book = this.ctx.book;
    const holder: { model: AnnotationModel | null } = { model: null };
    this.ctx.push({
      request: 60 + cellAddress.length + bytes(content),
      needs: this.needs,
      exec: () => {
        const q = parseQualified(cellAddress);
        const sheet = q && findSheet(book, q.sheet);
        if (!q || !sheet) throw new FakeOfficeError("InvalidArgument", `Bad cell address ${cellAddress}`);
        const { top: row, left: col } = q.range;
        if (book.annotations.some((a) => a.alive && a.sheet === sheet && a.row === row && a.col === col))
          throw new FakeOfficeError("InvalidArgument", `The cell ${cellAddress} already has a note or comment.`);
        this.ctx.fake.logWrite(sheet, { top: row, left: col, bottom: row, right: col }, this.kind);
        holder.model = { id: `${this.kind}-${book.nextId++}`, kind: this.kind, sheet, row, col, content, alive: true };
        book.annotations.push(holder.model);
        return 0;
      },
    });
    const placeholder: AnnotationModel = { id: "", kind: this.kind, sheet: null as unknown as FakeSheet, row: 0, col: 0, content, alive: false };
    return new FakeAnnotationProxy(this.ctx, new Proxy(placeholder, { get: (t, p) => Reflect.get(holder.model ?? t, p) }), this.needs!);
  }
}

class FakeXmlPartProxy extends FakeObject implements XlCustomXmlPart {
  constructor(ctx: FakeContext, private readonly model: FakeXmlPart) {
    super(ctx);
    this.needs = "1.5";
  }
  get id(): string {
    return this.read("id");
  }
  protected scalar(name: string): unknown {
    if (name !== "id") throw new FakeOfficeError("InvalidArgument", name);
    return this.model.id;
  }
  getXml(): XlClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.push({
      request: 50,
      needs: "1.5",
      exec: () => {
        if (!this.model.alive) throw new FakeOfficeError("ItemNotFound", "The custom XML part no longer exists.");
        result.resolve(this.model.xml);
        return bytes(this.model.xml);
      },
    });
    return result;
  }
  delete(): void {
    this.ctx.push({
      request: 50,
      needs: "1.5",
      exec: () => {
        if (!this.model.alive) throw new FakeOfficeError("ItemNotFound", "The custom XML part no longer exists.");
        this.model.alive = false;
        return 0;
      },
    });
  }
}

class FakeXmlParts implements XlCustomXmlPartCollection {
  private proxies = new Map<string, FakeXmlPartProxy>();
  constructor(private readonly ctx: FakeContext) {}
  private proxy(m: FakeXmlPart) {
    const p = this.proxies.get(m.id) ?? new FakeXmlPartProxy(this.ctx, m);
    this.proxies.set(m.id, p);
    return p;
  }
  add(xml: string): XlCustomXmlPart {
    const book = this.ctx.book;
    const model: FakeXmlPart = { id: "", namespace: "", xml, alive: false };
    this.ctx.push({
      request: 50 + bytes(xml),
      needs: "1.5",
      exec: () => {
        const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*)\b([^>]*)>[\s\S]*<\/\1>\s*$/.exec(xml);
        if (!root) throw new FakeOfficeError("InvalidArgument", "The XML is not well-formed.");
        model.id = `{part-${book.nextId++}}`;
        model.namespace = /\bxmlns="([^"]*)"/.exec(root[2])?.[1] ?? "";
        model.alive = true;
        book.parts.push(model);
        return 40;
      },
    });
    return this.proxy(model);
  }
  getByNamespace(namespaceUri: string) {
    const ctx = this.ctx;
    const parts = this;
    return new (class extends FakeObject {
      get items(): XlCustomXmlPart[] {
        return this.read("items");
      }
      protected scalar(name: string): unknown {
        throw new FakeOfficeError("InvalidArgument", name);
      }
      protected override loadPath(path: string[]): number {
        if (path[0] !== "items") return super.loadPath(path);
        let size = 2;
        const items = ctx.book.parts.filter((p) => p.alive && p.namespace === namespaceUri).map((m) => {
          const p = parts.proxy(m);
          if (path.length > 1) size += p.loadNow([path.slice(1)]);
          return p;
        });
        this.loaded.set("items", items);
        return size;
      }
    })(ctx);
  }
}

export { addSheet, setCell, getCell, bookSnapshot, type FakeCell, type FakeSheet, type FakeAnnotation } from "./fakeModel";
