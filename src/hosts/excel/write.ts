import { a1, MARK_COLORS, type CellAt, type Edit, type Severity } from "../../engine";
import { markFormula } from "../../app/ownership/marks";
import { isEmptyRecord, type OwnRecord } from "../../app/ownership/record";
import { decodeRecord, encodeRecord } from "../../app/ownership/recordCodec";
import type { XlClientResult, XlContext, XlCustomXmlPart, XlWorksheet } from "./api";
import { excelInput } from "../common/cellInput";
import { recordTextOfXml, recordXml } from "../common/recordXml";
import { hostError } from "./errors";
import type { Features } from "./features";
import { ruleTargets } from "./markAreas";
import type { SheetInfo } from "./read";

type ValueEdit = Extract<Edit, { kind: "value" }>;
type MarkEdit = Extract<Edit, { kind: "mark" }>;
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

/**
 * Queues the mark rules: one custom conditional format per sheet and severity over every marked cell (several only
 * where the address list would pass 255 characters, or below ExcelApi 1.9 one per rectangle). The cells' own fills are
 * never touched.
 */
export function queueMarks(sheetOf: (name: string) => XlWorksheet, marks: MarkEdit[], features: Features): void {
  const groups = new Map<string, { sheet: string; severity: Severity; cells: { row: number; col: number }[] }>();
  for (const m of marks) {
    const k = `${m.at.sheet}\u0000${m.severity}`;
    if (!groups.has(k)) groups.set(k, { sheet: m.at.sheet, severity: m.severity, cells: [] });
    groups.get(k)!.cells.push(m.at);
  }
  for (const g of groups.values()) {
    const sheet = sheetOf(g.sheet);
    for (const address of ruleTargets(g.cells, features.rangeAreas)) {
      const target = features.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
      const rule = target.conditionalFormats.add("Custom");
      rule.custom.rule.formula = markFormula(g.severity);
      rule.custom.format.fill.color = MARK_COLORS[g.severity];
    }
  }
}

/**
 * Value writes per batch: at about 300–600 request bytes each (UTF-8, with Office.js's per-operation overhead), 4,000
 * stay well under the 5 MB cap of Excel on the web — some 330 forms with every score blank. Larger fills take one more
 * sync per 4,000 cells.
 */
export const VALUES_PER_BATCH = 4000;

export function valueBatches<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += VALUES_PER_BATCH) out.push(values.slice(i, i + VALUES_PER_BATCH));
  return out;
}

/** Queues value writes (a number format first when the edit sets one; a formula through `formulas`). */
export function queueValues(ctx: XlContext, sheetOf: (name: string) => XlWorksheet, values: ValueEdit[]): void {
  if (values.length > 0) ctx.workbook.application.suspendApiCalculationUntilNextSync();
  for (const e of values) {
    const range = sheetOf(e.at.sheet).getRange(a1(e.at.row, e.at.col));
    if (e.numberFormat !== undefined) range.numberFormat = [[e.numberFormat]];
    if (e.formula) range.formulas = [[e.formula]];
    else range.values = [[excelInput(e.value)]];
  }
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
