import { MARK_COLORS } from "../../engine";
import { markFormula, ownMarkSeverity } from "../../app/ownership/marks";
import { normalAreas, probe, sameAreas, sample, skipped, verdict } from "../../app/selfTest/answers";
import { describeError, runSelfTest, Unsupported, type SelfTestOptions } from "../../app/selfTest/runner";
import { sessionSemantics, type SemanticsCache } from "../../app/selfTest/semantics";
import { LONG_STRING_LENGTH, longText, scratchName, TIMING_COLS, TIMING_ROWS, timingRows } from "../../app/selfTest/scratch";
import type { HostAbout, Probe, ProbeContext, SelfTestReport } from "../../app/selfTest/types";
import { browserProbes, type BrowserEnv } from "../browser/probes";
import type { ExcelEnv, XlContext, XlLoadable, XlWorksheet } from "./api";

/**
 * 自检 in Excel: short probes of the open questions (PLATFORM.md "Open semantics"), each on a scratch sheet it adds
 * with a fresh name and deletes in `finally`. No probe reads or writes a sheet of the user's.
 *
 * Members newer than the add-in's API slice (conditional formats, `Worksheet.id`, rename) are reached through the
 * narrow interfaces below and checked before use, so a host (or fake) without them gives a "failed / unsupported"
 * result, never a crash.
 */

interface CfRule extends XlLoadable {
  formula: string;
}
interface CfCustom {
  readonly rule: CfRule;
  readonly format: { readonly fill: { color: string } };
}
interface AreasLike extends XlLoadable {
  readonly address: string;
}
interface ConditionalFormat {
  readonly custom: CfCustom;
  /** ExcelApi 1.9. */
  getRanges?(): AreasLike;
  delete(): void;
}
interface CfCollection extends XlLoadable {
  readonly items: unknown[];
  add(type: "Custom"): ConditionalFormat;
}
interface HasCfs {
  readonly conditionalFormats?: CfCollection;
}
interface NamedSheet extends XlLoadable {
  readonly id: string;
  name: string;
}

const RUN = { mergeUndoGroup: false };
/** The namespace of the self-test's own custom XML parts: never the record's. */
export const PROBE_NAMESPACE = "urn:selfeval:selftest";
const CF_AREAS = "A1:A3,C2:C4";

