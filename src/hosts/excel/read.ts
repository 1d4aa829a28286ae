import type { CellRange, LocalText, Severity, SheetGrid, WorkbookGrid } from "../../engine";
import type { RecordRead } from "../../app/ownership/record";
import { ownMarkKind } from "../../app/ownership/marks";
import type { NoteNow } from "../../app/ownership/takeBack";
import type {
  XlAnnotation,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlCustomXmlPart,
  XlRange,
  XlWorksheet,
} from "./api";
import { parseAreas, parseQualified } from "../common/addresses";
import { planChunks, READ_BUDGET, type SheetSize } from "./chunking";
import { readMergesInBands } from "./readMerges";
import type { Features } from "./features";
import { RECORD_NAMESPACE, recordReadOfParts } from "../common/recordXml";
import { RECORDS_SHEET, recordTextOfColumn } from "../common/recordSheetText";
import { decodeRecord } from "../../app/ownership/recordCodec";
import { sheetGridOf, type LoadedBand } from "./sheetGrid";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetInfo {
  /** Worksheet.id: the record's key for the sheet. */
  id: string;
  name: string;
  protected: boolean;
  /** Hidden sheets are judged and marked (the user can show them); very hidden ones (only code can show them) are not read. */
  visibility: Visibility;
  /** Bound to the sheet itself, not its name: writes through it survive a rename mid-run. */
  proxy: XlWorksheet;
}

/** What the first sync learns: the sheets, the record's parts, the text of every note and comment the API can see. */
export interface Discovery {
  sheets: SheetInfo[];
  parts: XlCustomXmlPart[];
  annotations: { proxy: XlAnnotation; text: string }[];
  /** Application.calculationMode: "Automatic", "AutomaticExceptTables" or "Manual" (then values may be stale). */
  calculationMode: string;
}

export interface Notice {
  sheet: string;
  message: string;
  messages: LocalText;
}

/**
 * One of our mark rules: a conditional format whose formula carries our tag — or (severity null) a custom rule with no
 * formula at all, which only a batch that failed between adding a rule and giving it its formula leaves (Excel's own
 * dialog does not make a rule without a formula); it draws nothing and is removed with ours.
 */
export interface OwnRule {
  sheet: SheetInfo;
  severity: Severity | null;
  proxy: XlConditionalFormat;
}

/** Our filled mark over scores 填充得分 wrote: not 校验's, removed by 撤销填充 only. */
export interface FillRule {
  sheet: SheetInfo;
  severity: "filled";
  proxy: XlConditionalFormat;
}

/** A note or comment as it is now, with the proxy that deletes it. */
export interface AnnotationNow extends NoteNow {
  proxy: XlAnnotation;
}

/** The workbook as it is now, as far as a flow asked. */
export interface WorkbookNow {
  grid: WorkbookGrid;
  /** The record as read from the parts of our namespace: untrusted until decodeRecord says ok. */
  record: RecordRead;
  /** The parts' XML as read: put back verbatim if writing a new record fails half-way. */
  partsXml: string[];
  /** 校验's rules. */
  rules: OwnRule[];
  /** Our filled marks (read with the rules). */
  fillRules: FillRule[];
  annotations: AnnotationNow[];
  notices: Notice[];
}

export interface Want {
  grid: boolean;
  rules: boolean;
  annotations: boolean;
}

const RANGE_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat";
const SIZE_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount";
/** `custom` of a rule of another type is not documented to load; `customOrNullObject` is null for it. */
const RULE_PROPS = "items/type,items/customOrNullObject/rule/formula";

/** Refusals that a read in bounded bands avoids: a response over 5 MB, a range over five million cells. */
const TOO_MUCH_CODES = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
  "RangeExceedsLimit",
]);
const codeOf = (e: unknown) => (typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined);

const visibilityOf = (v: unknown): Visibility => (v === "Hidden" || v === "VeryHidden" ? v : "Visible");

/**
 * Sync 1: id, name, visibility and protection of every sheet, hidden ones included; the record's parts; every note
 * (1.18) and threaded comment; the calculation mode.
 */
