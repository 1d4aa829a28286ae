import { DEFAULT_PLAN_OPTIONS, checkWorkbook, planEdits, type CellAt, type Edit, type LocalText, type Plan, type Report, type WorkbookGrid } from "../../engine";
import type { HostError, HostState, PaneSettings, TakeBackOutcome } from "../../app/host";
import { EMPTY_RECORD, type OwnRecord, type RecordRead, type SheetRef, type WrittenNote, type WrittenValue } from "../../app/ownership/record";
import { scoreCells } from "../../app/ownership/scoreCells";
import { takeBackNotes, takeBackValues } from "../../app/ownership/takeBack";
import { fillEntries, mergeFills, notesWritten, recordNotice, recordSheets, userSheets } from "../../app/ownership/writes";
import type { XlContext } from "./api";
import { recordNotStored, rollbackFailed, toHostError } from "./errors";
import type { Features } from "./features";
import { discover, queueRuleCells, readNow, type AnnotationNow, type Discovery, type WorkbookNow } from "./read";
import { assertWritable, queueMarks, queueNotes, queueRecord, queueRestoreParts, queueValues, sheetsByName, valueBatches } from "./write";

/** Every flow runs inside one Excel.run: a context and the features detected for it. */
export interface Session {
  ctx: XlContext;
  features: Features;
}

type ValueEdit = Extract<Edit, { kind: "value" }>;

const keyOf = (at: CellAt) => `${at.sheet}\u0000${at.row}\u0000${at.col}`;
const recordOf = (read: RecordRead): OwnRecord => (read.status === "ok" ? read.record : EMPTY_RECORD);
const refsOf = (d: Discovery): SheetRef[] => d.sheets.map((s) => ({ id: s.id, name: s.name }));
const isValue = (e: Edit): e is ValueEdit => e.kind === "value";
const problemOf = (read: RecordRead) => (read.status === "invalid" ? { recordProblem: read.reason } : {});
/** The score cells of the forms recognised now: the only cells a record may have 撤销填充 write. */
const scoreCellsOf = (grid: WorkbookGrid) => scoreCells(checkWorkbook(userSheets(grid)).forms);

function judge(now: WorkbookNow, settings: PaneSettings): Report {
  const { report } = checkWorkbook(userSheets(now.grid), { profile: settings.profile, lang: settings.lang });
  for (const n of now.notices) report.notices.push({ ...n, message: n.messages[settings.lang] });
  return report;
}

function addNotice(report: Report, lang: "zh" | "en", messages: LocalText): void {
  report.notices.push({ sheet: "", message: messages[lang], messages });
}

/**
 * The recorded notes a take-back did not remove and must keep owing: those this Excel cannot see (below ExcelApi 1.18
 * notes are invisible, below 1.10 comments too) and those on a sheet it may not write. A later run where they can be
 * seen and written takes them back.
 */
function notesStillOwed(recorded: WrittenNote[], removed: AnnotationNow[], features: Features, skipped: AnnotationNow[]): WrittenNote[] {
  const gone = new Map<string, number>();
  for (const n of removed) gone.set(n.text, (gone.get(n.text) ?? 0) + 1);
  const blocked = new Set(skipped.map((n) => n.text));
  return recorded.filter((n) => {
    const left = gone.get(n.text) ?? 0;
    if (left > 0) {
      gone.set(n.text, left - 1);
      return false;
    }
    return !features.notes || blocked.has(n.text);
  });
}

function annotationsAt(now: WorkbookNow, cells: CellAt[]): AnnotationNow[] {
  const byKey = new Map(now.annotations.map((a) => [keyOf(a), a]));
  return cells.flatMap((at) => byKey.get(keyOf(at)) ?? []);
}

