import { parseRangeA1, type CellRange, type SheetGrid } from "../../../engine";
import type {
  ExcelEnv,
  SettingsStore,
  XlApplication,
  XlContext,
  XlRange,
  XlRangeAreas,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from "../api";
import { parseQualified, splitAreas } from "../../common/addresses";
import {
  addSheet,
  bookSnapshot,
  copyBook,
  liveSheets,
  newBook,
  restoreUndoPoint,
  setCell,
  undoPoint,
  worksheetId,
  type FakeBook,
  type FakeCell,
  type FakeSheet,
  type UndoPoint,
} from "./fakeModel";
import { FakeAnnotations, FakeXmlParts, rootNamespace } from "./fakeParts";
import { FakeObject, FakeOfficeError, findSheet, WHOLE_SHEET, type CellWrite, type FakeCtx, type FakeHost, type OpSpec } from "./fakeProxy";
import { FakeRange, FakeRangeAreas } from "./fakeRange";
import { PESSIMISTIC, requestBytes, reserialise, type FakeSemantics } from "./fakeSemantics";
import { deleteRows, insertRows, sortRows } from "./fakeUser";

/**
 * A typed fake of the slice of the Excel JavaScript API in ../api.ts, strict where Office.js is strict:
 * - loads and writes are queued and run only at `context.sync()`, in order; syncs are counted;
 * - reading a property that was not loaded and synced throws (PropertyNotLoaded), as does a ClientResult's value;
 * - a request or response over the payload limit (5 MB) throws; a failed batch keeps what ran before the failing
 *   operation, as Office.js does (there is no rollback);
 * - `*OrNullObject` gives an object whose `isNullObject` is true after a sync;
 * - an API above the configured requirement set fails at sync with ApiNotFound;
 * - writes to a protected sheet fail with AccessDenied; every cell written is logged.
 * Where the documentation is silent it answers as `semantics` says (fakeSemantics.ts), pessimistically by default. It
 * also plays the person at the keyboard between two runs: user* methods, Ctrl+Z, save and reopen.
 */

export type ApiVersion = "1.7" | "1.8" | "1.9" | "1.10" | "1.12" | "1.13" | "1.14" | "1.17" | "1.18" | "1.19" | "1.20";

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export interface FakeOptions {
  payloadLimit?: number;
  semantics?: FakeSemantics;
  /** The machine's own storage (localStorage): kept by a reopen on this machine, empty on another; null: refused. */
  machineStorage?: Map<string, string> | null;
  /** Office.context.document.url ("" for a workbook never saved). */
  documentUrl?: string;
  /** Office.context.platform. */
  platform?: string;
}

const minor = (v: string) => Number(v.split(".")[1]);

export class FakeExcel implements FakeHost {
  book: FakeBook;
  syncs = 0;
  readonly stats: SyncStat[] = [];
  readonly written: CellWrite[] = [];
  readonly runs: { mergeUndoGroup: boolean }[] = [];
  /** Called before the n-th sync (1-based) runs: tests change the workbook there, as a user would mid-run. */
  beforeSync: ((n: number) => void) | null = null;
  /** What a custom XML part's text becomes when stored: a test plays a host that alters or cuts long text. */
  storePart: ((xml: string) => string) | null = null;
  /** Makes the op at this index of this sync fail with this code (after the ops before it ran). */
  failAt: { sync: number; op: number; code: string } | null = null;
  liveSettings: Record<string, unknown>;
  readonly payloadLimit: number;
  readonly semantics: FakeSemantics;
  readonly machineStorage: Map<string, string> | null;
  documentUrl: string;
  readonly platform: string;
  /** How many times the document's settings were saved (each save marks the workbook as changed). */
  settingsSaves = 0;
  /** Every workbook Excel.createWorkbook opened, as the base64 it was given (each in a window of its own). */
  readonly createdWorkbooks: string[] = [];
  /** @internal What each formula evaluated to, per cell: given back when the formula is written again. */
  readonly formulaResults = new Map<string, FakeCell["value"]>();
  /** What Ctrl+Z would put back, and whether the current run already set it (a run with mergeUndoGroup is one step). */
  private undo: UndoPoint | null = null;
  private run_: { merge: boolean; marked: boolean } | null = null;

  constructor(
    readonly api: ApiVersion = "1.20",
    book: FakeBook = newBook(),
    options: FakeOptions = {},
  ) {
    this.book = book;
    this.payloadLimit = options.payloadLimit ?? FAKE_PAYLOAD_LIMIT;
    this.semantics = options.semantics ?? PESSIMISTIC;
    this.machineStorage = options.machineStorage === undefined ? new Map() : options.machineStorage;
    this.documentUrl = options.documentUrl ?? "https://example.sharepoint.com/Shared Documents/绩效自评表.xlsx";
    this.platform = options.platform ?? "PC";
    this.liveSettings = JSON.parse(JSON.stringify(book.savedSettings)) as Record<string, unknown>;
  }

  /** A workbook holding these grids: values (typed), formulas, number formats, merges. */
  static fromGrids(grids: SheetGrid[], api: ApiVersion = "1.20", options: FakeOptions = {}): FakeExcel {
    const fake = new FakeExcel(api, newBook(), options);
    for (const g of grids) {
      const sheet = addSheet(fake.book, g.name);
      g.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const formula = g.formulas?.[i]?.[j] ?? null;
          const numberFormat = g.numberFormats?.[i]?.[j] ?? "General";
          if (v !== null || formula || numberFormat !== "General")
            setCell(sheet, g.originRow + i, g.originCol + j, { value: v, formula, numberFormat });
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

  /** Whether the running batch is inside `Excel.run({ mergeUndoGroup: true })`. */
  inUndoGroup(): boolean {
    return this.run_?.merge ?? false;
  }

  sheet(name: string): FakeSheet {
    const s = liveSheets(this.book).find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  snapshot() {
    return bookSnapshot(this.book);
  }

  /** The custom rules on a cell, top first: what it looks like comes from the first (every rule here is always true). */
  rulesAt(sheet: string, row: number, col: number) {
    return this.sheet(sheet).cfs.filter(
      (c) => c.alive && c.areas.some((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right),
    );
  }

  /**
   * Saves (settings included) and opens the file again: a new fake with only what a saved file keeps, read back as the
   * semantics say (sheet ids regenerated or not, XML parts re-serialised or not). `api` opens it in another Excel;
   * `otherMachine` gives it an empty machine storage.
   */
  saveAndReopen(options: { api?: ApiVersion; otherMachine?: boolean } = {}): FakeExcel {
    this.book.savedSettings = JSON.parse(JSON.stringify(this.liveSettings)) as Record<string, unknown>;
    const book = copyBook(this.book);
    if (this.semantics.sheetIdOnReopen === "regenerated") for (const s of book.sheets) s.wsId = worksheetId(book.nextId++ + 0x10000);
    if (this.semantics.xmlOnReopen === "reserialised") for (const p of book.parts) p.xml = reserialise(p.xml);
    const again = new FakeExcel(options.api ?? this.api, book, {
      payloadLimit: this.payloadLimit,
      semantics: this.semantics,
      machineStorage: this.machineStorage === null ? null : options.otherMachine ? new Map() : new Map(this.machineStorage),
      documentUrl: this.documentUrl,
      platform: this.platform,
    });
    for (const [k, v] of this.formulaResults) again.formulaResults.set(k, v);
    return again;
  }

  env(): ExcelEnv {
    const settings: SettingsStore = {
      get: (name) => this.liveSettings[name],
      set: (name, value) => {
        this.liveSettings[name] = JSON.parse(JSON.stringify(value)) as unknown;
      },
      save: async () => {
        this.settingsSaves++;
        this.book.savedSettings = JSON.parse(JSON.stringify(this.liveSettings)) as Record<string, unknown>;
      },
    };
    const machine = this.machineStorage;
    return {
      run: async (batch, options) => {
        this.runs.push({ mergeUndoGroup: options.mergeUndoGroup });
        this.run_ = { merge: options.mergeUndoGroup, marked: false };
        try {
          return await batch(new FakeContext(this));
        } finally {
          this.run_ = null;
        }
      },
      supports: (v) => this.supports(v),
      settings,
      storage: machine && { getItem: (k) => machine.get(k) ?? null, setItem: (k, v) => void machine.set(k, String(v)) },
      documentKey: () => this.documentUrl,
      platform: this.platform,
      createWorkbook: async (base64) => {
        if (this.semantics.createWorkbook === "refused")
          throw new FakeOfficeError("GeneralException", "The new workbook could not be opened.");
        this.createdWorkbooks.push(base64);
      },
    };
  }

  /** @internal */
  logWrite(sheet: FakeSheet, r: CellRange, what: CellWrite["what"]) {
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
    for (let row = r.top; row <= Math.min(r.bottom, r.top + 10_000); row++)
      for (let col = r.left; col <= Math.min(r.right, r.left + 100); col++) this.written.push({ sheet: sheet.name, row, col, what });
  }

  /** @internal Runs one sync's operations in order. */
  run(ops: (OpSpec & { request: number })[]) {
    this.syncs++;
    const n = this.syncs;
    this.beforeSync?.(n);
    const request = ops.reduce((sum, op) => sum + op.request, 0) + 64;
    if (request > this.payloadLimit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
    if (ops.some((op) => op.write) && !(this.run_?.merge && this.run_.marked)) {
      this.undo = undoPoint(this.book);
      if (this.run_) this.run_.marked = true;
    }
    let response = 0;
    for (const [i, op] of ops.entries()) {
      if (this.failAt && this.failAt.sync === n && this.failAt.op === i) throw new FakeOfficeError(this.failAt.code, `injected at op ${i}`);
      if (op.needs && !this.supports(op.needs)) throw new FakeOfficeError("ApiNotFound", `needs ExcelApi ${op.needs}`);
      response += op.exec();
    }
    this.stats.push({ requestBytes: request, responseBytes: response, operations: ops.length });
    if (response > this.payloadLimit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
  }

  // What a person does between two runs. Each one ends what Ctrl+Z could take back of the add-in's last run.

  private userSheet(name: string): FakeSheet {
    this.undo = null;
    return this.sheet(name);
  }

  userInsertRows(sheet: string, row: number, count = 1): void {
    insertRows(this.book, this.userSheet(sheet), row, count);
  }

  userDeleteRows(sheet: string, row: number, count = 1): void {
    deleteRows(this.book, this.userSheet(sheet), row, count);
  }

  /** Rows from, from+1, … take the contents of rows order[0], order[1], … (conditional formats stay where they are). */
  userSortRows(sheet: string, from: number, order: number[]): void {
    sortRows(this.book, this.userSheet(sheet), from, order);
  }

  userRenameSheet(from: string, to: string): void {
    if (findSheet(this.book, to)) throw new Error(`a sheet named ${to} exists`);
    this.userSheet(from).name = to;
  }

  /** Hides or shows a sheet (VeryHidden: as code does; a person can only hide). */
  userSetVisibility(name: string, visibility: FakeSheet["visibility"]): void {
    this.userSheet(name).visibility = visibility;
  }

  /** Switches Excel's calculation mode (Formulas › Calculation Options). */
  userSetCalculation(mode: FakeBook["calculationMode"]): void {
    this.book.calculationMode = mode;
  }

  userDeleteSheet(name: string): void {
    const s = this.userSheet(name);
    s.alive = false;
    if (this.book.active === s) this.book.active = liveSheets(this.book)[0] ?? null;
  }

  /** Types a value (or a formula, with its result) into a cell. */
  userSetValue(sheet: string, row: number, col: number, value: FakeCell["value"], formula: string | null = null): void {
    setCell(this.userSheet(sheet), row, col, { value, formula });
  }

  /** Gives a cell a fill of the user's own (null: no fill). */
  userSetColor(sheet: string, row: number, col: number, fill: string | null): void {
    setCell(this.userSheet(sheet), row, col, { fill });
  }

  /** Writes a note on a cell, or edits the note or comment already there (null deletes it). */
  userSetNote(sheet: string, row: number, col: number, text: string | null): void {
    const s = this.userSheet(sheet);
    const there = this.book.annotations.find((a) => a.alive && a.sheet === s && a.row === row && a.col === col);
    if (text === null) {
      if (there) there.alive = false;
    } else if (there) there.content = text;
    else this.book.annotations.push({ id: `note-${this.book.nextId++}`, kind: "note", sheet: s, row, col, content: text, alive: true });
  }

  /** Adds a conditional format of the user's own over "A1:B2,D5". */
  userAddRule(sheet: string, areas: string, formula: string, fill: string): void {
    const s = this.userSheet(sheet);
    const ranges = splitAreas(areas)
      .map((a) => parseRangeA1(a))
      .filter((r): r is CellRange => r !== null);
    s.cfs.unshift({ id: `{cf-${this.book.nextId++}}`, type: "Custom", formula, fill, areas: ranges, alive: true });
  }

  /** Puts a custom XML part into the workbook, as another program (or a forger) would. */
  plantPart(xml: string): void {
    this.undo = null;
    this.book.parts.push({ id: `{part-${this.book.nextId++}}`, namespace: rootNamespace(xml) ?? "", xml, alive: true });
  }

  /** Ctrl+Z right after the add-in's last run: its last batch (the whole run under mergeUndoGroup) is reverted. */
  userUndo(): boolean {
    if (!this.undo) return false;
    restoreUndoPoint(this.book, this.undo, this.semantics.undoRevertsParts === "yes");
    this.undo = null;
    return true;
  }
}

class FakeContext implements XlContext, FakeCtx {
  readonly queue: (OpSpec & { request: number })[] = [];
  readonly workbook: XlWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  get book() {
    return this.fake.book;
  }
  push(op: OpSpec) {
    this.queue.push({ ...op, request: requestBytes(this.fake.semantics, op.base, op.payload) });
  }
  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    this.fake.run(ops);
  }
}

class FakeApplication extends FakeObject implements XlApplication {
  get calculationMode(): string {
    return this.read("calculationMode");
  }
  protected scalar(name: string): unknown {
    if (name === "calculationMode") return this.ctx.book.calculationMode;
    throw new FakeOfficeError("InvalidArgument", `Application has no ${name}`);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.push({ base: 60, needs: "1.6", exec: () => 0 });
  }
}

class FakeWorkbook implements XlWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly customXmlParts: FakeXmlParts;
  readonly comments: FakeAnnotations;
  readonly notes: FakeAnnotations;
  readonly application: FakeApplication;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.customXmlParts = new FakeXmlParts(ctx);
    this.comments = new FakeAnnotations(ctx, "comment");
    this.notes = new FakeAnnotations(ctx, "note");
    this.application = new FakeApplication(ctx);
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
    this.loaded.set(
      "items",
      this.loadItems(path.slice(1), (n) => (size += n)),
    );
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
      base: 60,
      payload: name,
      write: true,
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

class FakeWorksheet extends FakeObject implements XlWorksheet {
  readonly protection: XlWorksheetProtection;
  constructor(
    ctx: FakeCtx,
    private readonly target: () => FakeSheet | null,
  ) {
    super(ctx);
    const sheet = () => this.sheet();
    this.protection = new (class extends FakeObject implements XlWorksheetProtection {
      get protected() {
        return this.read<boolean>("protected");
      }
      protected scalar(name: string) {
        if (name !== "protected") throw new FakeOfficeError("InvalidArgument", name);
        return sheet().protected;
      }
    })(ctx);
  }
  /** The sheet, or ItemNotFound when it was deleted (or, for a proxy got by name, renamed) since this proxy was made. */
  sheet(): FakeSheet {
    const s = this.target();
    if (!s || !s.alive) throw new FakeOfficeError("ItemNotFound", "The worksheet no longer exists.");
    return s;
  }
  protected override isNull() {
    const s = this.target();
    return !s || !s.alive;
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  protected scalar(name: string): unknown {
    if (name === "name") return this.sheet().name;
    if (name === "id") return this.sheet().wsId;
    if (name === "visibility") return this.sheet().visibility;
    throw new FakeOfficeError("InvalidArgument", `Worksheet has no ${name}`);
  }
  protected override child(name: string): FakeObject {
    if (name === "protection") return this.protection as unknown as FakeObject;
    return super.child(name);
  }
  getRange(address?: string): XlRange {
    return new FakeRange(this.ctx, () => {
      const r = address === undefined ? WHOLE_SHEET : parseQualified(address)?.range;
      if (!r) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
      return { sheet: this.sheet(), r };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
        return {
          sheet: this.sheet(),
          r: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
        };
      },
      "1.7",
    );
  }
  getRanges(address?: string): XlRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => {
        if (!address || address.length > 255)
          throw new FakeOfficeError("InvalidArgument", `A range address must be 1–255 characters (${address?.length ?? 0}).`);
        const areas = splitAreas(address).map((p) => parseQualified(p)?.range);
        if (areas.some((a) => !a)) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
        return { sheet: this.sheet(), areas: areas as CellRange[] };
      },
      "1.9",
    );
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
      base: 50,
      exec: () => {
        const sheet = this.sheet();
        if (sheet.visibility !== "Visible") {
          if (this.ctx.fake.semantics.activateHidden === "throws" || sheet.visibility === "VeryHidden")
            throw new FakeOfficeError("InvalidOperation", `The sheet ${sheet.name} is hidden.`);
          sheet.visibility = "Visible";
        }
        this.ctx.book.active = sheet;
        return 0;
      },
    });
  }
  delete(): void {
    this.ctx.push({
      base: 50,
      write: true,
      exec: () => {
        const s = this.sheet();
        // Documented: Worksheet.delete has no undo support, and an API without it throws inside an undo group.
        if (this.ctx.fake.inUndoGroup()) throw new FakeOfficeError("UndoNotSupported", "Worksheet.delete cannot be grouped for undo.");
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
      ? {
          top: Math.min(area.top, row),
          left: Math.min(area.left, col),
          bottom: Math.max(area.bottom, row),
          right: Math.max(area.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return area;
}

export { FakeOfficeError, type CellWrite } from "./fakeProxy";
export { PESSIMISTIC, READINGS, type FakeSemantics } from "./fakeSemantics";
export { addSheet, setCell, getCell, bookSnapshot, type FakeCell, type FakeSheet, type FakeAnnotation } from "./fakeModel";
