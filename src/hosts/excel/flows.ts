import {
  DEFAULT_PLAN_OPTIONS,
  checkWorkbook,
  planEdits,
  recordOf,
  undoEdits,
  type Before,
  type CellAt,
  type Edit,
  type Plan,
  type Report,
  type WorkbookGrid,
} from "../../engine";
import type { HostState, PaneSettings } from "../../app/host";
import type { XlContext } from "./api";
import { a1 } from "../../engine";
import { keyOf } from "../common/addresses";
import { rollbackFailed, toHostError } from "./errors";
import { annotationKind, type Features } from "./features";
import { discover, readData, readFillsOf, type DataRead } from "./read";
import { cellCount, isFill, isMark, mergeEntries, recordWith, type Entry } from "./recordEntries";
import { assertWritable, commit } from "./write";

/** Every flow runs inside one Excel.run: a context and the features detected for it. */
export interface Session {
  ctx: XlContext;
  features: Features;
}

function judge(data: DataRead, settings: PaneSettings): Report {
  const { report } = checkWorkbook(data.grid, { profile: settings.profile, lang: settings.lang });
  for (const n of data.notices) report.notices.push({ ...n, message: n.messages[settings.lang] });
  return report;
}

/** What a cell held as read: value, formula and number format. */
export function valueBefore(grid: WorkbookGrid, at: CellAt): Before {
  const sheet = grid.sheets.find((s) => s.name === at.sheet);
  const r = sheet ? at.row - sheet.originRow : -1;
  const c = sheet ? at.col - sheet.originCol : -1;
  return {
    kind: "value",
    value: sheet?.values[r]?.[c] ?? null,
    formula: sheet?.formulas?.[r]?.[c] ?? null,
    numberFormat: sheet?.numberFormats?.[r]?.[c] ?? null,
  };
}

/**
 * 校验: read, judge, mark — three syncs (four on ExcelApi < 1.9 the first time, to read the fills of new cells).
 * The previous check's marks are undone in the same batch: cells no longer marked get their original fill back,
 * re-marked cells keep their original `before`, and all the add-in's notes are replaced.
 */
export async function checkAndMark(s: Session, settings: PaneSettings): Promise<Report> {
  const discovery = await discover(s.ctx, s.features, true);
  const data = await readData(s.ctx, s.features, discovery, { grid: true, fills: true, record: true, annotations: true });
  const report = judge(data, settings);
  const kind = annotationKind(s.features);
  const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: false, mark: settings.mark, notes: settings.notes && kind !== null, lang: settings.lang });
  const marks = plan.edits.filter((e) => e.kind === "fill" || (e.kind === "note" && !data.userAnnotationCells.has(keyOf(e.at))));

  const sheetNames = new Set(discovery.sheets.map((x) => x.name));
  const previous = data.record.entries.filter((e) => isMark(e) && sheetNames.has(e.edit.at.sheet));
  const original = new Map<string, string | null>();
  for (const e of previous) if (e.before.kind === "fill" && !original.has(keyOf(e.edit.at))) original.set(keyOf(e.edit.at), e.before.color);
  const unknown = marks.filter((e) => e.kind === "fill" && !original.has(keyOf(e.at)) && !data.fills?.has(keyOf(e.at)));
  if (unknown.length > 0) {
    const read = await readFillsOf(s.ctx, discovery.sheets, unknown.map((e) => ({ ...e.at, address: a1(e.at.row, e.at.col) })));
    for (const [k, v] of read) original.set(k, v);
  }
  const fillBefore = (at: CellAt) => (original.has(keyOf(at)) ? original.get(keyOf(at))! : data.fills?.get(keyOf(at)) ?? null);
  const newMarks = recordOf(marks, (e): Before => (e.kind === "fill" ? { kind: "fill", color: fillBefore(e.at) } : { kind: "note", text: null })).entries;

  const remarked = new Set(marks.filter((e) => e.kind === "fill").map((e) => keyOf(e.at)));
  const restores = undoEdits(recordWith(previous), "marks").filter((e) => e.kind === "fill" && !remarked.has(keyOf(e.at)));
  const edits = [...restores, ...marks];
  const ours = discovery.annotations.filter((a) => a.ours).map((a) => a.proxy);
  if (edits.length === 0 && ours.length === 0 && discovery.parts.length === 0) return report;
  assertWritable(discovery.sheets, edits);

  const kept = data.record.entries.filter(isFill);
  try {
    await commit(s.ctx, { record: recordWith([...kept, ...newMarks]), oldParts: discovery.parts, removeAnnotations: ours, edits }, s.features, "record-first");
  } catch (e) {
    await rollBack(s, [...previous, ...newMarks], kept, "marks", toHostError(e));
  }
  return report;
}