/** Puts the record's parts back exactly as they were read, after a failed attempt to replace them; then throws `cause`. */
async function restorePartsAndThrow(s: Session, partsXml: string[], cause: HostError): Promise<never> {
  try {
    const d = await discover(s.ctx, s.features, false);
    queueRestoreParts(s.ctx, d.parts, partsXml);
    await s.ctx.sync();
  } catch {
    throw rollbackFailed(toHostError(cause));
  }
  throw cause;
}

/**
 * The record first: stored and read back in one sync, before any cell changes, with whatever else `queueMore` adds
 * (the take-back of earlier marks and notes). If it does not come back whole, the old parts are put back.
 */
async function storeRecordFirst(s: Session, record: OwnRecord, d: Discovery, partsXml: string[], queueMore: () => void = () => undefined): Promise<void> {
  const stored = queueRecord(s.ctx, record, d.parts);
  queueMore();
  try {
    await s.ctx.sync();
  } catch (e) {
    await restorePartsAndThrow(s, partsXml, toHostError(e));
  }
  if (!stored()) await restorePartsAndThrow(s, partsXml, recordNotStored(false));
}

/**
 * 校验: read, judge, mark — four syncs at every API level, for one form or fifty. Sync 1 finds the sheets, the record's
 * parts and the notes; sync 2 reads every sheet, the record, every rule and where each note sits; sync 3 stores the new
 * record (read back in the same sync) and removes our earlier rules and the notes still exactly as we wrote them; sync 4
 * adds the new rules and, on ExcelApi 1.18+, the notes (below it no note is added: a cell may hold one the API cannot
 * see, and the pane carries every message anyway). Protected sheets are judged but not written.
 */
export async function checkAndMark(s: Session, settings: PaneSettings): Promise<Report> {
  const { ctx, features } = s;
  const d = await discover(ctx, features, true);
  const now = await readNow(ctx, features, d, { grid: true, rules: true, annotations: true });
  const report = judge(now, settings);
  const locked = new Set(d.sheets.filter((x) => x.protected).map((x) => x.name));
  const writable = (name: string) => !locked.has(name);

  const record = recordOf(now.record);
  const old = now.record.status === "invalid" ? { remove: [], leftAlone: [] } : takeBackNotes(record.notes, now.annotations);
  const oldNotes = annotationsAt(now, old.remove);
  const removeNotes = oldNotes.filter((n) => writable(n.sheet));
  const rules = now.rules.filter((r) => writable(r.sheet.name));

  const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, mark: settings.mark, notes: settings.notes && features.notes, lang: settings.lang });
  const removed = new Set(removeNotes.map(keyOf));
  const noted = new Set(now.annotations.map(keyOf).filter((k) => !removed.has(k)));
  const edits = plan.edits.filter((e) => writable(e.at.sheet) && (e.kind !== "note" || !noted.has(keyOf(e.at))));
  const refs = refsOf(d);
  const owed = now.record.status === "ok" ? notesStillOwed(record.notes, removeNotes, features, oldNotes.filter((n) => !writable(n.sheet))) : [];
  const notes = [...owed, ...notesWritten(edits, refs)];
  const next: OwnRecord = { ...record, notes, sheets: recordSheets(record, refs, [...record.values.map((v) => v.sheetId), ...notes.map((n) => n.sheetId)]) };

  const skipped = [...new Set([...plan.edits.map((e) => e.at.sheet), ...now.rules.map((r) => r.sheet.name)].filter((n) => locked.has(n)))];
  if (skipped.length)
    addNotice(report, settings.lang, { zh: `工作表受保护，未标记、未清除其中的标记：${skipped.join("、")}`, en: `Protected sheets were judged but not marked or unmarked: ${skipped.join(", ")}` });
  if (settings.notes && !features.notes && plan.edits.some((e) => e.kind === "mark"))
    addNotice(report, settings.lang, {
      zh: "此版本 Excel（ExcelApi 低于 1.18）读不到单元格中的注释，为免与您的注释冲突，未添加批注；每个问题的说明见任务窗格。",
      en: "This version of Excel (ExcelApi below 1.18) cannot read the notes in cells; so as not to clash with yours, no note was added. Each finding's message is in the task pane.",
    });
  const recordSays = recordNotice(now.record, old.leftAlone, settings.lang);
  if (recordSays) report.notices.push(recordSays);

  const sameRecord = now.record.status === "ok" && d.parts.length === 1 && JSON.stringify(next) === JSON.stringify(record);
  const noRecord = now.record.status === "none" && d.parts.length === 0 && notes.length === 0 && record.values.length === 0;
  if (edits.length === 0 && rules.length === 0 && removeNotes.length === 0 && (sameRecord || noRecord)) return report;

  await storeRecordFirst(s, next, d, now.partsXml, () => {
    for (const r of rules) r.proxy.delete();
    for (const n of removeNotes) n.proxy.delete();
  });

  const sheetOf = sheetsByName(d.sheets);
  const noteEdits = edits.filter((e): e is Extract<Edit, { kind: "note" }> => e.kind === "note");
  queueMarks(sheetOf, edits.filter((e): e is Extract<Edit, { kind: "mark" }> => e.kind === "mark"), features);
  queueNotes(ctx, sheetOf, noteEdits);
  try {
    await ctx.sync();
  } catch (e) {
    const cause = toHostError(e);
    try {
      await clearMarks(s);
    } catch {
      throw rollbackFailed(cause);
    }
    throw cause;
  }
  return report;
}

