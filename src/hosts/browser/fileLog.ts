import type { CellAt, CellRange, CellValue, Edit, MarkKind } from "../../engine";
import type { NotePurpose } from "../../app/ownership/record";
import type { OwnedSheet, SyncSpreadsheet } from "../../app/session/syncSpreadsheet";
import type { Delta, FileLog, MirrorOp, WrittenSheet } from "./protocol";
import { isObject } from "../../app/isObject";

/**
 * A file's log is kept in the browser and read back after a reload: untrusted data. It is bounded (ops, cells, text) so
 * that a log cannot grow without end or swell on the way back; past a bound the file comes back as first opened.
 */
export const LOG_LIMITS = {
  ops: 5_000,
  /** Edits, cells taken back and cells of written sheets, all ops together. */
  cells: 400_000,
  /** One text (a cell's, a note's, a sheet's name); Excel's own cell limit. */
  text: 32_767,
  /** The record's text. */
  record: 16_000_000,
};

const SEVERITIES: readonly MarkKind[] = ["error", "warning", "info", "filled"];
const PURPOSES: readonly NotePurpose[] = ["check", "fill"];
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Thrown where a stored log is not one this page wrote. */
class BadLog extends Error {}

const fail = (why: string): never => {
  throw new BadLog(why);
};

function text(v: unknown, max = LOG_LIMITS.text): string {
  return typeof v === "string" && v.length <= max ? v : fail("text");
}

function optionalText(v: unknown): string | undefined {
  return v === undefined ? undefined : text(v);
}

function index(v: unknown, max: number): number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max ? v : fail("index");
}

function list(v: unknown, budget: { cells: number }): unknown[] {
  if (!Array.isArray(v)) fail("list");
  const items = v as unknown[];
  budget.cells -= items.length;
  if (budget.cells < 0) fail("too long");
  return items;
}

function cellAt(v: unknown): CellAt {
  if (!isObject(v)) fail("cell");
  const o = v as Record<string, unknown>;
  return { sheet: text(o.sheet), row: index(o.row, MAX_ROW), col: index(o.col, MAX_COL) };
}

function plainValue(v: unknown): string | number | boolean | null {
  if (v === null || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : fail("number");
  return text(v);
}

function cellValue(v: unknown): CellValue {
  if (isObject(v)) return { error: text(v.error) };
  return plainValue(v);
}

function edit(v: unknown): Edit {
  if (!isObject(v)) fail("edit");
  const o = v as Record<string, unknown>;
  const at = cellAt(o.at);
  switch (o.kind) {
    case "value": {
      const formula = optionalText(o.formula);
      const numberFormat = optionalText(o.numberFormat);
      return {
        kind: "value",
        at,
        value: plainValue(o.value),
        ...(formula !== undefined ? { formula } : {}),
        ...(numberFormat !== undefined ? { numberFormat } : {}),
      };
    }
    case "mark":
      return SEVERITIES.includes(o.severity as MarkKind) ? { kind: "mark", at, severity: o.severity as MarkKind } : fail("severity");
    case "note":
      return { kind: "note", at, text: text(o.text) };
    default:
      return fail("edit kind");
  }
}

function range(v: unknown): CellRange {
  if (!isObject(v)) fail("range");
  const o = v as Record<string, unknown>;
  return { top: index(o.top, MAX_ROW), left: index(o.left, MAX_COL), bottom: index(o.bottom, MAX_ROW), right: index(o.right, MAX_COL) };
}

function rows<T>(v: unknown, budget: { cells: number }, cell: (c: unknown) => T): T[][] {
  return list(v, budget).map((row) => list(row, budget).map(cell));
}

function ownedSheet(v: unknown, budget: { cells: number }): OwnedSheet {
  if (!isObject(v)) fail("sheet");
  const o = v as Record<string, unknown>;
  const content: OwnedSheet = { values: rows(o.values, budget, cellValue) };
  if (o.numberFormats !== undefined) content.numberFormats = rows(o.numberFormats, budget, (c) => (c === null ? null : text(c)));
  if (o.merges !== undefined) content.merges = list(o.merges, budget).map(range);
  if (o.widths !== undefined)
    content.widths = list(o.widths, budget).map((w) => (typeof w === "number" && Number.isFinite(w) && w >= 0 ? w : fail("width")));
  return content;
}

function writtenSheet(v: unknown, budget: { cells: number }): WrittenSheet {
  if (!isObject(v)) fail("written");
  const o = v as Record<string, unknown>;
  if (typeof o.replace !== "boolean") fail("replace");
  return { requested: text(o.requested), name: text(o.name), replace: o.replace as boolean, content: ownedSheet(o.content, budget) };
}

function op(v: unknown, budget: { cells: number }): MirrorOp {
  if (!isObject(v)) fail("op");
  const o = v as Record<string, unknown>;
  switch (o.op) {
    case "apply":
      return { op: "apply", edits: list(o.edits, budget).map(edit) };
    case "removeMarks":
      return PURPOSES.includes(o.purpose as NotePurpose) ? { op: "removeMarks", purpose: o.purpose as NotePurpose } : fail("purpose");
    case "removeNotes":
      return { op: "removeNotes", cells: list(o.cells, budget).map(cellAt) };
    case "writeSheet":
      return { op: "writeSheet", sheet: writtenSheet(o.sheet, budget) };
    default:
      // A selection is never kept: it changes nothing a reload must bring back.
      return fail("op kind");
  }
}

/** The cells of LOG_LIMITS.cells each log read or built here has used: an append checks only its own ops against the rest. */
const cellsUsed = new WeakMap<FileLog, number>();

/** Ops and record read from untrusted fields, within the ops and cells left; throws BadLog past them. */
function readPart(rawOps: unknown, rawRecord: unknown, opsLeft: number, budget: { cells: number }): FileLog {
  if (!Array.isArray(rawOps) || rawOps.length > opsLeft) return fail("ops");
  const ops = (rawOps as unknown[]).map((o) => op(o, budget));
  if (rawRecord === undefined) return { ops };
  if (!isObject(rawRecord)) return fail("record");
  const t = rawRecord.text;
  return { ops, record: { text: t === null ? null : text(t, LOG_LIMITS.record) } };
}

/** Runs a read; null when what it read is not a log this page wrote. */
function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (e) {
    if (e instanceof BadLog) return null;
    throw e;
  }
}

