import { cellKey } from "../../engine";
import { scorePlan } from "../../app/scorePlan";
import type { Reviews } from "../../app/review/decision";
import { formFacts, type FormFacts } from "../../app/review/formFacts";
import {
  DEFAULT_PLAN_OPTIONS,
  checkWorkbook,
  planEdits,
  type CellAt,
  type Edit,
  type LocalText,
  type Plan,
  type Report,
  type WorkbookGrid,
} from "../../engine";
import type { HostError, HostState, PaneSettings, TakeBackOutcome } from "../../app/host";
import { fillDecor } from "../../app/ownership/fillDecor";
import {
  notesBut,
  notesFor,
  usableRecord,
  type OwnRecord,
  type RecordRead,
  type SheetRef,
  type WrittenNote,
  type WrittenValue,
} from "../../app/ownership/record";
import { resolveSheets } from "../../app/ownership/sheets";
import { scoreCells } from "../../app/ownership/scoreCells";
import { takeBackNotes, takeBackValues } from "../../app/ownership/takeBack";
import { fillEntries, mergeFills, notesWritten, recordNotice, userSheets, withEntries } from "../../app/ownership/writes";
import { encodeRecord } from "../../app/ownership/recordCodec";
import type { XlContext, XlWorksheet } from "./api";
import { recordXml } from "../common/recordXml";
import { hostError, recordNotStored, rollbackFailed, toHostError } from "./errors";
import type { Features } from "./features";
import { discover, queueRuleCells, readNow, type AnnotationNow, type Discovery, type WorkbookNow } from "./read";
import { opBytes, splitByBytes } from "./requestSize";
import { assertWritable, noteBytes, queueNotes, queueRecord, queueRestoreParts, queueValues, sheetsByName, valueBatches } from "./write";
import { markRules, queueMarks, ruleBytes, type RuleToAdd } from "./writeMarks";

/** Every flow runs inside one Excel.run: a context, the features detected for it, the most one write request may carry. */
export interface Session {
  ctx: XlContext;
  features: Features;
  /** Estimated request bytes (requestSize.ts): WRITE_BUDGET, or less in a test that wants to see the split. */
  budget: number;
  /** The largest record one request may carry: RECORD_LIMIT where requests are capped (the web), unbounded on the desktop. */
  recordLimit: number;
}

type ValueEdit = Extract<Edit, { kind: "value" }>;
type MarkEdit = Extract<Edit, { kind: "mark" }>;
type NoteEdit = Extract<Edit, { kind: "note" }>;
const marks = (edits: Edit[]) => edits.filter((e): e is MarkEdit => e.kind === "mark");

/** A cell's number format as read in this run. */
const formatIn = (grid: WorkbookGrid) => (at: CellAt) => {
  const sheet = grid.sheets.find((x) => x.name === at.sheet);
  return sheet?.numberFormats?.[at.row - sheet.originRow]?.[at.col - sheet.originCol] ?? null;
};
const keyOf = cellKey;
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
 * notes are invisible) and those on a sheet it may not write. A later run where they can be
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

/** What storing the record costs in a request: the new part, its read-back, the old parts' deletes. */
const recordBytes = (record: OwnRecord, d: Discovery) => opBytes(recordXml(encodeRecord(record))) + opBytes() * (1 + d.parts.length);

/**
 * The marks whose multi-area rules came back short (each check, read after the sync that added them, gives those it
 * misses), added again as single-area rules.
 */
async function addMissedMarks(s: Session, sheetOf: (name: string) => XlWorksheet, checks: (() => MarkEdit[])[]): Promise<void> {
  const missed = checks.flatMap((check) => check());
  if (missed.length === 0) return;
  const single = { multiAreaRules: false };
  await inRequests(
    s,
    markRules(missed, single),
    (r) => ruleBytes(r, single),
    (group) => void queueMarks(sheetOf, group, single),
  );
}

/**
 * The record first: stored and read back in one sync, before any cell changes, with `deletes` (those of our earlier
 * rules and notes that fit in the same request). If it does not come back whole, the old parts are put back.
 */
