import { NOTE_PREFIX } from "../../engine/plan/colors";
import type { CellRange, ChangeRecord, LocalText, SheetGrid, WorkbookGrid } from "../../engine";
import type { XlAnnotation, XlCellProperties, XlClientResult, XlContext, XlCustomXmlPart, XlRange, XlRangeAreas, XlWorksheet } from "./api";
import { cellKey, parseAreas, parseQualified } from "../common/addresses";
import { planChunks, READ_BUDGET, type SheetSize } from "./chunking";
import type { Features } from "./features";
import { EMPTY_RECORD, RECORD_NAMESPACE, recordFromXml } from "../common/recordXml";
import { sheetGridOf, type LoadedBand } from "./sheetGrid";

export interface SheetInfo {
  name: string;
  protected: boolean;
  proxy: XlWorksheet;
}

export interface AnnotationInfo {
  proxy: XlAnnotation;
  /** Made by the add-in: its text starts with NOTE_PREFIX. */
  ours: boolean;
}

/** What one sync learns before anything else can be asked: sheets, the record's parts, notes and comments. */
export interface Discovery {
  sheets: SheetInfo[];
  parts: XlCustomXmlPart[];
  annotations: AnnotationInfo[];
}

export interface Notice {
  sheet: string;
  message: string;
  messages: LocalText;
}

export interface DataRead {
  grid: WorkbookGrid;
  /** Each read cell's fill (cellKey → "#RRGGBB" or null), when getCellProperties read them. */
  fills: Map<string, string | null> | null;
  record: ChangeRecord;
  /** Cells holding a note or comment the add-in did not make: never written over. */
  userAnnotationCells: Set<string>;
  notices: Notice[];
}

const RANGE_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat";
const SIZE_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount";
const FILL_REQUEST = { format: { fill: { color: true, pattern: true } } };

const PAYLOAD_CODES = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);
const codeOf = (e: unknown) => (typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined);

/** Sync 1: names and protection of every sheet, the ids of the record's parts, the text of every note and comment. */
export async function discover(ctx: XlContext, features: Features, withAnnotations: boolean): Promise<Discovery> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name,items/protection/protected");
  const parts = wb.customXmlParts.getByNamespace(RECORD_NAMESPACE);
  parts.load("items/id");
  const collections = withAnnotations ? [features.notes ? wb.notes : null, features.comments ? wb.comments : null].filter((c) => c !== null) : [];
  for (const c of collections) c.load("items/content");
  await ctx.sync();
  return {
    sheets: wb.worksheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected, proxy: ws })),
    parts: parts.items,
    annotations: collections.flatMap((c) => c.items.map((proxy) => ({ proxy, ours: typeof proxy.content === "string" && proxy.content.startsWith(NOTE_PREFIX) }))),
  };
}

interface SheetLoad {
  sheet: SheetInfo;
  used: XlRange;
  merges: XlRangeAreas | null;
  fills: XlClientResult<XlCellProperties[][]> | null;
}

function queueRecordAndAnnotations(discovery: Discovery, withRecord: boolean, withAnnotations: boolean) {
  const xml = withRecord ? discovery.parts.map((p) => p.getXml()) : [];
  const locations = withAnnotations
    ? discovery.annotations.filter((a) => !a.ours).map((a) => {
        const at = a.proxy.getLocation();
        at.load("address");
        return at;
      })
    : [];
  return { xml, locations };
}

function recordOfParts(xml: XlClientResult<string>[]): ChangeRecord {
  for (const x of xml) {
    const r = recordFromXml(x.value);
    if (r) return r;
  }
  return EMPTY_RECORD;
}

function annotationCells(locations: XlRange[]): Set<string> {
  const cells = new Set<string>();
  for (const at of locations) {
    const p = parseQualified(at.address);
    if (p) cells.add(cellKey(p.sheet, p.range.top, p.range.left));
  }
  return cells;
}

const notice = (sheet: string, zh: string, en: string, lang: "zh" | "en" = "zh"): Notice => ({ sheet, message: lang === "en" ? en : zh, messages: { zh, en } });

/**
 * Sync 2: every sheet's used range (values, valueTypes, formulas, number formats), merged areas (1.13) and fills
 * (1.9), the record's XML and where the user's notes sit — all in one sync. Only when Excel refuses the response
 * as too large does it fall back to sizing the used ranges and reading them in bounded bands.
 */
export async function readData(
  ctx: XlContext,
  features: Features,
  discovery: Discovery,
  want: { grid: boolean; fills: boolean; record: boolean; annotations: boolean },
): Promise<DataRead> {
  const withMerges = want.grid && features.mergedAreas;
  const withFills = want.grid && want.fills && features.cellProperties;
  try {
    return await readAllAtOnce(ctx, discovery, want, withMerges, withFills);
  } catch (e) {
    const code = codeOf(e);
    if (!want.grid || code === "ItemNotFound" || code === "InvalidReference") throw e;
    if (PAYLOAD_CODES.has(String(code))) return readInBands(ctx, discovery, want, withMerges);
    if (!withMerges) throw e;
    // getMergedAreasOrNullObject fails on sheets with too many merged areas: read once more without them.
    const read = await readAllAtOnce(ctx, discovery, want, false, withFills);
    read.notices.push(notice("", "合并单元格过多，已按未合并读取。", "Too many merged areas: the sheets were read as unmerged."));
    return read;
  }
}