export async function discover(ctx: XlContext, features: Features, withAnnotations: boolean): Promise<Discovery> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/id,items/name,items/visibility,items/protection/protected");
  wb.application.load("calculationMode");
  const parts = wb.customXmlParts.getByNamespace(RECORD_NAMESPACE);
  parts.load("items/id");
  const collections = withAnnotations ? (features.notes ? [wb.notes, wb.comments] : [wb.comments]) : [];
  for (const c of collections) c.load("items/content");
  await ctx.sync();
  return {
    sheets: wb.worksheets.items.map((ws) => ({
      id: ws.id,
      name: ws.name,
      protected: ws.protection.protected,
      visibility: visibilityOf(ws.visibility),
      proxy: ws,
    })),
    parts: parts.items,
    annotations: collections.flatMap((c) =>
      c.items.map((proxy) => ({ proxy, text: typeof proxy.content === "string" ? proxy.content : "" })),
    ),
    calculationMode: String(wb.application.calculationMode),
  };
}

/** The sheets whose cells are read: all but the very hidden ones, which only code can show (and whose rules are still read). */
export const readableSheets = (d: Discovery) => d.sheets.filter((s) => s.visibility !== "VeryHidden");

/**
 * Rows of the record sheet read when a workbook has no record part: a copy written by the command line or the
 * workbench, or a file saved by WPS, carries its record (the reviewer's decisions) there. 4,000 cells of 8,000
 * characters hold far more than any record.
 */
const RECORD_SHEET_ROWS = 4_000;

/** Queues what comes with the first read sync: the parts' XML (or the record sheet), every rule, where each note sits. */
function queueSideLoads(discovery: Discovery, want: Want) {
  const xml = discovery.parts.map((p) => p.getXml());
  const recordSheet =
    discovery.parts.length === 0 ? discovery.sheets.find((s) => s.name === RECORDS_SHEET && s.visibility === "VeryHidden") : undefined;
  const sheetRecord = recordSheet?.proxy.getRange(`A1:A${RECORD_SHEET_ROWS}`);
  sheetRecord?.load("values");
  const rules = want.rules
    ? discovery.sheets.map((sheet) => {
        // The whole sheet, not the used range: a mark can sit on a cell emptied since.
        const collection = sheet.proxy.getRange().conditionalFormats;
        collection.load(RULE_PROPS);
        return { sheet, collection };
      })
    : [];
  const locations = want.annotations
    ? discovery.annotations.map((a) => {
        const at = a.proxy.getLocation();
        at.load("address");
        return { a, at };
      })
    : [];
  return { xml, sheetRecord, rules, locations };
}

type SideLoads = ReturnType<typeof queueSideLoads>;

function ownRules(loads: { sheet: SheetInfo; collection: XlConditionalFormatCollection }[]): (OwnRule | FillRule)[] {
  return loads.flatMap(({ sheet, collection }) =>
    collection.items.flatMap((proxy): (OwnRule | FillRule)[] => {
      if (proxy.type !== "Custom" || proxy.customOrNullObject.isNullObject) return [];
      const formula = proxy.customOrNullObject.rule.formula;
      const severity = ownMarkKind(formula);
      return severity || !formula ? [{ sheet, severity, proxy } as OwnRule | FillRule] : [];
    }),
  );
}

const isFillRule = (r: OwnRule | FillRule): r is FillRule => r.severity === "filled";

function annotationsNow(locations: SideLoads["locations"]): AnnotationNow[] {
  return locations.flatMap(({ a, at }) => {
    const p = parseQualified(at.address);
    return p ? [{ sheet: p.sheet, row: p.range.top, col: p.range.left, text: a.text, proxy: a.proxy }] : [];
  });
}