async function storeRecordFirst(
  s: Session,
  record: OwnRecord,
  d: Discovery,
  partsXml: string[],
  deletes: { proxy: { delete(): void } }[] = [],
): Promise<void> {
  if (recordBytes(record, d) > s.recordLimit)
    throw hostError("too-large", { zh: "（校验记录过大，未修改任何单元格）", en: "(The record is too large; no cell was changed.)" });
  const stored = queueRecord(s.ctx, record, d.parts);
  for (const x of deletes) x.proxy.delete();
  try {
    await s.ctx.sync();
  } catch (e) {
    await restorePartsAndThrow(s, partsXml, toHostError(e));
  }
  if (!stored()) await restorePartsAndThrow(s, partsXml, recordNotStored(false));
}

/** Runs the queued work in syncs of groups under the write budget. */
async function inRequests<T>(s: Session, items: T[], bytesOf: (item: T) => number, queue: (group: T[]) => void): Promise<void> {
  for (const group of splitByBytes(items, bytesOf, s.budget)) {
    queue(group);
    await s.ctx.sync();
  }
}

/** The notices of a 校验 about sheets: protected ones not written, hidden ones marked unseen, very hidden ones not read. */
function sheetNotices(report: Report, lang: "zh" | "en", d: Discovery, skipped: string[]): void {
  if (skipped.length)
    addNotice(report, lang, {
      zh: `工作表受保护，未标记、未清除其中的标记：${skipped.join("、")}`,
      en: `Protected sheets were judged but not marked or unmarked: ${skipped.join(", ")}`,
    });
  const flagged = new Set(report.issues.map((f) => f.sheet));
  const hidden = d.sheets.filter((x) => x.visibility === "Hidden" && flagged.has(x.name)).map((x) => x.name);
  if (hidden.length)
    addNotice(report, lang, {
      zh: `隐藏的工作表也已校验并标记：${hidden.join("、")}。取消隐藏后才能定位其中的问题。`,
      en: `Hidden sheets were checked and marked too: ${hidden.join(", ")}. Unhide them to go to their findings.`,
    });
  const veryHidden = d.sheets.filter((x) => x.visibility === "VeryHidden").map((x) => x.name);
  if (veryHidden.length)
    addNotice(report, lang, {
      zh: `深度隐藏的工作表未校验：${veryHidden.join("、")}`,
      en: `Very hidden sheets were not checked: ${veryHidden.join(", ")}`,
    });
  if (d.calculationMode === "Manual")
    addNotice(report, lang, {
      zh: "Excel 的计算模式为“手动”：公式的结果可能不是最新的，校验按单元格中现有的值进行。请按 F9 重新计算后再校验。",
      en:
        "Excel's calculation mode is Manual: formula results may be out of date, and the check used the values the cells show. " +
        "Press F9 to recalculate, then check again.",
    });
}

/**
 * 校验: read, judge, mark — four syncs, for one form or fifty, and a fifth for the notes (1.18+). Sync 1 finds the
 * sheets, the record's parts and the notes; sync 2 reads every sheet, the record, every rule and where each note sits;
 * sync 3 stores the new record (read back in the same sync) and removes our earlier rules and the notes still exactly as
 * we wrote them; sync 4 adds the new rules; sync 5 adds the notes, on ExcelApi 1.18+ only (below it a cell may hold a
 * note the API cannot see). The notes are not needed for the check: if adding them fails, the report says so and stands.
 * Writes split into more syncs only when a request would pass the write budget. Protected sheets are judged, not written.
 */
