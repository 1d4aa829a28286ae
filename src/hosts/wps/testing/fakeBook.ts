import { FakeBookModel, FakeSheetModel, type Area, type NameEntry } from "./fakeModel";
import { FakeComments, FakeObject, FakeRange, FakeRangeList, addressOf, parseAreas, type FakeEnv } from "./fakeRange";

const ALL_ROWS = 1048576;
const ALL_COLS = 16384;
const XL_SHEET_VISIBLE = -1;

/** What the fake needs of the application behind a workbook: the environment and who is active. */
export interface FakeHostSide {
  readonly env: FakeEnv;
  /** Makes a workbook the active one (its window to the front). */
  activate(book: FakeBookModel): void;
}

/** A sheet name as a reference wants it: bare when it is a plain word, else quoted with inner quotes doubled. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function checkSheetName(book: FakeBookModel, self: FakeSheetModel | null, name: string): void {
  if (typeof name !== "string" || name === "" || name.length > 31 || /[[\]:*?/\\]/.test(name))
    throw new Error(`fake: "${name}" is not a valid sheet name`);
  if (book.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase()))
    throw new Error(`fake: a sheet named "${name}" exists`);
}

export class FakeWorksheet extends FakeObject {
  constructor(
    readonly model: FakeSheetModel,
    private readonly book: FakeBookModel,
    private readonly host: FakeHostSide,
  ) {
    super();
  }
  get Name(): string {
    return this.model.name;
  }
  set Name(name: string) {
    if (this.book.protectStructure) throw new Error("fake: workbook structure is protected");
    checkSheetName(this.book, this.model, name);
    this.host.env.beforeWrite();
    this.model.name = name;
  }
  get CodeName(): string {
    return this.host.env.codeName === "kept" ? this.model.codeName : "";
  }
  get Index(): number {
    return this.book.sheets.indexOf(this.model) + 1;
  }
  get Visible(): number {
    return this.model.visible;
  }
  /** Hiding the active sheet activates its neighbour, as Excel does; the last visible sheet cannot be hidden. */
  set Visible(v: number) {
    if (this.book.protectStructure) throw new Error("fake: workbook structure is protected");
    const shown = this.book.sheets.filter((s) => s.visible === XL_SHEET_VISIBLE);
    if (v !== XL_SHEET_VISIBLE && shown.length === 1 && shown[0] === this.model)
      throw new Error("fake: a workbook must keep one visible sheet");
    this.host.env.beforeWrite();
    this.model.visible = v;
    if (v !== XL_SHEET_VISIBLE && this.book.active === this.model) {
      const i = this.book.sheets.indexOf(this.model);
      const after = this.book.sheets.slice(i + 1).find((s) => s.visible === XL_SHEET_VISIBLE);
      const before = [...this.book.sheets.slice(0, i)].reverse().find((s) => s.visible === XL_SHEET_VISIBLE);
      this.book.active = after ?? before ?? null;
    }
  }
  get ProtectContents(): boolean {
    return this.model.protectedContents;
  }
  get UsedRange(): FakeRange {
    return new FakeRange(this.model, [this.model.usedArea()], this.host.env);
  }
  get Cells(): FakeRange {
    return new FakeRange(this.model, [{ r1: 1, c1: 1, r2: ALL_ROWS, c2: ALL_COLS }], this.host.env);
  }
  get Columns(): FakeRangeList {
    return new FakeRangeList(this.Cells, "cols");
  }
  get Comments(): FakeComments {
    return new FakeComments(this.model, this.host.env);
  }
  Range(address: string): FakeRange {
    return new FakeRange(this.model, parseAreas(address), this.host.env);
  }
  Activate(): void {
    if (this.model.visible !== XL_SHEET_VISIBLE) throw new Error("fake: a hidden sheet cannot be activated");
    this.book.active = this.model;
  }
  /** With DisplayAlerts on, WPS would ask first: the fake refuses rather than wait for a click. */
  Delete(): boolean {
    if (this.book.protectStructure) throw new Error("fake: workbook structure is protected");
    if (this.host.env.displayAlerts()) throw new Error("fake: WPS would ask whether to delete the sheet (DisplayAlerts is on)");
    if (this.book.sheets.filter((s) => s.visible === XL_SHEET_VISIBLE && s !== this.model).length === 0)
      throw new Error("fake: a workbook must keep one visible sheet");
    this.host.env.beforeWrite();
    this.book.removeSheet(this.model);
    return true;
  }
}

