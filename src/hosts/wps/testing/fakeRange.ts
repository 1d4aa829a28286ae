import { columnLetters, parseRangeA1 } from "../../../engine";
import { ERROR_LITERALS } from "../../common/cellInput";
import { GENERAL, type Area, type FakeCell, type FakeSheetModel } from "./fakeModel";
import { spreadsheetXmlOf } from "./fakeXml";

/** What every fake object shares: the counting proxy wraps only these. */
export abstract class FakeObject {}

export interface FakeEnv {
  value2Shape: "array" | "item";
  /** Whether `Range.Value(11)` gives SpreadsheetML (else it throws, as an unimplemented call would). */
  xmlSpreadsheet: boolean;
}

const COM_ERRORS: Record<string, number> = {
  "#NULL!": 2000, "#DIV/0!": 2007, "#VALUE!": 2015, "#REF!": 2023, "#NAME?": 2029, "#NUM!": 2036, "#N/A": 2042,
};
const COM_ERROR_BASE = -2146828288;
const XL_NONE = -4142;
const WHITE = 0xffffff;

function protectedError(): Error {
  return new Error("您试图更改的单元格或图表受保护，因而是只读的。(The cell is on a protected sheet.)");
}

/** A cell as `Value2` gives it: errors as COM error codes, empty as undefined. */
function value2Of(cell: FakeCell): unknown {
  const v = cell.value;
  if (v === null) return undefined;
  if (typeof v === "object") return COM_ERROR_BASE + (COM_ERRORS[v.error] ?? 2015);
  return v;
}

/** A cell as `Formula` gives it: the formula, else the constant as text. */
function formulaTextOf(cell: FakeCell): string {
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Typing `input` into a cell, as ET does: ' keeps text, = makes a formula, numbers, percents and booleans convert. */
function typeInto(sheet: FakeSheetModel, r: number, c: number, input: unknown): void {
  sheet.update(r, c, (cell) => {
    const key = `${r},${c}`;
    if (cell.formula) sheet.results.set(key, { formula: cell.formula, value: cell.value });
    cell.formula = null;
    if (input === null || input === undefined || input === "") cell.value = null;
    else if (typeof input === "number") cell.value = Number.isFinite(input) ? input : null;
    else if (typeof input === "boolean") cell.value = input;
    else {
      const text = String(input);
      const pct = /^\s*([-+]?\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
      if (text.startsWith("'")) cell.value = text.slice(1);
      else if (text.startsWith("=") && text.length > 1) {
        cell.formula = text;
        const seen = sheet.results.get(key);
        cell.value = seen && seen.formula === text ? seen.value : null;
      } else if (ERROR_LITERALS.has(text)) cell.value = { error: text };
      else if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text)) cell.value = Number(text);
      else if (pct) {
        cell.value = Number(pct[1]) / 100;
        if (cell.numberFormat === GENERAL) cell.numberFormat = "0%";
      } else if (/^\s*(true|false)\s*$/i.test(text)) cell.value = /true/i.test(text);
      else cell.value = text;
    }
  });
}

/** All cells of an area, row by row. */
function* cellsOf(a: Area): Generator<[number, number]> {
  for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) yield [r, c];
}

/** One value when every cell agrees, else null (as ET reads a property of a mixed range). */
function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export function parseAreas(address: string): Area[] {
  return address.split(",").map((part) => {
    const range = parseRangeA1(part.replace(/\$/g, "").trim());
    if (!range) throw new Error(`Range("${address}"): invalid reference`);
    return { r1: range.top + 1, c1: range.left + 1, r2: range.bottom + 1, c2: range.right + 1 };
  });
}

function addressOf(a: Area, rowAbs: boolean, colAbs: boolean): string {
  const cell = (r: number, c: number) => `${colAbs ? "$" : ""}${columnLetters(c - 1)}${rowAbs ? "$" : ""}${r}`;
  return a.r1 === a.r2 && a.c1 === a.c2 ? cell(a.r1, a.c1) : `${cell(a.r1, a.c1)}:${cell(a.r2, a.c2)}`;
}