function sideResults(side: SideLoads): Omit<WorkbookNow, "grid" | "notices"> {
  const partsXml = side.xml.map((x) => x.value);
  const rules = ownRules(side.rules);
  const sheetText =
    side.sheetRecord && Array.isArray(side.sheetRecord.values) ? recordTextOfColumn(side.sheetRecord.values.map((r) => r[0])) : null;
  return {
    // Once Excel has stored its own record (with the decisions read from the sheet), the part is the record.
    record: partsXml.length === 0 && sheetText !== null ? decodeRecord(sheetText) : recordReadOfParts(partsXml),
    partsXml,
    rules: rules.filter((r): r is OwnRule => !isFillRule(r)),
    fillRules: rules.filter(isFillRule),
    annotations: annotationsNow(side.locations),
  };
}

const notice = (sheet: string, zh: string, en: string): Notice => ({ sheet, message: zh, messages: { zh, en } });

/**
 * Sync 2: the record's parts, every sheet's rules, where each note sits and (when asked) every readable sheet's used
 * range (values, valueTypes, formulas, number formats) with its merged areas — all in one sync. Only when Excel refuses
 * (a response over 5 MB, a range over five million cells, or more than 512 merged areas in a sheet) does it take more:
 * bounded row bands for the first two, merged areas read in row bands for the third.
 */
export async function readNow(ctx: XlContext, features: Features, discovery: Discovery, want: Want): Promise<WorkbookNow> {
  try {
    return await readAllAtOnce(ctx, discovery, want, want.grid);
  } catch (e) {
    const code = codeOf(e);
    if (!want.grid || code === "ItemNotFound" || code === "InvalidReference") throw e;
    if (TOO_MUCH_CODES.has(String(code))) return readInBands(ctx, discovery, want);
    // What is left to blame is a sheet's merged areas: without them, the same read must pass (or it was not them).
    let read: WorkbookNow;
    try {
      read = await readAllAtOnce(ctx, discovery, want, false);
    } catch (again) {
      if (TOO_MUCH_CODES.has(String(codeOf(again)))) return readInBands(ctx, discovery, want);
      throw again;
    }
    const targets = readableSheets(discovery).map((sheet, i) => ({ sheet, grid: read.grid.sheets[i] }));
    const { merges, notices } = await readMergesInBands(ctx, targets);
    for (const g of read.grid.sheets) g.merges = merges.get(g.name) ?? [];
    return { ...read, notices: [...read.notices, ...notices] };
  }
}

async function readAllAtOnce(ctx: XlContext, discovery: Discovery, want: Want, withMerges: boolean): Promise<WorkbookNow> {
  const side = queueSideLoads(discovery, want);
  const loads = want.grid
    ? readableSheets(discovery).map((sheet) => {
        const used = sheet.proxy.getUsedRange(true);
        used.load(RANGE_PROPS);
        const merges = withMerges ? used.getMergedAreasOrNullObject() : null;
        merges?.load("address");
        return { sheet, used, merges };
      })
    : [];
  await ctx.sync();
  // Over five million cells Excel may answer `values` with null instead of an error: read that in bands too.
  if (loads.some((l) => !Array.isArray(l.used.values))) throw Object.assign(new Error("RangeExceedsLimit"), { code: "RangeExceedsLimit" });
  const sheets: SheetGrid[] = loads.map((l) =>
    sheetGridOf(l.sheet.name, [bandOf(l.used)], l.merges ? (l.merges.isNullObject ? [] : parseAreas(l.merges.address)) : []),
  );
  return { grid: { sheets }, ...sideResults(side), notices: [] };
}

function bandOf(r: XlRange): LoadedBand {
  return {
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    values: r.values,
    valueTypes: r.valueTypes,
    formulas: r.formulas,
    numberFormat: r.numberFormat,
  };
}

/**
 * The large-workbook path: one sync for sizes (and the rest), then row bands packed into a bounded number of syncs,
 * then the merged areas: each sheet's whole used range in one sync, or, if that fails, in row bands.
 */
