import { a1, type CellAt, type Edit } from "../../engine";
import { isEmptyRecord, type OwnRecord } from "../../app/ownership/record";
import { decodeRecord, encodeRecord } from "../../app/ownership/recordCodec";
import type { XlClientResult, XlContext, XlCustomXmlPart, XlWorksheet } from "./api";
import { excelInput } from "../common/cellInput";
import { recordTextOfXml, recordXml } from "../common/recordXml";
import { hostError } from "./errors";
import { opBytes, splitByBytes, WRITE_BUDGET } from "./requestSize";
import type { SheetInfo } from "./read";

type ValueEdit = Extract<Edit, { kind: "value" }>;
type NoteEdit = Extract<Edit, { kind: "note" }>;

/** The sheet proxy for an edit's sheet name (names as read in this run). */
export function sheetsByName(sheets: SheetInfo[]): (name: string) => XlWorksheet {
  const byName = new Map(sheets.map((s) => [s.name, s.proxy]));
  return (name) => {
    const proxy = byName.get(name);
    if (!proxy) throw hostError("workbook-changed", { zh: `（找不到工作表：${name}）`, en: `(Missing sheet: ${name})` });
    return proxy;
  };
}

/** Refuses, before anything is written, a batch that would touch a protected sheet. */
export function assertWritable(sheets: SheetInfo[], cells: CellAt[]): void {
  const locked = [...new Set(cells.map((c) => c.sheet))].filter((n) => sheets.find((s) => s.name === n)?.protected);
  if (locked.length) throw hostError("protected", { zh: `（${locked.join("、")}）`, en: `(${locked.join(", ")})` });
}

/** What a value write costs in a request: the range, its number format when set, and the value or formula. */
export function valueBytes(e: ValueEdit): number {
  return (
    opBytes([a1(e.at.row, e.at.col)]) + (e.numberFormat === undefined ? 0 : opBytes([[e.numberFormat]])) + opBytes([[e.formula ?? e.value]])
  );
}

/** Value writes split into requests under the write budget (some 4,000 cells each with Chinese text, more for numbers). */
export function valueBatches(values: ValueEdit[], budget = WRITE_BUDGET): ValueEdit[][] {
  return splitByBytes(values, valueBytes, budget);
}

/**
 * What to put in `values` for a cell: Excel's input for the value (an apostrophe in front of text Excel would
 * convert) — except in a Text-formatted cell ("@"), which converts nothing and may keep an apostrophe as a character
 * (docs/open-semantics.md): there text goes in as it is.
 */
export function inputFor(value: ValueEdit["value"], format: string | null): string | number | boolean {
  return format === "@" && typeof value === "string" ? value : excelInput(value);
}

/**
 * Queues value writes (a number format first when the edit sets one; a formula through `formulas`). `formatNow` gives
 * a cell's number format as read in this run, for edits that do not set one.
 */
export function queueValues(
  ctx: XlContext,
  sheetOf: (name: string) => XlWorksheet,
  values: ValueEdit[],
  formatNow: (at: CellAt) => string | null,
): void {
  if (values.length > 0) ctx.workbook.application.suspendApiCalculationUntilNextSync();
  for (const e of values) {
    const range = sheetOf(e.at.sheet).getRange(a1(e.at.row, e.at.col));
    if (e.numberFormat !== undefined) range.numberFormat = [[e.numberFormat]];
    if (e.formula) range.formulas = [[e.formula]];
    else range.values = [[inputFor(e.value, e.numberFormat ?? formatNow(e.at))]];
  }
}

export function noteBytes(n: NoteEdit): number {
  return opBytes([a1(n.at.row, n.at.col)]) + opBytes(["range", n.text]);
}

/** Queues new notes (ExcelApi 1.18), addressed through the sheet's own proxy. */
export function queueNotes(ctx: XlContext, sheetOf: (name: string) => XlWorksheet, notes: NoteEdit[]): void {
  for (const n of notes) ctx.workbook.notes.add(sheetOf(n.at.sheet).getRange(a1(n.at.row, n.at.col)), n.text);
}

/**
 * Queues the record's storage: the new part first, read back in the same sync, then the old parts deleted (an empty
 * record only deletes). Returns the check to run after the sync: whether the record came back whole.
 */
export function queueRecord(ctx: XlContext, record: OwnRecord, oldParts: XlCustomXmlPart[]): () => boolean {
  let back: XlClientResult<string> | null = null;
  if (!isEmptyRecord(record)) back = ctx.workbook.customXmlParts.add(recordXml(encodeRecord(record))).getXml();
  for (const p of oldParts) p.delete();
  return () => {
    if (!back) return true;
    const read = decodeRecord(recordTextOfXml(back.value));
    return read.status === "ok" && JSON.stringify(read.record) === JSON.stringify(record);
  };
}

/** Queues putting the record parts back exactly as they were read (after a failed attempt to replace them). */
export function queueRestoreParts(ctx: XlContext, partsNow: XlCustomXmlPart[], partsXml: string[]): void {
  for (const p of partsNow) p.delete();
  for (const xml of partsXml) ctx.workbook.customXmlParts.add(xml);
}