/** 填充得分 preview: the fresh plan's value edits and the cells it would not write without confirmation. */
export async function planFill(s: Session, settings: PaneSettings, overwrite: boolean): Promise<{ plan: Plan; data: DataRead; discovery: Awaited<ReturnType<typeof discover>> }> {
  const discovery = await discover(s.ctx, s.features, false);
  const data = await readData(s.ctx, s.features, discovery, { grid: true, fills: false, record: true, annotations: false });
  const report = judge(data, settings);
  const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: true, overwrite, overwriteFormulas: overwrite, mark: [], notes: false, lang: settings.lang });
  return { plan: { edits: plan.edits.filter((e) => e.kind === "value"), skipped: plan.skipped }, data, discovery };
}

/** 填充得分: writes the plan's values with the record first; three syncs. */
export async function fillScores(s: Session, settings: PaneSettings, overwrite: boolean): Promise<number> {
  const { plan, data, discovery } = await planFill(s, settings, overwrite);
  const values = plan.edits;
  if (values.length === 0) return 0;
  assertWritable(discovery.sheets, values);
  const added = recordOf(values, (e) => valueBefore(data.grid, e.at)).entries;
  const entries = mergeEntries(data.record.entries, added);
  try {
    await commit(s.ctx, { record: recordWith(entries), oldParts: discovery.parts, removeAnnotations: [], edits: values }, s.features, "record-first");
  } catch (e) {
    const written = new Set(values.map((v) => keyOf(v.at)));
    const restore = entries.filter((x) => isFill(x) && written.has(keyOf(x.edit.at)));
    await rollBack(s, restore, entries.filter((x) => !restore.includes(x)), "fills", toHostError(e));
  }
  return values.length;
}

/**
 * Puts back what a failed batch may have half-written, from a fresh look at the workbook, and rethrows the cause.
 * For marks it leaves the workbook unmarked (every mark the record knows restored, every add-in note removed).
 */
async function rollBack(s: Session, restore: Entry[], keep: Entry[], which: "marks" | "fills", cause: Error): Promise<never> {
  try {
    const d = await discover(s.ctx, s.features, which === "marks");
    const writable = new Set(d.sheets.filter((x) => !x.protected).map((x) => x.name));
    const edits = undoEdits(recordWith(restore), which).filter((e) => e.kind !== "note" && writable.has(e.at.sheet));
    const ours = d.annotations.filter((a) => a.ours).map((a) => a.proxy);
    await commit(s.ctx, { record: recordWith(keep), oldParts: d.parts, removeAnnotations: ours, edits }, s.features, "record-last");
  } catch {
    throw rollbackFailed(toHostError(cause));
  }
  throw cause;
}

/** 清除标记 / 撤销填充: restores the recorded cells, then (last, so a failure can be retried) the smaller record. */
export async function revert(s: Session, which: "marks" | "fills"): Promise<number> {
  const discovery = await discover(s.ctx, s.features, which === "marks");
  const data = await readData(s.ctx, s.features, discovery, { grid: false, fills: false, record: true, annotations: false });
  const sheetNames = new Set(discovery.sheets.map((x) => x.name));
  const target = data.record.entries.filter(which === "marks" ? isMark : isFill);
  const restorable = target.filter((e) => sheetNames.has(e.edit.at.sheet));
  const edits: Edit[] = undoEdits(recordWith(restorable), which).filter((e) => e.kind !== "note");
  const ours = which === "marks" ? discovery.annotations.filter((a) => a.ours).map((a) => a.proxy) : [];
  if (target.length === 0 && ours.length === 0) return 0;
  assertWritable(discovery.sheets, edits);
  const keep = data.record.entries.filter((e) => !target.includes(e));
  await commit(s.ctx, { record: recordWith(keep), oldParts: discovery.parts, removeAnnotations: ours, edits }, s.features, "record-last");
  return Math.max(cellCount(restorable), ours.length);
}

/** What 清除标记 and 撤销填充 could restore: two syncs. */
export async function hostState(s: Session): Promise<HostState> {
  const discovery = await discover(s.ctx, s.features, false);
  const data = await readData(s.ctx, s.features, discovery, { grid: false, fills: false, record: true, annotations: false });
  return { marks: cellCount(data.record.entries.filter((e) => isMark(e) && e.edit.kind === "fill")), fills: cellCount(data.record.entries.filter(isFill)) };
}