export class FakeSheets extends FakeObject {
  constructor(
    private readonly book: FakeBookModel,
    private readonly host: FakeHostSide,
  ) {
    super();
  }
  get Count(): number {
    return this.book.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const model = typeof index === "number" ? this.book.sheets[index - 1] : this.book.sheet(index);
    if (!model) throw new Error(`fake: Worksheets.Item(${JSON.stringify(index)}): subscript out of range`);
    return new FakeWorksheet(model, this.book, this.host);
  }
  /** The new sheet becomes the active one (as Worksheets.Add does in Excel). */
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    if (this.book.protectStructure) throw new Error("fake: workbook structure is protected");
    this.host.env.beforeWrite();
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Sheet${n}`)) n++;
    const model = this.book.newSheet(`Sheet${n}`);
    const anchor = after?.model ?? before?.model;
    const at = anchor ? this.book.sheets.indexOf(anchor) + (after ? 1 : 0) : 0;
    this.book.sheets.splice(at, 0, model);
    this.book.active = model;
    return new FakeWorksheet(model, this.book, this.host);
  }
}

export class FakeName extends FakeObject {
  constructor(
    private readonly entry: NameEntry,
    private readonly book: FakeBookModel,
    private readonly host: FakeHostSide,
  ) {
    super();
  }
  get Name(): string {
    return this.entry.name;
  }
  get Visible(): boolean {
    return this.entry.visible;
  }
  /** "='Sheet 1'!$A$1", "=表1!$A$1"; "=#REF!$A$1" once the sheet is gone, "=表1!#REF!" once the rows are. */
  get RefersTo(): string {
    const t = this.entry.target;
    if ("constant" in t) return t.constant;
    const area = t.area ? addressOf(t.area) : "#REF!";
    return t.sheet ? `=${sheetRef(t.sheet.name)}!${area}` : `=#REF!${t.area ? area : ""}`;
  }
  Delete(): void {
    this.host.env.beforeWrite();
    this.book.names = this.book.names.filter((n) => n !== this.entry);
  }
}

/** Parses "='Sheet'!$A$1" or "=Sheet!$A$1:$B$2" against the book; a constant otherwise. */
function parseRefersTo(book: FakeBookModel, refersTo: string): NameEntry["target"] {
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(refersTo);
  if (!m) return { constant: refersTo };
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const sheet = book.sheet(name);
  if (!sheet) throw new Error(`fake: Names.Add: no sheet "${name}"`);
  const area: Area = parseAreas(m[3])[0];
  return { sheet, area };
}

export class FakeNames extends FakeObject {
  constructor(
    private readonly book: FakeBookModel,
    private readonly host: FakeHostSide,
  ) {
    super();
  }
  get Count(): number {
    return this.book.names.length;
  }
  Item(index: number | string): FakeName {
    const entry =
      typeof index === "number"
        ? this.book.names[index - 1]
        : this.book.names.find((n) => n.name.toLowerCase() === String(index).toLowerCase());
    if (!entry) throw new Error(`fake: Names.Item(${JSON.stringify(index)}): not found`);
    return new FakeName(entry, this.book, this.host);
  }
  /** A name already there is redefined, as Excel does. */
  Add(name: string, refersTo: string, visible = true): FakeName {
    if (typeof name !== "string" || !/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw new Error(`fake: "${name}" is not a valid name`);
    const target = parseRefersTo(this.book, refersTo);
    this.host.env.beforeWrite();
    const entry: NameEntry = { name, visible: visible !== false, target };
    this.book.names = [...this.book.names.filter((n) => n.name.toLowerCase() !== name.toLowerCase()), entry];
    return new FakeName(entry, this.book, this.host);
  }
}

export class FakeWorkbook extends FakeObject {
  constructor(
    readonly model: FakeBookModel,
    private readonly host: FakeHostSide,
  ) {
    super();
  }
  get Name(): string {
    return this.model.name;
  }
  get Worksheets(): FakeSheets {
    return new FakeSheets(this.model, this.host);
  }
  get Names(): FakeNames {
    return new FakeNames(this.model, this.host);
  }
  get ActiveSheet(): FakeWorksheet | null {
    return this.model.active ? new FakeWorksheet(this.model.active, this.model, this.host) : null;
  }
  get ProtectStructure(): boolean {
    return this.model.protectStructure;
  }
  Activate(): void {
    this.host.activate(this.model);
  }
}

/** `Application.Workbooks`: `Add()` opens a new workbook with one empty sheet; whether it becomes active is a switch. */
export class FakeWorkbooks extends FakeObject {
  constructor(private readonly host: FakeHostSide & { readonly added: FakeBookModel[] }) {
    super();
  }
  Add(): FakeWorkbook {
    const book = new FakeBookModel(`工作簿${this.host.added.length + 2}`);
    book.sheets.push(book.newSheet("Sheet1"));
    book.active = book.sheets[0];
    this.host.added.push(book);
    if (this.host.env.addActivates === "yes") this.host.activate(book);
    return new FakeWorkbook(book, this.host);
  }
}
