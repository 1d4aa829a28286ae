import { a1, rangeA1, type CellRange } from "../../../engine";
import type { XlClientResult } from "../api";
import type { FakeBook, FakeCell, FakeSheet } from "./fakeModel";
import type { FakeSemantics } from "./fakeSemantics";

/** What Office.js calls its errors: a code ("ItemNotFound", "AccessDenied", …) and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  what: "value" | "formula" | "numberFormat" | "mark" | "merge" | "note" | "comment";
}

/** One queued operation: its size in the request, the requirement set it needs, whether it changes the workbook. */
export interface OpSpec {
  base: number;
  payload?: unknown;
  needs?: string;
  write?: boolean;
  /** Runs the operation at sync time; returns the response bytes it adds. */
  exec(): number;
}

/** What the proxies need from the fake Excel. */
export interface FakeHost {
  readonly book: FakeBook;
  readonly semantics: FakeSemantics;
  readonly formulaResults: Map<string, FakeCell["value"]>;
  supports(version: string): boolean;
  inUndoGroup(): boolean;
  /** What a custom XML part's text becomes when stored (a test plays a host that alters or cuts it). */
  storePart: ((xml: string) => string) | null;
  /** Refuses a write to a protected sheet; logs every cell written. */
  logWrite(sheet: FakeSheet, r: CellRange, what: CellWrite["what"]): void;
}

export interface FakeCtx {
  readonly fake: FakeHost;
  readonly book: FakeBook;
  push(op: OpSpec): void;
}

export const responseBytes = (v: unknown) => (v === undefined ? 0 : JSON.stringify(v).length);

/** A proxy: properties readable only after load + sync. */
export abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  protected needs: string | undefined = undefined;
  constructor(protected readonly ctx: FakeCtx) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Call load("${prop}") and context.sync() first.`,
      );
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  load(propertyNames: string): this {
    const paths = propertyNames
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split("/"));
    this.ctx.push({ base: 48 + propertyNames.length, needs: this.needs, exec: () => this.loadNow(paths) });
    return this;
  }

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
    if (rest.length > 0) return this.child(head).loadNow([rest]);
    const value = this.scalar(head);
    this.loaded.set(head, value);
    return head.length + 4 + responseBytes(value);
  }

  protected child(name: string): FakeObject {
    throw new FakeOfficeError("InvalidArgument", `no navigation property ${name}`);
  }

  protected abstract scalar(name: string): unknown;
}

export class FakeClientResult<T> implements XlClientResult<T> {
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

export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

export function findSheet(book: FakeBook, name: string): FakeSheet | undefined {
  return book.sheets.filter((s) => s.alive).find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function sheetRef(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function address(sheet: FakeSheet, r: CellRange): string {
  const local = r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeA1(r);
  return `${sheetRef(sheet.name)}!${local}`;
}

export function* cellsOf(r: CellRange): Generator<[number, number, number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col, row - r.top, col - r.left];
}

export function matrix<T>(r: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

export const intersects = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