async function readAllAtOnce(ctx: XlContext, discovery: Discovery, want: { grid: boolean; record: boolean; annotations: boolean }, withMerges: boolean, withFills: boolean): Promise<DataRead> {
  const { xml, locations } = queueRecordAndAnnotations(discovery, want.record, want.annotations);
  const loads: SheetLoad[] = want.grid
    ? discovery.sheets.map((sheet) => {
        const used = sheet.proxy.getUsedRange(true);
        used.load(RANGE_PROPS);
        const merges = withMerges ? used.getMergedAreasOrNullObject() : null;
        merges?.load("address");
        return { sheet, used, merges, fills: withFills ? used.getCellProperties(FILL_REQUEST) : null };
      })
    : [];
  await ctx.sync();
  const grids: SheetGrid[] = [];
  let fills: Map<string, string | null> | null = withFills ? new Map() : null;
  for (const l of loads) {
    const band: LoadedBand = { ...bandOf(l.used), fills: l.fills ? l.fills.value : null };
    const merges = l.merges ? (l.merges.isNullObject ? [] : parseAreas(l.merges.address)) : undefined;
    const read = sheetGridOf(l.sheet.name, [band], merges);
    grids.push(read.grid);
    if (fills && read.fills) for (const [k, v] of read.fills) fills.set(k, v);
    else fills = null;
  }
  return { grid: { sheets: grids }, fills, record: recordOfParts(xml), userAnnotationCells: annotationCells(locations), notices: [] };
}

function bandOf(r: XlRange): Omit<LoadedBand, "fills"> {
  return { rowIndex: r.rowIndex, columnIndex: r.columnIndex, values: r.values, valueTypes: r.valueTypes, formulas: r.formulas, numberFormat: r.numberFormat };
}

/** The large-workbook path: one sync for sizes (and the record), then row bands packed into a bounded number of syncs. */
async function readInBands(ctx: XlContext, discovery: Discovery, want: { record: boolean; annotations: boolean }, withMerges: boolean): Promise<DataRead> {
  const { xml, locations } = queueRecordAndAnnotations(discovery, want.record, want.annotations);
  const used = discovery.sheets.map((sheet) => {
    const r = sheet.proxy.getUsedRange(true);
    r.load(SIZE_PROPS);
    return { sheet, r };
  });
  await ctx.sync();
  const sizes: SheetSize[] = used.map(({ sheet, r }) => ({ name: sheet.name, rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount }));
  const plan = planChunks(sizes, false);
  const bands = new Map<string, LoadedBand[]>(discovery.sheets.map((s) => [s.name, []]));
  const merges = new Map<string, CellRange[]>();
  for (const [i, batch] of plan.batches.entries()) {
    const mergeLoads = i === 0 && withMerges ? used.map(({ sheet, r }) => ({ sheet, areas: r.getMergedAreasOrNullObject() })) : [];
    for (const m of mergeLoads) m.areas.load("address");
    const ranges = batch.map((c) => {
      const proxy = discovery.sheets.find((s) => s.name === c.sheet)!.proxy;
      const r = proxy.getRangeByIndexes(c.rowIndex, c.columnIndex, c.rowCount, c.columnCount);
      r.load("values,valueTypes,formulas,numberFormat");
      return { c, r };
    });
    await ctx.sync();
    for (const m of mergeLoads) merges.set(m.sheet.name, m.areas.isNullObject ? [] : parseAreas(m.areas.address));
    for (const { c, r } of ranges)
      bands.get(c.sheet)!.push({ rowIndex: c.rowIndex, columnIndex: c.columnIndex, values: r.values, valueTypes: r.valueTypes, formulas: r.formulas, numberFormat: r.numberFormat, fills: null });
  }
  const grids = discovery.sheets.map((s) => sheetGridOf(s.name, bands.get(s.name)!, withMerges ? merges.get(s.name) ?? [] : undefined).grid);
  const notices = plan.cut.map((c) =>
    notice(
      c.sheet,
      `工作表过大：只读取了前 ${c.rowsRead} 行（共 ${c.rowsUsed} 行）。`,
      `Sheet too large: only the first ${c.rowsRead} of ${c.rowsUsed} rows were read.`,
    ),
  );
  notices.push(...[notice("", `工作簿较大，已分 ${plan.batches.length} 批读取（每批不超过 ${Math.round(READ_BUDGET / 1048576)} MB）。`, `Large workbook: read in ${plan.batches.length} batches of at most ${Math.round(READ_BUDGET / 1048576)} MB.`)]);
  return { grid: { sheets: grids }, fills: null, record: recordOfParts(xml), userAnnotationCells: annotationCells(locations), notices };
}

/** The 1.7/1.8 path: the fills of cells about to be marked, read in one sync. "#FFFFFF" counts as no fill. */
export async function readFillsOf(ctx: XlContext, sheets: SheetInfo[], cells: { sheet: string; row: number; col: number; address: string }[]): Promise<Map<string, string | null>> {
  const byName = new Map(sheets.map((s) => [s.name, s.proxy]));
  const loads = cells.map((c) => {
    const fill = byName.get(c.sheet)!.getRange(c.address).format.fill;
    fill.load("color");
    return { c, fill };
  });
  await ctx.sync();
  const out = new Map<string, string | null>();
  for (const { c, fill } of loads) {
    const color = typeof fill.color === "string" ? fill.color.toUpperCase() : null;
    out.set(cellKey(c.sheet, c.row, c.col), color === null || color === "#FFFFFF" ? null : color);
  }
  return out;
}