/** 填充得分 preview: the fresh plan's value edits and the cells it would not write without confirmation. Two syncs. */
export async function planFill(s: Session, settings: PaneSettings, overwrite: boolean): Promise<{ plan: Plan; d: Discovery; now: WorkbookNow }> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: true, rules: false, annotations: false });
  const report = judge(now, settings);
  const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: true, overwrite, overwriteFormulas: overwrite, mark: [], notes: false, lang: settings.lang });
  return { plan: { edits: plan.edits.filter(isValue), skipped: plan.skipped }, d, now };
}

/**
 * 填充得分: writes the plan's values — only cells in `only` when given (what the preview showed) — after the record
 * that lists each with what the cell held. Four syncs: discover, read, record (read back), values (one more per 4,000
 * cells past the first 4,000).
 */
export async function fillScores(s: Session, settings: PaneSettings, overwrite: boolean, only?: CellAt[]): Promise<number> {
  const { plan, d, now } = await planFill(s, settings, overwrite);
  const allowed = only && new Set(only.map(keyOf));
  const values = plan.edits.filter((e): e is ValueEdit => isValue(e) && (!allowed || allowed.has(keyOf(e.at))));
  if (values.length === 0) return 0;
  assertWritable(d.sheets, values.map((v) => v.at));
  const record = recordOf(now.record);
  const refs = refsOf(d);
  const added = fillEntries(values, now.grid, refs);
  const next = mergeFills(record, added, now.grid, refs);
  await storeRecordFirst(s, next, d, now.partsXml);
  try {
    for (const batch of valueBatches(values)) {
      queueValues(s.ctx, sheetsByName(d.sheets), batch);
      await s.ctx.sync();
    }
  } catch (e) {
    await rollBackFill(s, added, next.sheets, now.partsXml, toHostError(e));
  }
  return values.length;
}

/** Takes back what a failed fill batch wrote, from a fresh look, puts the old record back, and rethrows the cause. */
async function rollBackFill(s: Session, added: WrittenValue[], sheets: SheetRef[], partsXml: string[], cause: HostError): Promise<never> {
  try {
    const d = await discover(s.ctx, s.features, false);
    const now = await readNow(s.ctx, s.features, d, { grid: true, rules: false, annotations: false });
    const back = takeBackValues(added, sheets, now.grid, refsOf(d), scoreCellsOf(now.grid));
    for (const batch of valueBatches(back.restore.filter(isValue))) {
      queueValues(s.ctx, sheetsByName(d.sheets), batch);
      await s.ctx.sync();
    }
    queueRestoreParts(s.ctx, d.parts, partsXml);
    await s.ctx.sync();
  } catch {
    throw rollbackFailed(cause);
  }
  throw cause;
}