export async function checkAndMark(s: Session, settings: PaneSettings): Promise<Report> {
  const { ctx, features } = s;
  const d = await discover(ctx, features, true);
  const now = await readNow(ctx, features, d, { grid: true, rules: true, annotations: true });
  const report = judge(now, settings);
  const locked = new Set(d.sheets.filter((x) => x.protected).map((x) => x.name));
  const writable = (name: string) => !locked.has(name);

  const record = usableRecord(now.record);
  const old = now.record.status === "invalid" ? { remove: [], leftAlone: [] } : takeBackNotes(record.notes, now.annotations);
  const oldNotes = annotationsAt(now, old.remove);
  const removeNotes = oldNotes.filter((n) => writable(n.sheet));
  const rules = now.rules.filter((r) => writable(r.sheet.name));

  const plan = planEdits(report, {
    ...DEFAULT_PLAN_OPTIONS,
    mark: settings.mark,
    notes: settings.notes && features.notes,
    lang: settings.lang,
  });
  const removed = new Set(removeNotes.map(keyOf));
  const noted = new Set(now.annotations.map(keyOf).filter((k) => !removed.has(k)));
  const edits = plan.edits.filter((e) => writable(e.at.sheet) && (e.kind !== "note" || !noted.has(keyOf(e.at))));
  const refs = refsOf(d);
  const owed =
    now.record.status === "ok"
      ? notesStillOwed(
          notesFor(record, "check"),
          removeNotes,
          features,
          oldNotes.filter((n) => !writable(n.sheet)),
        )
      : [];
  // The notes of 填充得分 stay with their scores: only 撤销填充 takes them back.
  const notes = [...notesBut(record, "check"), ...owed, ...notesWritten(edits, refs, "check")];

  sheetNotices(report, settings.lang, d, [
    ...new Set([...plan.edits.map((e) => e.at.sheet), ...now.rules.map((r) => r.sheet.name)].filter((n) => locked.has(n))),
  ]);
  if (settings.notes && !features.notes && plan.edits.some((e) => e.kind === "mark"))
    addNotice(report, settings.lang, {
      zh: "此版本 Excel（ExcelApi 低于 1.18）读不到单元格中的注释，为免与您的注释冲突，未添加批注；每个问题的说明见任务窗格。",
      en:
        "This version of Excel (ExcelApi below 1.18) cannot read the notes in cells; so as not to clash with yours, no note was added. " +
        "Each finding's message is in the task pane.",
    });
  const recordSays = recordNotice(now.record, old.leftAlone, settings.lang);
  if (recordSays) report.notices.push(recordSays);

  const deletes = [...rules, ...removeNotes];
  // Old notes whose delete waits for a later sync stay in the record until then: a failure there leaves them ours.
  const waiting = (later: typeof deletes) =>
    notesWritten(
      later.filter((x): x is AnnotationNow => "text" in x).map((n) => ({ kind: "note" as const, at: n, text: n.text })),
      refs,
    );
  const recordWith = (extra: WrittenNote[]): OwnRecord => {
    return withEntries(record, { notes: [...notes, ...extra] }, refs);
  };
  const next = recordWith([]);
  const sameRecord = now.record.status === "ok" && d.parts.length === 1 && JSON.stringify(next) === JSON.stringify(record);
  const noRecord = now.record.status === "none" && d.parts.length === 0 && notes.length === 0 && record.values.length === 0;
  if (edits.length === 0 && deletes.length === 0 && (sameRecord || noRecord)) return report;

  const [first = [], ...later] = splitByBytes(deletes, () => opBytes(), s.budget, recordBytes(next, d));
  await storeRecordFirst(s, later.length ? recordWith(waiting(later.flat())) : next, d, now.partsXml, first);

  const sheetOf = sheetsByName(d.sheets);
  try {
    for (const group of later) {
      for (const x of group) x.proxy.delete();
      await ctx.sync();
    }
    const checks: (() => MarkEdit[])[] = [];
    await inRequests(
      s,
      markRules(marks(edits), features),
      (r) => ruleBytes(r, features),
      (group) => void checks.push(queueMarks(sheetOf, group, features)),
    );
    await addMissedMarks(s, sheetOf, checks);
  } catch (e) {
    const cause = toHostError(e);
    try {
      await clearMarks(s);
    } catch {
      throw rollbackFailed(cause);
    }
    throw cause;
  }
  await addNotes(
    s,
    sheetOf,
    edits.filter((e): e is NoteEdit => e.kind === "note"),
    report,
    settings.lang,
  );
  return report;
}