async function readInBands(ctx: XlContext, discovery: Discovery, want: Want): Promise<WorkbookNow> {
  const side = queueSideLoads(discovery, want);
  const readable = readableSheets(discovery);
  const used = readable.map((sheet) => {
    const r = sheet.proxy.getUsedRange(true);
    r.load(SIZE_PROPS);
    return { sheet, r };
  });
  await ctx.sync();
  const sizes: SheetSize[] = used.map(({ sheet, r }) => ({
    name: sheet.name,
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    rowCount: r.rowCount,
    columnCount: r.columnCount,
  }));
  const plan = planChunks(sizes);
  const bands = new Map<string, LoadedBand[]>(readable.map((s) => [s.name, []]));
  for (const batch of plan.batches) {
    const ranges = batch.map((c) => {
      const proxy = readable.find((s) => s.name === c.sheet)!.proxy;
      const r = proxy.getRangeByIndexes(c.rowIndex, c.columnIndex, c.rowCount, c.columnCount);
      r.load("values,valueTypes,formulas,numberFormat");
      return { c, r };
    });
    await ctx.sync();
    for (const { c, r } of ranges)
      bands.get(c.sheet)!.push({
        rowIndex: c.rowIndex,
        columnIndex: c.columnIndex,
        values: r.values,
        valueTypes: r.valueTypes,
        formulas: r.formulas,
        numberFormat: r.numberFormat,
      });
  }
  const sheets = readable.map((s) => sheetGridOf(s.name, bands.get(s.name)!, []));
  const merged = await mergesOfRead(
    ctx,
    readable.map((sheet, i) => ({ sheet, grid: sheets[i] })),
  );
  for (const g of sheets) g.merges = merged.merges.get(g.name) ?? [];
  const notices = plan.cut.map((c) =>
    notice(
      c.sheet,
      `工作表过大：只读取了前 ${c.rowsRead} 行（共 ${c.rowsUsed} 行）。`,
      `Sheet too large: only the first ${c.rowsRead} of ${c.rowsUsed} rows were read.`,
    ),
  );
  notices.push(
    notice(
      "",
      `工作簿较大，已分 ${plan.batches.length} 批读取（每批不超过 ${Math.round(READ_BUDGET / 1048576)} MB）。`,
      `Large workbook: read in ${plan.batches.length} batches of at most ${Math.round(READ_BUDGET / 1048576)} MB.`,
    ),
    ...merged.notices,
  );
  return { grid: { sheets }, ...sideResults(side), notices };
}

/** The merged areas of the rows read: over each sheet's rows in one sync, or (when that fails) in row bands. */
async function mergesOfRead(
  ctx: XlContext,
  targets: { sheet: SheetInfo; grid: SheetGrid }[],
): Promise<{ merges: Map<string, CellRange[]>; notices: Notice[] }> {
  const loads = targets
    .filter(({ grid }) => grid.values.length > 0)
    .map(({ sheet, grid }) => {
      const width = Math.max(1, ...grid.values.map((r) => r.length));
      const areas = sheet.proxy.getRangeByIndexes(grid.originRow, grid.originCol, grid.values.length, width).getMergedAreasOrNullObject();
      areas.load("address");
      return { sheet, areas };
    });
  try {
    await ctx.sync();
  } catch (e) {
    if (codeOf(e) === "ItemNotFound") throw e;
    return readMergesInBands(ctx, targets);
  }
  return {
    merges: new Map(loads.map(({ sheet, areas }) => [sheet.name, areas.isNullObject ? [] : parseAreas(areas.address)])),
    notices: [],
  };
}

/** Queues the loads that tell how many cells rules cover (before they are deleted in the same batch); reads them after the sync. */
export function queueRuleCells(rules: (OwnRule | FillRule)[]): () => number {
  const loads = rules
    .filter((r) => r.severity !== null)
    .map((r) => {
      const target = r.proxy.getRanges();
      target.load("address");
      return { r, target };
    });
  return () => {
    const areas = new Map<string, number>();
    for (const { r, target } of loads)
      for (const a of parseAreas(target.address))
        areas.set(`${r.sheet.id}|${a.top},${a.left},${a.bottom},${a.right}`, (a.bottom - a.top + 1) * (a.right - a.left + 1));
    return [...areas.values()].reduce((n, k) => n + k, 0);
  };
}
