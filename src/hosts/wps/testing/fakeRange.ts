import { columnLetters, parseRangeA1 } from "../../../engine";
import { ERROR_LITERALS } from "../../common/cellInput";
import { GENERAL, XL_EXPRESSION, type Area, type FakeCell, type FakeRule, type FakeSheetModel } from "./fakeModel";
import { spreadsheetXmlOf } from "./fakeXml";
import { COMMENT_AUTHOR, type OpenSemantics } from "./openSemantics";

/** What every fake object shares: the counting proxy wraps only these. */
export abstract class FakeObject {}

export interface FakeEnv extends OpenSemantics {
  value2Shape: "array" | "item";
  /**
   * Whether `Range.Value(11)` gives SpreadsheetML (else it throws, as an unimplemented call would); "shifted" gives it one
   * row off (as a build counting ss:Index from the sheet's first row, or writing Span the reader misses, would).
   */
  xmlSpreadsheet: boolean | "shifted";
  /** Called before every change the add-in makes through the object model (undo bookkeeping). */
  beforeWrite(): void;
  /** Application.DisplayAlerts as it is now. */
  displayAlerts(): boolean;
}

const COM_ERRORS: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};
const COM_ERROR_BASE = -2146828288;
const XL_NONE = -4142;
const WHITE = 0xffffff;
/** Past this many characters an array write may cut a string (longArrayStrings). */
const LONG_ARRAY = 8_192;

export function protectedError(): Error {
  return new Error("您试图更改的单元格或图表受保护，因而是只读的。(The cell is on a protected sheet.)");
}