/** The notes of a 校验, in syncs of their own: a failure (a note someone added meanwhile) costs notes, not the check. */
async function addNotes(
  s: Session,
  sheetOf: (name: string) => XlWorksheet,
  notes: NoteEdit[],
  report: Report,
  lang: "zh" | "en",
): Promise<void> {
  try {
    await inRequests(s, notes, noteBytes, (group) => queueNotes(s.ctx, sheetOf, group));
  } catch (e) {
    const why = toHostError(e).messages;
    addNotice(report, lang, {
      zh: `部分批注未能添加（${why.zh}）；标记都已完成，每个问题的说明见任务窗格，再次校验会补上仍可添加的批注。`,
      en:
        `Some notes could not be added (${why.en}); every mark is in place, each finding's message is in the task pane, ` +
        "and checking again adds the notes that still can be.",
    });
  }
}

/**
 * 填充得分 preview: the fresh plan's value edits and the cells it would not write without confirmation. Two syncs. With
 * `notes` (a fill on ExcelApi 1.18+) the notes in cells are read too, so that ours go only where there is none.
 */
export async function readAndPlanScores(
  s: Session,
  settings: PaneSettings,
  overwrite: boolean,
  notes = false,
): Promise<{ plan: Plan; d: Discovery; now: WorkbookNow; report: Report }> {
  const d = await discover(s.ctx, s.features, notes);
  const now = await readNow(s.ctx, s.features, d, { grid: true, rules: false, annotations: notes });
  const report = judge(now, settings);
  return { plan: scorePlan(report, settings, overwrite), d, now, report };
}

/** What a preview showed: for each cell, the score it offered and what the cell held then. */
export type Shown = Map<string, { value: ValueEdit["value"]; cell: string }>;

function cellNow(grid: WorkbookGrid, at: CellAt): string {
  const sheet = grid.sheets.find((x) => x.name === at.sheet);
  const i = sheet ? at.row - sheet.originRow : -1;
  const j = sheet ? at.col - sheet.originCol : -1;
  return JSON.stringify([sheet?.values[i]?.[j] ?? null, sheet?.formulas?.[i]?.[j] ?? null]);
}

/** The cells a preview shows: those it would fill, and those it would overwrite only when confirmed. */
export function shownBy(plan: Plan, grid: WorkbookGrid): Shown {
  const shown: Shown = new Map();
  for (const e of plan.edits.filter(isValue)) shown.set(keyOf(e.at), { value: e.value, cell: cellNow(grid, e.at) });
  for (const k of plan.skipped) shown.set(keyOf(k.at), { value: k.value, cell: cellNow(grid, k.at) });
  return shown;
}

/**
 * 填充得分: writes the plan's values after the record that lists each with what the cell held. With `only`, no cell
 * outside it; with `shown` (what the preview showed), only cells that still hold what they held then and get the score
 * the preview offered — a cell someone typed into since, or whose score changed, is not written. Five syncs: discover,
 * read, record (read back), values, the filled marks with the notes of the arithmetic (more only when a request would
 * pass the write budget).
 */
export async function fillScores(s: Session, settings: PaneSettings, overwrite: boolean, only?: CellAt[], shown?: Shown): Promise<number> {
  const { plan, d, now, report } = await readAndPlanScores(s, settings, overwrite, s.features.notes);
  const allowed = only && new Set(only.map(keyOf));
  const asShown = (e: ValueEdit) => {
    const was = shown?.get(keyOf(e.at));
    return !shown || (was !== undefined && was.value === e.value && was.cell === cellNow(now.grid, e.at));
  };
  const values = plan.edits.filter((e): e is ValueEdit => isValue(e) && (!allowed || allowed.has(keyOf(e.at))) && asShown(e));
  if (values.length === 0) return 0;
  assertWritable(
    d.sheets,
    values.map((v) => v.at),
  );
  const record = usableRecord(now.record);
  const refs = refsOf(d);
  const added = fillEntries(values, now.grid, refs);
  // Below ExcelApi 1.18 the notes in cells cannot be seen: no note of ours is added (as in 校验), the mark still is.
  const noted = new Set(now.annotations.map(keyOf));
  const decor = fillDecor(report, values, settings.lang, (at) => !s.features.notes || noted.has(keyOf(at)));
  const merged = mergeFills(record, added, now.grid, refs);
  const next = withEntries(merged, { notes: [...merged.notes, ...notesWritten(decor, refs, "fill")] }, refs);
  await storeRecordFirst(s, next, d, now.partsXml);
  try {
    for (const batch of valueBatches(values, s.budget)) {
      queueValues(s.ctx, sheetsByName(d.sheets), batch, formatIn(now.grid));
      await s.ctx.sync();
    }
  } catch (e) {
    await rollBackFill(s, added, next.sheets, now.partsXml, toHostError(e));
  }
  await addFillDecor(s, sheetsByName(d.sheets), decor);
  return values.length;
}