async function sheetNames(c: XlContext): Promise<string[]> {
  c.workbook.worksheets.load("items/name");
  await c.sync();
  return c.workbook.worksheets.items.map((s) => s.name);
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** A scratch sheet's names over its life (a rename adds one): cleanup looks for each, newest first. */
interface Scratch {
  names: string[];
}
const current = (s: Scratch) => s.names[s.names.length - 1];

/** Adds a scratch sheet, runs the work, deletes the sheet in a run of its own (so a failed batch cannot stop it). */
async function onScratch<T>(env: ExcelEnv, context: ProbeContext, work: (scratch: Scratch) => Promise<T>): Promise<T> {
  const scratch: Scratch = {
    names: [
      await env.run(async (c) => {
        const name = scratchName(await sheetNames(c));
        c.workbook.worksheets.add(name);
        await c.sync();
        return name;
      }, RUN),
    ],
  };
  try {
    return await work(scratch);
  } finally {
    await removeScratch(env, scratch).catch(() => context.leftBehind(current(scratch)));
  }
}

async function removeScratch(env: ExcelEnv, scratch: Scratch): Promise<void> {
  await env.run(async (c) => {
    const found = [...scratch.names].reverse().map((n) => c.workbook.worksheets.getItemOrNullObject(n));
    for (const ws of found) ws.load("name");
    await c.sync();
    const live = found.find((ws) => !ws.isNullObject);
    if (!live) return;
    live.delete();
    await c.sync();
  }, RUN);
}

/** Deletes every custom XML part in the self-test's namespace (left by a probe that failed half-way). */
async function removeProbeParts(env: ExcelEnv): Promise<number> {
  return env.run(async (c) => {
    const parts = c.workbook.customXmlParts.getByNamespace(PROBE_NAMESPACE);
    parts.load("items/id");
    await c.sync();
    for (const p of parts.items) p.delete();
    await c.sync();
    return parts.items.length;
  }, RUN);
}

const sheet = (c: XlContext, scratch: Scratch): XlWorksheet => c.workbook.worksheets.getItem(current(scratch));

/** Whether the batch queued so far fails at sync (the context stays usable after). */
async function syncThrows(c: XlContext): Promise<boolean> {
  try {
    await c.sync();
    return false;
  } catch {
    return true;
  }
}

function cfProbe(env: ExcelEnv): Probe {
  return probe(
    "cf.tagged",
    { zh: "带标签的条件格式（多区域：添加、读回、删除）", en: "Tagged conditional format (multi-area: add, read back, delete)" },
    (context) =>
      onScratch(env, context, (scratch) =>
        env.run(async (c) => {
          const ws = sheet(c, scratch);
          const multiArea = true;
          const wanted = CF_AREAS;
          const target = ws.getRanges(wanted) as unknown as HasCfs;
          if (typeof target.conditionalFormats?.add !== "function") throw new Unsupported("RangeAreas.conditionalFormats");
          const cf = target.conditionalFormats.add("Custom");
          cf.custom.rule.formula = markFormula("error");
          cf.custom.format.fill.color = MARK_COLORS.error;
          await c.sync();

          const areas = cf.getRanges?.();
          if (!areas) throw new Unsupported("ConditionalFormat.getRanges");
          cf.custom.rule.load("formula");
          areas.load("address");
          const all = (ws.getRange() as unknown as HasCfs).conditionalFormats;
          all?.load("items/type");
          await c.sync();
          const formula = cf.custom.rule.formula;
          const appliesTo = areas.address;
          const rules = all ? all.items.length : null;

          cf.delete();
          const left = (ws.getRange() as unknown as HasCfs).conditionalFormats;
          left?.load("items/type");
          await c.sync();
          const deleted = left ? left.items.length === 0 : true;

          const tagged = ownMarkSeverity(formula) === "error";
          const areasKept = typeof appliesTo === "string" && sameAreas(appliesTo, wanted);
          const answer = {
            wanted,
            multiArea,
            formula,
            tagged,
            appliesTo: typeof appliesTo === "string" ? normalAreas(appliesTo) : null,
            areasKept,
            rules,
            deleted,
          };
          return { status: verdict(tagged && areasKept && (rules === null || rules === 1) && deleted), answer };
        }, RUN),
      ),
  );
}

function longStringProbe(env: ExcelEnv): Probe {
  return probe(
    "record.longString",
    { zh: "记录大小的长文本（自定义 XML 部件）", en: "Record-sized long text (custom XML part)" },
    async () => {
      const text = longText(LONG_STRING_LENGTH);
      const errors: Record<string, string> = {};
      let kept: number | null = null;
      try {
        kept = await env.run(async (c) => {
          const part = c.workbook.customXmlParts.add(`<selftest xmlns="${PROBE_NAMESPACE}">${text}</selftest>`);
          await c.sync();
          const xml = part.getXml();
          await c.sync();
          if (xml.value.includes(text)) return text.length;
          const runs = xml.value.match(/[A-Za-z0-9+/]{100,}/g) ?? [];
          return Math.max(0, ...runs.map((r) => r.length));
        }, RUN);
      } catch (e) {
        errors.xmlPart = describeError(e).message;
      } finally {
        await removeProbeParts(env).catch((e: unknown) => (errors.cleanup = describeError(e).message));
      }
      const answer = { length: text.length, kept: { xmlPart: kept }, errors };
      return { status: verdict(kept === text.length), answer };
    },
  );
}

function notesProbe(env: ExcelEnv): Probe {
  const title = { zh: "在已有批注的单元格上再加批注", en: "A note on a cell that already has one" };
  if (!env.supports("1.10")) return skipped("notes.onNote", title, "ExcelApi 1.10");
  const kind = env.supports("1.18") ? ("note" as const) : ("comment" as const);
  return probe("notes.onNote", title, (context) =>
    onScratch(env, context, (scratch) =>
      env.run(async (c) => {
        const cell = `${quoted(current(scratch))}!A1`;
        const collection = kind === "note" ? c.workbook.notes : c.workbook.comments;
        const text = "【自评表校验】自检 · self-test";
        const first = collection.add(cell, text);
        await c.sync();
        first.load("content");
        await c.sync();
        const textRead = first.content;

        collection.add(cell, "second");
        const secondThrew = await syncThrows(c);
        let commentOnNote: "throws" | "added" | "not-tried" = "not-tried";
        if (kind === "note") {
          c.workbook.comments.add(cell, "comment");
          commentOnNote = (await syncThrows(c)) ? "throws" : "added";
        }
        const answer = {
          kind,
          textExact: textRead === text,
          textRead: sample(textRead, 80),
          second: secondThrew ? ("throws" as const) : ("added" as const),
          commentOnNote,
        };
        return { status: verdict(answer.textExact && secondThrew && commentOnNote !== "added"), answer };
      }, RUN),
    ),
  );
}

function identityProbe(env: ExcelEnv): Probe {
  return probe(
    "sheet.identity",
    { zh: "重命名后工作表标识（Worksheet.id）", en: "Sheet identity after a rename (Worksheet.id)" },
    (context) =>
      onScratch(env, context, (scratch) =>
        env.run(async (c) => {
          const ws = sheet(c, scratch) as unknown as NamedSheet;
          ws.load("id");
          try {
            await c.sync();
          } catch (e) {
            throw new Unsupported(`Worksheet.id (${describeError(e).code ?? describeError(e).message})`);
          }
          const before = ws.id;
          const renamed = scratchName(await sheetNames(c));
          scratch.names.push(renamed);
          try {
            ws.name = renamed;
          } catch (e) {
            throw e instanceof TypeError ? new Unsupported("Worksheet.name (rename)") : e;
          }
          await c.sync();
          const again = c.workbook.worksheets.getItem(renamed) as unknown as NamedSheet;
          again.load("id");
          await c.sync();
          const after = again.id;
          const stable = typeof before === "string" && before !== "" && before === after;
          const answer = {
            key: "Worksheet.id",
            before,
            after,
            stable,
            refersToBefore: null,
            refersToAfter: null,
            definedNameFollows: null,
          };
          return { status: verdict(stable), answer };
        }, RUN),
      ),
  );
}

function mergeUndoProbe(env: ExcelEnv): Probe {
  const title = { zh: "合并撤销组（mergeUndoGroup）中删除工作表与 XML 部件", en: "Sheet delete and XML part inside mergeUndoGroup" };
  if (!env.supports("1.20")) return skipped("excel.mergeUndo", title, "ExcelApi 1.20");
  return probe("excel.mergeUndo", title, (context) =>
    onScratch(env, context, async (scratch) => {
      const attempt = async (work: (c: XlContext) => Promise<void>) => {
        try {
          await env.run(work, { mergeUndoGroup: true });
          return { outcome: "ok" as const, error: null };
        } catch (e) {
          const d = describeError(e);
          return { outcome: "throws" as const, error: d.code ?? d.message };
        }
      };
      const del = await attempt(async (c) => {
        sheet(c, scratch).delete();
        await c.sync();
      });
      const xml = await attempt(async (c) => {
        const part = c.workbook.customXmlParts.add(`<selftest xmlns="${PROBE_NAMESPACE}">undo</selftest>`);
        await c.sync();
        part.delete();
        await c.sync();
      });
      await removeProbeParts(env).catch(() => context.leftBehind(`customXmlPart ${PROBE_NAMESPACE}`));
      const answer = { deleteSheet: del.outcome, deleteError: del.error, xmlPart: xml.outcome, xmlError: xml.error };
      return { status: verdict(del.outcome === "throws" && xml.outcome === "ok"), answer };
    }),
  );
}

function timingProbe(env: ExcelEnv): Probe {
  return probe(
    "timing.bulk",
    { zh: "一次批量写入与一次批量读取的耗时", en: "Time of one bulk write and one bulk read" },
    (context) =>
      onScratch(env, context, (scratch) =>
        env.run(async (c) => {
          const rows = timingRows();
          const write = sheet(c, scratch).getRangeByIndexes(0, 0, TIMING_ROWS, TIMING_COLS);
          write.values = rows;
          let t = Date.now();
          await c.sync();
          const writeMs = Date.now() - t;
          const read = sheet(c, scratch).getRangeByIndexes(0, 0, TIMING_ROWS, TIMING_COLS);
          read.load("values");
          t = Date.now();
          await c.sync();
          const readMs = Date.now() - t;
          const same = read.values.length === TIMING_ROWS && read.values[TIMING_ROWS - 1][1] === rows[TIMING_ROWS - 1][1];
          return { status: verdict(same), answer: { cells: TIMING_ROWS * TIMING_COLS, writeMs, readMs } };
        }, RUN),
      ),
    60_000,
  );
}

/** The Excel probes, in the order they run. */
export function excelProbes(env: ExcelEnv): Probe[] {
  return [cfProbe(env), longStringProbe(env), notesProbe(env), identityProbe(env), mergeUndoProbe(env), timingProbe(env)];
}

/** Office.context.diagnostics where Office.js is loaded (never required: tests and plain pages have none). */
export interface OfficeDiagnostics {
  version: string | null;
  platform: string | null;
}

export function officeDiagnostics(g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): OfficeDiagnostics | null {
  try {
    const d = (g.Office as { context?: { diagnostics?: { version?: unknown; platform?: unknown } } } | undefined)?.context?.diagnostics;
    if (!d) return null;
    return { version: typeof d.version === "string" ? d.version : null, platform: typeof d.platform === "string" ? d.platform : null };
  } catch {
    return null;
  }
}

/** The highest ExcelApi set supported, found by asking each minor version in turn. */
export function highestExcelApi(supports: (version: string) => boolean): string | null {
  let best: string | null = null;
  for (let minor = 1; minor <= 40; minor++) {
    if (!supports(`1.${minor}`)) break;
    best = `1.${minor}`;
  }
  return best;
}

export function excelAbout(env: ExcelEnv, diagnostics: OfficeDiagnostics | null = officeDiagnostics()): HostAbout {
  const api = highestExcelApi((v) => env.supports(v));
  return {
    host: "excel",
    hostVersion: diagnostics?.version ?? null,
    platform: diagnostics?.platform ?? null,
    apiSets: api ? [`ExcelApi ${api}`] : [],
  };
}

export interface ExcelSelfTestOptions extends SelfTestOptions {
  browser?: BrowserEnv;
  diagnostics?: OfficeDiagnostics | null;
  /** Where the answers go for the adapters (default: the session's cache). */
  cache?: SemanticsCache;
}

/** The pane's 自检 in Excel: the page's browser probes, then the Excel probes. */
export async function excelSelfTest(env: ExcelEnv, options: ExcelSelfTestOptions = {}): Promise<SelfTestReport> {
  const about = excelAbout(env, options.diagnostics === undefined ? officeDiagnostics() : options.diagnostics);
  const report = await runSelfTest(about, [...browserProbes(options.browser), ...excelProbes(env)], options);
  (options.cache ?? sessionSemantics).remember(report);
  return report;
}