/** A comment's text as stored after `AddComment(text)`, under the build's author-line reading. */
export function storedComment(env: OpenSemantics, text: string): string {
  return env.commentAuthor === "line" ? `${COMMENT_AUTHOR}:\n${text}` : text;
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
export function typeInto(sheet: FakeSheetModel, r: number, c: number, input: unknown): void {
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
      else if (/^[=+]/.test(text) && text.length > 1) {
        cell.formula = text.startsWith("+") ? `=${text}` : text;
        const seen = sheet.results.get(key);
        cell.value = seen && seen.formula === cell.formula ? seen.value : null;
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
export function* cellsOf(a: Area): Generator<[number, number]> {
  for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) yield [r, c];
}

const intersects = (a: Area, b: Area) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export function parseAreas(address: string): Area[] {
  return address.split(",").map((part) => {
    const range = parseRangeA1(part.replace(/\$/g, "").trim());
    if (!range) throw new Error(`Range("${address}"): invalid reference`);
    return { r1: range.top + 1, c1: range.left + 1, r2: range.bottom + 1, c2: range.right + 1 };
  });
}

export function addressOf(a: Area, rowAbs = true, colAbs = true): string {
  const cell = (r: number, c: number) => `${colAbs ? "$" : ""}${columnLetters(c - 1)}${rowAbs ? "$" : ""}${r}`;
  return a.r1 === a.r2 && a.c1 === a.c2 ? cell(a.r1, a.c1) : `${cell(a.r1, a.c1)}:${cell(a.r2, a.c2)}`;
}

export class FakeComment extends FakeObject {
  constructor(
    private readonly sheet: FakeSheetModel,
    private readonly r: number,
    private readonly c: number,
    private readonly env: FakeEnv,
  ) {
    super();
  }
  Text(): string {
    return this.sheet.cell(this.r, this.c).comment ?? "";
  }
  Delete(): void {
    if (this.sheet.protectedContents) throw protectedError();
    this.env.beforeWrite();
    this.sheet.update(this.r, this.c, (cell) => (cell.comment = null));
  }
  get Parent(): FakeRange {
    return new FakeRange(this.sheet, [{ r1: this.r, c1: this.c, r2: this.r, c2: this.c }], this.env);
  }
}

/** `Worksheet.Comments`: every comment of the sheet, row by row. */
export class FakeComments extends FakeObject {
  constructor(
    private readonly sheet: FakeSheetModel,
    private readonly env: FakeEnv,
  ) {
    super();
  }
  private list(): [number, number][] {
    return [...this.sheet.cells]
      .filter(([, cell]) => cell.comment !== null)
      .map(([k]) => k.split(",").map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  get Count(): number {
    return this.list().length;
  }
  Item(i: number): FakeComment {
    const at = this.list()[i - 1];
    if (!at) throw new Error(`fake: Comments.Item(${i}): out of range`);
    return new FakeComment(this.sheet, at[0], at[1], this.env);
  }
}

export class FakeInterior extends FakeObject {
  constructor(private readonly range: FakeRange) {
    super();
  }
  get Color(): unknown {
    return this.range.answer(this.range.cells().map(([r, c]) => this.range.sheet.cell(r, c).color ?? WHITE));
  }
  set Color(bgr: number) {
    this.range.write((cell) => (cell.color = bgr));
  }
  get ColorIndex(): unknown {
    return this.range.answer(
      this.range
        .cells()
        .map(([r, c]) => this.range.sheet.cell(r, c).color)
        .map((x) => (x === null ? XL_NONE : 1 + (x % 55))),
    );
  }
  set ColorIndex(index: number) {
    if (index !== XL_NONE) throw new Error("fake: only xlNone can be set through ColorIndex");
    this.range.write((cell) => (cell.color = null));
  }
}

/** The fill of a conditional-format rule. */
export class FakeRuleInterior extends FakeObject {
  constructor(
    private readonly rule: FakeRule,
    private readonly sheet: FakeSheetModel,
    private readonly env: FakeEnv,
  ) {
    super();
  }
  get Color(): number | null {
    return this.rule.color;
  }
  set Color(bgr: number) {
    if (this.sheet.protectedContents) throw protectedError();
    this.env.beforeWrite();
    this.rule.color = bgr;
  }
}

export class FakeFormatCondition extends FakeObject {
  constructor(
    private readonly rule: FakeRule,
    private readonly sheet: FakeSheetModel,
    private readonly env: FakeEnv,
  ) {
    super();
  }
  get Type(): number {
    return this.rule.type;
  }
  /** Only expression and cell-value rules have a formula; colour scales, data bars and icon sets throw (pessimistic). */
  get Formula1(): string {
    if (this.rule.formula === null) throw new Error("fake: this kind of rule has no Formula1");
    return this.rule.formula;
  }
  get AppliesTo(): FakeRange {
    return new FakeRange(
      this.sheet,
      this.rule.areas.map((a) => ({ ...a })),
      this.env,
    );
  }
  get Interior(): FakeRuleInterior {
    return new FakeRuleInterior(this.rule, this.sheet, this.env);
  }
  Delete(): void {
    if (this.sheet.protectedContents) throw protectedError();
    if (!this.sheet.rules.includes(this.rule)) throw new Error("fake: the rule was deleted already");
    this.env.beforeWrite();
    this.sheet.rules = this.sheet.rules.filter((r) => r !== this.rule);
  }
}

/** `Range.FormatConditions`: the sheet's rules that apply to some cell of the range, in priority order. */
export class FakeFormatConditions extends FakeObject {
  constructor(private readonly range: FakeRange) {
    super();
  }
  private list(): FakeRule[] {
    const areas = this.range.effectiveAreas();
    return this.range.sheet.rules.filter((rule) => rule.areas.some((a) => areas.some((b) => intersects(a, b))));
  }
  get Count(): number {
    return this.list().length;
  }
  Item(i: number): FakeFormatCondition {
    const rule = this.list()[i - 1];
    if (!rule) throw new Error(`fake: FormatConditions.Item(${i}): out of range`);
    return new FakeFormatCondition(rule, this.range.sheet, this.range.env);
  }
  /** Under `multiArea: "first"` a rule added over "A1,C3" covers A1 only; under "throws" it is refused. */
  Add(type: number, _operator?: unknown, formula1?: unknown): FakeFormatCondition {
    const sheet = this.range.sheet;
    if (sheet.protectedContents) throw protectedError();
    if (type === XL_EXPRESSION && (typeof formula1 !== "string" || !formula1.startsWith("=")))
      throw new Error("fake: an expression rule needs a formula");
    const areas = this.range.effectiveAreas().map((a) => ({ ...a }));
    this.range.env.beforeWrite();
    const rule: FakeRule = { type, formula: type === XL_EXPRESSION ? (formula1 as string) : null, areas, color: null };
    sheet.rules.push(rule);
    return new FakeFormatCondition(rule, sheet, this.range.env);
  }
}

/** `Range.Rows` / `Range.Columns`. */
export class FakeRangeList extends FakeObject {
  constructor(
    private readonly range: FakeRange,
    private readonly by: "rows" | "cols",
  ) {
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
  constructor(
    readonly sheet: FakeSheetModel,
    readonly areas: Area[],
    readonly env: FakeEnv,
  ) {
    super();
  }

  /** The areas a member acts on: all of them, only the first (`multiArea: "first"`), or none: it throws (`"throws"`). */
  effectiveAreas(): Area[] {
    if (this.areas.length > 1 && this.env.multiArea === "throws") throw new Error("fake: this build refuses a multi-area range here");
    return this.env.multiArea === "first" ? [this.areas[0]] : this.areas;
  }

  cells(): [number, number][] {
    return this.effectiveAreas().flatMap((a) => [...cellsOf(a)]);
  }

  /** One property of several cells: the common value, or what this build gives for a mixed range. */
  answer<T>(values: T[]): T | null | "" {
    if (values.every((v) => v === values[0])) return values[0];
    return this.env.mixed === "null" ? null : this.env.mixed === "empty" ? "" : values[0];
  }

  write(change: (cell: FakeCell) => void): void {
    if (this.sheet.protectedContents) throw protectedError();
    this.env.beforeWrite();
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
    const rows = Array.from({ length: a.r2 - a.r1 + 1 }, (_, i) =>
      Array.from({ length: a.c2 - a.c1 + 1 }, (_, j) => read(this.sheet.cell(a.r1 + i, a.c1 + j))),
    );
    if (this.env.value2Shape === "array") return rows;
    // Data handed over with the read: its Item calls do not cross into WPS again.
    return { Item: (r: number, c: number) => rows[r - 1]?.[c - 1] };
  }

  private writeMatrix(input: unknown): void {
    if (this.sheet.protectedContents) throw protectedError();
    this.env.beforeWrite();
    const cut = (v: unknown) =>
      this.env.longArrayStrings === "truncated" && typeof v === "string" && v.length > LONG_ARRAY ? v.slice(0, LONG_ARRAY) : v;
    for (const a of this.effectiveAreas()) {
      for (const [r, c] of cellsOf(a)) {
        const v = Array.isArray(input) ? cut((input[r - a.r1] as unknown[] | undefined)?.[c - a.c1]) : input;
        typeInto(this.sheet, r, c, v);
      }
    }
  }

  get Value2(): unknown {
    return this.matrix(value2Of);
  }
  set Value2(input: unknown) {
    this.writeMatrix(input);
  }
  Value(dataType?: number): unknown {
    if (dataType === 11 && this.env.xmlSpreadsheet)
      return spreadsheetXmlOf(this.sheet, this.first, this.env.xmlSpreadsheet === "shifted" ? 1 : 0);
    if (dataType === 11) throw new Error("fake: Value(xlRangeValueXMLSpreadsheet) is not supported by this build");
    return this.matrix(value2Of);
  }
  get Formula(): unknown {
    return this.matrix(formulaTextOf);
  }
  set Formula(input: unknown) {
    this.writeMatrix(input);
  }
  get NumberFormat(): unknown {
    return this.answer(this.cells().map(([r, c]) => this.sheet.cell(r, c).numberFormat));
  }
  set NumberFormat(format: string) {
    this.write((cell) => (cell.numberFormat = format));
  }
  get MergeCells(): unknown {
    return this.answer(this.cells().map(([r, c]) => this.sheet.mergeAt(r, c) !== null));
  }
  get MergeArea(): FakeRange {
    const m = this.sheet.mergeAt(...this.single());
    return new FakeRange(this.sheet, [m ?? { r1: this.first.r1, c1: this.first.c1, r2: this.first.r1, c2: this.first.c1 }], this.env);
  }
  get Interior(): FakeInterior {
    return new FakeInterior(this);
  }
  get FormatConditions(): FakeFormatConditions {
    return new FakeFormatConditions(this);
  }
  get Comment(): FakeComment | null {
    const [r, c] = this.single();
    return this.sheet.cell(r, c).comment === null ? null : new FakeComment(this.sheet, r, c, this.env);
  }
  /** A cell's existing comment is replaced without a word, or (`commentOnComment: "throws"`) refused as Excel does. */
  AddComment(text = ""): FakeComment {
    const [r, c] = this.single();
    if (this.sheet.protectedContents) throw protectedError();
    if (this.env.commentOnComment === "throws" && this.sheet.cell(r, c).comment !== null)
      throw new Error("fake: the cell already has a comment");
    this.env.beforeWrite();
    this.sheet.update(r, c, (cell) => (cell.comment = storedComment(this.env, text)));
    return new FakeComment(this.sheet, r, c, this.env);
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
    this.env.beforeWrite();
    const a = this.first;
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, a));
    this.sheet.merges.push({ ...a });
  }
  UnMerge(): void {
    if (this.sheet.protectedContents) throw protectedError();
    this.env.beforeWrite();
    const a = this.first;
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, a));
  }
  /** Clears contents, formats, comments, and the conditional formats within the range. */
  Clear(): boolean {
    this.write((cell) => Object.assign(cell, { value: null, formula: null, numberFormat: GENERAL, color: null, comment: null }));
    const areas = this.effectiveAreas();
    this.sheet.rules = this.sheet.rules.filter(
      (rule) => !rule.areas.every((a) => areas.some((b) => a.r1 >= b.r1 && a.r2 <= b.r2 && a.c1 >= b.c1 && a.c2 <= b.c2)),
    );
    return true;
  }
  get ColumnWidth(): unknown {
    return this.answer(this.cells().map(([, c]) => this.sheet.widths.get(c) ?? 8.38));
  }
  set ColumnWidth(width: number) {
    this.env.beforeWrite();
    for (let c = this.first.c1; c <= this.first.c2; c++) this.sheet.widths.set(c, width);
  }
}