/**
 * The filled marks and the notes of the arithmetic, after the scores and in syncs of their own. The scores are written
 * and recorded by then: a failure here (a note someone added meanwhile) costs the decoration, not the fill — the record
 * lists only notes whose exact text 撤销填充 may find, so one that was never added is simply not found.
 */
async function addFillDecor(s: Session, sheetOf: (name: string) => XlWorksheet, decor: Edit[]): Promise<void> {
  type Item = { rule: RuleToAdd } | { note: NoteEdit };
  const items: Item[] = [
    ...markRules(marks(decor), s.features).map((rule) => ({ rule })),
    ...decor.filter((e): e is NoteEdit => e.kind === "note").map((note) => ({ note })),
  ];
  const bytesOf = (x: Item) => ("rule" in x ? ruleBytes(x.rule, s.features) : noteBytes(x.note));
  try {
    // Rules and notes share their syncs: one for a fill of any size, unless the write budget asks for more.
    const checks: (() => MarkEdit[])[] = [];
    await inRequests(s, items, bytesOf, (group) => {
      checks.push(
        queueMarks(
          sheetOf,
          group.flatMap((x) => ("rule" in x ? [x.rule] : [])),
          s.features,
        ),
      );
      queueNotes(
        s.ctx,
        sheetOf,
        group.flatMap((x) => ("note" in x ? [x.note] : [])),
      );
    });
    await addMissedMarks(s, sheetOf, checks);
  } catch {
    // Nothing to put back: see above.
  }
}