/**
 * 清除标记: deletes every rule carrying our tag, on every sheet (hidden ones too), and the notes whose whole text is one
 * we recorded; counts the cells the rules covered in the same sync. Three syncs. Notes someone edited are left and
 * listed. With a refused record only the rules go (they carry their own tag).
 */
export async function clearMarks(s: Session): Promise<TakeBackOutcome> {
  const { ctx, features } = s;
  const d = await discover(ctx, features, true);
  const now = await readNow(ctx, features, d, { grid: false, rules: true, annotations: true });
  const valid = now.record.status !== "invalid";
  const record = recordOf(now.record);
  const notes = valid ? takeBackNotes(record.notes, now.annotations) : { remove: [], leftAlone: [] };
  const removeNotes = annotationsAt(now, notes.remove);
  assertWritable(d.sheets, [...now.rules.map((r) => ({ sheet: r.sheet.name, row: 0, col: 0 })), ...removeNotes]);
  const owed = valid ? notesStillOwed(record.notes, removeNotes, features, []) : [];
  const recordChanges = valid && owed.length !== record.notes.length;
  if (now.rules.length === 0 && removeNotes.length === 0 && !recordChanges) return { restored: 0, leftAlone: notes.leftAlone, ...problemOf(now.record) };

  const cells = queueRuleCells(now.rules, features);
  for (const r of now.rules) r.proxy.delete();
  for (const n of removeNotes) n.proxy.delete();
  const stored = recordChanges ? queueRecord(ctx, { ...record, notes: owed }, d.parts) : () => true;
  await ctx.sync();
  if (!stored()) throw recordNotStored(true);
  return { restored: cells() + removeNotes.length, leftAlone: notes.leftAlone, ...problemOf(now.record) };
}

/**
 * 撤销填充: reads the sheets and the record in one batch, puts back only the cells that still hold exactly the score we
 * wrote (takeBackValues), lists the rest, and stores the smaller record last — a failure leaves the old record, and a
 * second try counts cells already put back as done. Three syncs.
 */
export async function undoFill(s: Session): Promise<TakeBackOutcome> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: true, rules: false, annotations: false });
  if (now.record.status === "invalid") return { restored: 0, leftAlone: [], recordProblem: now.record.reason };
  const record = recordOf(now.record);
  if (record.values.length === 0) return { restored: 0, leftAlone: [] };
  const back = takeBackValues(record.values, record.sheets, now.grid, refsOf(d), scoreCellsOf(now.grid));
  const restore = back.restore.filter(isValue);
  assertWritable(d.sheets, restore.map((e) => e.at));
  const batches = valueBatches(restore);
  for (const batch of batches.slice(0, -1)) {
    queueValues(s.ctx, sheetsByName(d.sheets), batch);
    await s.ctx.sync();
  }
  queueValues(s.ctx, sheetsByName(d.sheets), batches[batches.length - 1] ?? []);
  const stored = queueRecord(s.ctx, { ...record, values: back.keep }, d.parts);
  await s.ctx.sync();
  if (!stored()) throw recordNotStored(true);
  return { restored: back.restored, leftAlone: back.leftAlone };
}

/** What 清除标记 and 撤销填充 could take back: two syncs, a third to count the cells our rules cover when there are any. */
export async function hostState(s: Session): Promise<HostState> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: false, rules: true, annotations: false });
  let marks = 0;
  if (now.rules.length > 0) {
    const cells = queueRuleCells(now.rules, s.features);
    await s.ctx.sync();
    marks = cells();
  }
  if (now.record.status === "invalid") return { marks, fills: 0, recordProblem: now.record.reason };
  return { marks, fills: recordOf(now.record).values.length };
}
