import { a1, type ChangeRecord, type Edit } from "../../engine";
import type { XlContext, XlCustomXmlPart, XlAnnotation, XlWorksheet } from "./api";
import { areaLists, qualifiedCell } from "../common/addresses";
import { excelInput } from "../common/cellInput";
import { hostError } from "./errors";
import { annotationKind, type Features } from "./features";
import type { SheetInfo } from "./read";
import { recordToXml } from "../common/recordXml";

/** Everything one write batch does; queued in this order so that the record is in place before any cell changes. */
export interface WriteBatch {
  record: ChangeRecord;
  /** The record's old parts, deleted once the new one is added. */
  oldParts: XlCustomXmlPart[];
  /** The add-in's own notes and comments to remove (every one, not only those in the record). */
  removeAnnotations: XlAnnotation[];
  edits: Edit[];
}

/** Refuses, before anything is written, a batch that would touch a protected sheet or one that no longer exists. */
export function assertWritable(sheets: SheetInfo[], edits: Edit[]): void {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const missing = [...new Set(edits.map((e) => e.at.sheet).filter((n) => !byName.has(n)))];
  if (missing.length) throw hostError("workbook-changed", { zh: `（找不到工作表：${missing.join("、")}）`, en: `(Missing sheet: ${missing.join(", ")})` });
  const locked = [...new Set(edits.map((e) => e.at.sheet).filter((n) => byName.get(n)!.protected))];
  if (locked.length) throw hostError("protected", { zh: `（${locked.join("、")}）`, en: `(${locked.join(", ")})` });
}

function queueFills(sheet: XlWorksheet, fills: Extract<Edit, { kind: "fill" }>[], features: Features) {
  const byColor = new Map<string | null, string[]>();
  for (const f of fills) {
    const list = byColor.get(f.color) ?? [];
    list.push(a1(f.at.row, f.at.col));
    byColor.set(f.color, list);
  }
  for (const [color, cells] of byColor) {
    const targets = features.rangeAreas ? areaLists(cells).map((list) => sheet.getRanges(list)) : cells.map((c) => sheet.getRange(c));
    for (const t of targets) {
      if (color === null) t.format.fill.clear();
      else t.format.fill.color = color;
    }
  }
}

function queueValue(sheet: XlWorksheet, e: Extract<Edit, { kind: "value" }>) {
  const range = sheet.getRange(a1(e.at.row, e.at.col));
  if (e.numberFormat !== undefined) range.numberFormat = [[e.numberFormat]];
  if (e.formula) range.formulas = [[e.formula]];
  else range.values = [[excelInput(e.value)]];
}

/**
 * Queues the edits, addressing sheets by name as the record does (a sheet renamed mid-run fails the batch with
 * ItemNotFound instead of being written under a name the record no longer matches): fills grouped by colour (RangeAreas of ≤255-character addresses where ExcelApi 1.9 exists),
 * new notes (1.18) or comments (1.10), values. A note edit with null text needs no call of its own: the add-in's
 * annotations are removed through `removeAnnotations`.
 */
export function queueEdits(ctx: XlContext, edits: Edit[], features: Features): void {
  const bySheet = new Map<string, Edit[]>();
  for (const e of edits) bySheet.set(e.at.sheet, [...(bySheet.get(e.at.sheet) ?? []), e]);
  if (edits.some((e) => e.kind === "value")) ctx.workbook.application.suspendApiCalculationUntilNextSync();
  const kind = annotationKind(features);
  for (const [name, list] of bySheet) {
    const sheet = ctx.workbook.worksheets.getItem(name);
    queueFills(sheet, list.filter((e): e is Extract<Edit, { kind: "fill" }> => e.kind === "fill"), features);
    for (const e of list) {
      if (e.kind === "value") queueValue(sheet, e);
      else if (e.kind === "note" && e.text !== null && kind) ctx.workbook[kind].add(qualifiedCell(e.at), e.text);
    }
  }
}

/**
 * Queues a whole batch and syncs it once. Office.js does not roll a failed batch back, so the order matters:
 * applying changes writes the record first (whatever lands is recorded and can be undone); restoring writes it
 * last (a failure leaves the old record, and the restore can simply run again).
 */
export async function commit(ctx: XlContext, batch: WriteBatch, features: Features, order: "record-first" | "record-last"): Promise<void> {
  const writeRecord = () => {
    if (batch.record.entries.length > 0) ctx.workbook.customXmlParts.add(recordToXml(batch.record));
    for (const p of batch.oldParts) p.delete();
  };
  if (order === "record-first") writeRecord();
  for (const a of batch.removeAnnotations) a.delete();
  queueEdits(ctx, batch.edits, features);
  if (order === "record-last") writeRecord();
  await ctx.sync();
}