/** Takes back what a failed fill batch wrote, from a fresh look, puts the old record back, and rethrows the cause. */
async function rollBackFill(s: Session, added: WrittenValue[], sheets: SheetRef[], partsXml: string[], cause: HostError): Promise<never> {
  try {
    const d = await discover(s.ctx, s.features, false);
    const now = await readNow(s.ctx, s.features, d, { grid: true, rules: false, annotations: false });
    const back = takeBackValues(added, sheets, now.grid, refsOf(d), scoreCellsOf(now.grid));
    for (const batch of valueBatches(back.restore.filter(isValue), s.budget)) {
      queueValues(s.ctx, sheetsByName(d.sheets), batch, formatIn(now.grid));
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
  const record = usableRecord(now.record);
  // 校验's marks and notes only: the filled marks and notes stay with their scores until 撤销填充.
  const notes = valid ? takeBackNotes(record.notes, now.annotations, "check") : { remove: [], leftAlone: [] };
  const removeNotes = annotationsAt(now, notes.remove);
  assertWritable(d.sheets, [...now.rules.map((r) => ({ sheet: r.sheet.name, row: 0, col: 0 })), ...removeNotes]);
  const checkNotes = notesFor(record, "check");
  const owed = valid ? notesStillOwed(checkNotes, removeNotes, features, []) : [];
  const recordChanges = valid && owed.length !== checkNotes.length;
  if (now.rules.length === 0 && removeNotes.length === 0 && !recordChanges)
    return { restored: 0, leftAlone: notes.leftAlone, ...problemOf(now.record) };

  const cells = queueRuleCells(now.rules);
  for (const r of now.rules) r.proxy.delete();
  for (const n of removeNotes) n.proxy.delete();
  const stored = recordChanges ? queueRecord(ctx, { ...record, notes: [...notesBut(record, "check"), ...owed] }, d.parts) : () => true;
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
  const d = await discover(s.ctx, s.features, s.features.notes);
  const now = await readNow(s.ctx, s.features, d, { grid: true, rules: true, annotations: s.features.notes });
  if (now.record.status === "invalid") return { restored: 0, leftAlone: [], recordProblem: now.record.reason };
  const record = usableRecord(now.record);
  if (record.values.length === 0) return { restored: 0, leftAlone: [] };
  const back = takeBackValues(record.values, record.sheets, now.grid, refsOf(d), scoreCellsOf(now.grid));
  const restore = back.restore.filter(isValue);
  assertWritable(
    d.sheets,
    restore.map((e) => e.at),
  );
  const decor = fillDecorBack(record, now, d, s.features);
  const batches = valueBatches(restore, s.budget);
  for (const batch of batches.slice(0, -1)) {
    queueValues(s.ctx, sheetsByName(d.sheets), batch, formatIn(now.grid));
    await s.ctx.sync();
  }
  queueValues(s.ctx, sheetsByName(d.sheets), batches[batches.length - 1] ?? [], formatIn(now.grid));
  for (const x of decor.deletes) x.proxy.delete();
  const stored = queueRecord(
    s.ctx,
    withEntries(record, { values: back.keep, notes: [...notesBut(record, "fill"), ...decor.owed] }, refsOf(d)),
    d.parts,
  );
  await s.ctx.sync();
  if (!stored()) throw recordNotStored(true);
  return { restored: back.restored, leftAlone: [...back.leftAlone, ...decor.leftAlone] };
}

/**
 * What 撤销填充 takes back besides the scores: every filled mark on a sheet it may write (the scores still owed sit on
 * sheets not found now), and the fill notes whose whole text is still ours. Notes on a sheet not found, on a protected
 * sheet, or invisible to this Excel stay owed in the record.
 */
function fillDecorBack(record: OwnRecord, now: WorkbookNow, d: Discovery, features: Features) {
  const writable = (name: string) => !d.sheets.find((x) => x.name === name)?.protected;
  const present = resolveSheets(record.sheets, refsOf(d));
  const fills = notesFor(record, "fill");
  const here = fills.filter((n) => present.has(n.sheetId));
  const found = takeBackNotes(here, now.annotations, "fill");
  const notes = annotationsAt(now, found.remove);
  const removeNotes = notes.filter((n) => writable(n.sheet));
  const owed = [
    ...fills.filter((n) => !present.has(n.sheetId)),
    ...notesStillOwed(
      here,
      removeNotes,
      features,
      notes.filter((n) => !writable(n.sheet)),
    ),
  ];
  return { deletes: [...now.fillRules.filter((r) => writable(r.sheet.name)), ...removeNotes], owed, leftAlone: found.leftAlone };
}

/** What 清除标记 and 撤销填充 could take back: two syncs, a third to count the cells our rules cover when there are any. */
export async function hostState(s: Session): Promise<HostState> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: false, rules: true, annotations: false });
  let marks = 0;
  if (now.rules.length > 0) {
    const cells = queueRuleCells(now.rules);
    await s.ctx.sync();
    marks = cells();
  }
  if (now.record.status === "invalid") return { marks, fills: 0, recordProblem: now.record.reason };
  return { marks, fills: usableRecord(now.record).values.length };
}

/** The decisions in the stored record (none when the record is refused). Two syncs. */
export async function loadReviews(s: Session): Promise<Reviews> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: false, rules: false, annotations: false });
  return usableRecord(now.record).reviews;
}

/**
 * The decisions and what the forms say of themselves (主管部门, 实施单位), for the 审核意见 a reviewer prints or exports.
 * Two syncs: the grid comes with the record's read. The facts are index-aligned with the tables of a check of the
 * workbook as it is now; none when that differs from `tables` forms, as it does after an edit that adds or removes one.
 */
export async function readReviewsAndFacts(s: Session, tables?: number): Promise<{ reviews: Reviews; facts?: FormFacts[] }> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: true, rules: false, annotations: false });
  const facts = formFacts(checkWorkbook(userSheets(now.grid)).forms);
  return { reviews: usableRecord(now.record).reviews, facts: tables === undefined || facts.length === tables ? facts : undefined };
}

/** Stores the record with these decisions, read back like every record write; no cell changes. Three syncs. */
export async function saveReviews(s: Session, reviews: Reviews): Promise<void> {
  const d = await discover(s.ctx, s.features, false);
  const now = await readNow(s.ctx, s.features, d, { grid: false, rules: false, annotations: false });
  await storeRecordFirst(s, { ...usableRecord(now.record), reviews }, d, now.partsXml);
}