export class FakeComment extends FakeObject {
  constructor(private readonly sheet: FakeSheetModel, private readonly r: number, private readonly c: number) {
    super();
  }
  Text(): string {
    return this.sheet.cell(this.r, this.c).comment ?? "";
  }
  Delete(): void {
    if (this.sheet.protectedContents) throw protectedError();
    this.sheet.update(this.r, this.c, (cell) => (cell.comment = null));
  }
}

export class FakeInterior extends FakeObject {
  constructor(private readonly range: FakeRange) {
    super();
  }
  get Color(): number | null {
    return uniform(this.range.cells().map(([r, c]) => this.range.sheet.cell(r, c).color ?? WHITE));
  }
  set Color(bgr: number) {
    this.range.write((cell) => (cell.color = bgr));
  }
  get ColorIndex(): number | null {
    const colors = this.range.cells().map(([r, c]) => this.range.sheet.cell(r, c).color);
    const same = colors.every((x) => x === colors[0]);
    if (!same) return null;
    return colors[0] === null ? XL_NONE : 1 + (colors[0] % 55);
  }
  set ColorIndex(index: number) {
    if (index !== XL_NONE) throw new Error("fake: only xlNone can be set through ColorIndex");
    this.range.write((cell) => (cell.color = null));
  }
}

/** `Range.Rows` / `Range.Columns`. */
export class FakeRangeList extends FakeObject {
  constructor(private readonly range: FakeRange, private readonly by: "rows" | "cols") {
    super();
  }
  get Count(): number {
    const a = this.range.areas[0];
    return this.by === "rows" ? a.r2 - a.r1 + 1 : a.c2 - a.c1 + 1;
  }
  Item(i: number): FakeRange {
    const a = this.range.areas[0];
    const area = this.by === "rows" ? { ...a, r1: a.r1 + i - 1, r2: a.r1 + i - 1 } : { ...a, c1: a.c1 + i - 1, c2: a.c1 + i - 1 };
    return new FakeRange(this.range.sheet, [area], this.range.env);
  }
}

export class FakeRange extends FakeObject {
  constructor(readonly sheet: FakeSheetModel, readonly areas: Area[], readonly env: FakeEnv) {
    super();
  }

  cells(): [number, number][] {
    return this.areas.flatMap((a) => [...cellsOf(a)]);
  }

  write(change: (cell: FakeCell) => void): void {
    if (this.sheet.protectedContents) throw protectedError();
    for (const [r, c] of this.cells()) this.sheet.update(r, c, change);
  }

  private get first(): Area {
    return this.areas[0];
  }
  private single(): [number, number] {
    return [this.first.r1, this.first.c1];
  }
  private get isOneCell(): boolean {
    return this.areas.length === 1 && this.first.r1 === this.first.r2 && this.first.c1 === this.first.c2;
  }

  get Row(): number {
    return this.first.r1;
  }
  get Column(): number {
    return this.first.c1;
  }
  get Rows(): FakeRangeList {
    return new FakeRangeList(this, "rows");
  }
  get Columns(): FakeRangeList {
    return new FakeRangeList(this, "cols");
  }
  get Count(): number {
    return this.cells().length;
  }
  get Cells(): FakeRange {
    return this;
  }
  Item(row: number, column = 1): FakeRange {
    const r = this.first.r1 + row - 1;
    const c = this.first.c1 + column - 1;
    return new FakeRange(this.sheet, [{ r1: r, c1: c, r2: r, c2: c }], this.env);
  }

  /** A matrix read of the first area, in the shape this build gives. */
  private matrix(read: (cell: FakeCell) => unknown): unknown {
    if (this.isOneCell) return read(this.sheet.cell(...this.single()));
    const a = this.first;
    const rows = Array.from({ length: a.r2 - a.r1 + 1 }, (_, i) => Array.from({ length: a.c2 - a.c1 + 1 }, (_, j) => read(this.sheet.cell(a.r1 + i, a.c1 + j))));
    if (this.env.value2Shape === "array") return rows;
    // Data handed over with the read: its Item calls do not cross into WPS again.
    return { Item: (r: number, c: number) => rows[r - 1]?.[c - 1] };
  }