/**
 * A stored log as this page wrote it, rebuilt from its known fields only; null when it is anything else (a field of the
 * wrong type, an op unknown, past a bound). Nothing of it is ever run or shown as markup: it is cell data.
 */
export function readFileLog(raw: unknown): FileLog | null {
  return orNull(() => {
    if (!isObject(raw)) return fail("log");
    const budget = { cells: LOG_LIMITS.cells };
    const log = readPart(raw.ops, raw.record, LOG_LIMITS.ops, budget);
    cellsUsed.set(log, LOG_LIMITS.cells - budget.cells);
    return log;
  });
}

/** The part of a call's changes a reload must bring back: every op but selections; the record's last text. */
export function keptOf(delta: Delta): FileLog {
  const ops = delta.ops.filter((o) => o.op !== "select");
  return delta.record ? { ops, record: delta.record } : { ops };
}

/**
 * The log with a call's changes after it; null when that would pass a bound (the file then comes back as first opened).
 * Only the call's ops are read again (as they will be read back: a preview's place is not kept), against what the log
 * left of the bounds.
 */
export function appendToLog(log: FileLog, delta: Delta): FileLog | null {
  const kept = keptOf(delta);
  if (kept.ops.length === 0 && !kept.record) return log;
  const used = cellsUsed.get(log) ?? cellsUsed.get(readFileLog(log) ?? log);
  if (used === undefined) return null;
  return orNull(() => {
    const budget = { cells: LOG_LIMITS.cells - used };
    const added = readPart(kept.ops, kept.record, LOG_LIMITS.ops - log.ops.length, budget);
    const record = added.record ?? log.record;
    const next: FileLog = record ? { ops: [...log.ops, ...added.ops], record } : { ops: [...log.ops, ...added.ops] };
    cellsUsed.set(next, LOG_LIMITS.cells - budget.cells);
    return next;
  });
}

/**
 * Does the logged changes again on a workbook opened from the same bytes: all or nothing, so a failure (which the
 * original calls did not meet, or the workbook would differ) throws, and the caller opens the file afresh.
 */
export function replayLog(sheet: SyncSpreadsheet, log: FileLog): void {
  for (const o of log.ops) {
    switch (o.op) {
      case "apply":
        sheet.apply(o.edits);
        break;
      case "removeMarks":
        sheet.removeMarks(o.purpose);
        break;
      case "removeNotes":
        sheet.removeNotes(o.cells);
        break;
      case "writeSheet":
        if (sheet.writeSheet(o.sheet.requested, o.sheet.content, o.sheet.replace) !== o.sheet.name) throw new BadLog("sheet name");
        break;
      case "select":
        break;
    }
  }
  if (log.record) sheet.writeRecordText(log.record.text);
}