  private writeMatrix(input: unknown, put: (r: number, c: number, v: unknown) => void): void {
    if (this.sheet.protectedContents) throw protectedError();
    for (const a of this.areas) {
      for (const [r, c] of cellsOf(a)) {
        const v = Array.isArray(input) ? (input[r - a.r1] as unknown[] | undefined)?.[c - a.c1] : input;
        put(r, c, v);
      }
    }
  }

  get Value2(): unknown {
    return this.matrix(value2Of);
  }
  set Value2(input: unknown) {
    this.writeMatrix(input, (r, c, v) => typeInto(this.sheet, r, c, v));
  }
  Value(dataType?: number): unknown {
    if (dataType === 11 && this.env.xmlSpreadsheet) return spreadsheetXmlOf(this.sheet, this.first);
    if (dataType === 11) throw new Error("fake: Value(xlRangeValueXMLSpreadsheet) is not supported by this build");
    return this.matrix(value2Of);
  }
  get Formula(): unknown {
    return this.matrix(formulaTextOf);
  }
  set Formula(input: unknown) {
    this.writeMatrix(input, (r, c, v) => typeInto(this.sheet, r, c, v));
  }
  get NumberFormat(): string | null {
    return uniform(this.cells().map(([r, c]) => this.sheet.cell(r, c).numberFormat));
  }
  set NumberFormat(format: string) {
    this.write((cell) => (cell.numberFormat = format));
  }
  get MergeCells(): boolean | null {
    return uniform(this.cells().map(([r, c]) => this.sheet.mergeAt(r, c) !== null));
  }
  get MergeArea(): FakeRange {
    const m = this.sheet.mergeAt(...this.single());
    return new FakeRange(this.sheet, [m ?? this.first], this.env);
  }
  get Interior(): FakeInterior {
    return new FakeInterior(this);
  }
  get Comment(): FakeComment | null {
    const [r, c] = this.single();
    return this.sheet.cell(r, c).comment === null ? null : new FakeComment(this.sheet, r, c);
  }
  AddComment(text = ""): FakeComment {
    const [r, c] = this.single();
    if (this.sheet.protectedContents) throw protectedError();
    if (this.sheet.cell(r, c).comment !== null) throw new Error("fake: the cell already has a comment");
    this.sheet.update(r, c, (cell) => (cell.comment = text));
    return new FakeComment(this.sheet, r, c);
  }
  ClearComments(): void {
    this.write((cell) => (cell.comment = null));
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    return this.areas.map((a) => addressOf(a, rowAbsolute, columnAbsolute)).join(",");
  }
  Select(): boolean {
    return true;
  }
  Merge(): void {
    if (this.sheet.protectedContents) throw protectedError();
    const a = this.first;
    this.sheet.merges = this.sheet.merges.filter((m) => m.r2 < a.r1 || m.r1 > a.r2 || m.c2 < a.c1 || m.c1 > a.c2);
    this.sheet.merges.push({ ...a });
  }
  UnMerge(): void {
    if (this.sheet.protectedContents) throw protectedError();
    const a = this.first;
    this.sheet.merges = this.sheet.merges.filter((m) => m.r2 < a.r1 || m.r1 > a.r2 || m.c2 < a.c1 || m.c1 > a.c2);
  }
  Clear(): boolean {
    this.write((cell) => Object.assign(cell, { value: null, formula: null, numberFormat: GENERAL, color: null, comment: null }));
    return true;
  }
  get ColumnWidth(): number | null {
    return uniform(this.cells().map(([, c]) => this.sheet.widths.get(c) ?? 8.38));
  }
  set ColumnWidth(width: number) {
    for (let c = this.first.c1; c <= this.first.c2; c++) this.sheet.widths.set(c, width);
  }
}
