import JSZip from "jszip";
import type { LocalText } from "../../engine";

/**
 * What a package holds that exceljs may not write back: its part names, and its defined names with their scope. The
 * annotated copy is compared with its input on these, so that the user is told what the copy lacks instead of finding
 * out later.
 */
export interface PackageCensus {
  parts: string[];
  /** The workbook part, wherever the package puts it (exceljs writes it back as xl/workbook.xml). */
  workbookPart?: string;
  /** Defined names: `scope` is the sheet's name for a sheet-scoped name, null for a workbook-wide one. */
  names: { name: string; scope: string | null }[];
}

/** Something the copy lacks, counted. `names` for defined names and parts without a kind of their own. */
export interface LostPart {
  kind: LostKind;
  count: number;
  names?: string[];
}

type LostKind =
  | "chart"
  | "chartsheet"
  | "vba"
  | "customXml"
  | "customProperties"
  | "pivot"
  | "image"
  | "drawing"
  | "slicer"
  | "timeline"
  | "externalLink"
  | "control"
  | "embedding"
  | "threadedComment"
  | "connection"
  | "dataModel"
  | "richData"
  | "webExtension"
  | "customUI"
  | "table"
  | "comment"
  | "worksheet"
  | "macrosheet"
  | "printerSettings"
  | "printTitles"
  | "printArea"
  | "name"
  | "nameScope"
  | "other";

/** Parts counted by kind (exceljs renames what it keeps: a kind is lost when the copy has fewer of it). */
const KINDS: [LostKind, RegExp][] = [
  ["chart", /^xl\/charts\/chart[^/]*\.xml$/i],
  ["chartsheet", /^xl\/chartsheets\/[^/]+\.xml$/i],
  ["vba", /^xl\/vbaProject\.bin$/i],
  ["customXml", /^customXml\/item\d*\.xml$/i],
  ["customProperties", /^docProps\/custom\.xml$/i],
  ["pivot", /^xl\/pivotTables\/[^/]+\.xml$/i],
  ["image", /^xl\/media\/[^/]+$/i],
  ["drawing", /^xl\/drawings\/drawing[^/]*\.xml$/i],
  ["slicer", /^xl\/slicers\/[^/]+\.xml$/i],
  ["timeline", /^xl\/timelines\/[^/]+\.xml$/i],
  ["externalLink", /^xl\/externalLinks\/[^/]+\.xml$/i],
  ["control", /^xl\/(activeX|ctrlProps)\/[^/]+\.(xml|bin)$/i],
  ["embedding", /^xl\/embeddings\/[^/]+$/i],
  ["threadedComment", /^xl\/threadedComments\/[^/]+\.xml$/i],
  ["connection", /^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/i],
  ["dataModel", /^xl\/model\/[^/]+$/i],
  ["richData", /^xl\/richData\/[^/]+$/i],
  ["webExtension", /^xl\/webextensions\/webextension[^/]*\.xml$/i],
  ["customUI", /^customUI\/[^/]+\.xml$/i],
  ["table", /^xl\/tables\/[^/]+\.xml$/i],
  ["comment", /^xl\/(comments\/)?comments?[^/]*\.xml$/i],
  ["worksheet", /^xl\/worksheets\/[^/]+\.xml$/i],
  ["macrosheet", /^xl\/(macrosheets|dialogsheets)\/[^/]+\.xml$/i],
  ["printerSettings", /^xl\/printerSettings\/[^/]+$/i],
];

/**
 * Parts whose loss loses nothing: the package's frame (rewritten by exceljs), caches Excel rebuilds, and the parts that
 * come with a kind above (their relationships, pivot and slicer caches, the VML that draws notes, the people of threaded
 * comments, the web extensions' task pane list).
 */
const FRAME = [
  /^\[Content_Types\]\.xml$/i,
  /(^|\/)_rels\/[^/]*\.rels$/i,
  /^xl\/workbook\.xml$/i,
  /^xl\/styles\.xml$/i,
  /^xl\/sharedStrings\.xml$/i,
  /^xl\/theme\/[^/]+$/i,
  /^docProps\/(core|app)\.xml$/i,
  /^xl\/calcChain\.xml$/i,
  /^xl\/(pivotCache|slicerCaches|timelineCaches)\/[^/]+$/i,
  /^xl\/charts\/(style|colors)[^/]*\.xml$/i,
  /^xl\/drawings\/[^/]+\.vml$/i,
  /^xl\/persons\/[^/]+\.xml$/i,
  /^xl\/webextensions\/taskpanes\.xml$/i,
  /^customXml\/itemProps\d*\.xml$/i,
];

/** Defined names Excel keeps for itself and rebuilds (the hidden filter range). */
const REBUILT_NAMES = new Set(["_xlnm._filterdatabase"]);

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : "";
  });

const attr = (attrs: string, name: string) => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : null;
};

/** The workbook part: where the package's relationships say, or the usual place. */
async function workbookPart(zip: JSZip): Promise<string> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const m = rels && /<(?:\w+:)?Relationship\b[^>]*Type\s*=\s*"[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m && attr(m[0].replace(/^<\S+/, ""), "Target");
  return target ? target.replace(/^\//, "") : "xl/workbook.xml";
}

/** Defined names as the workbook part declares them (sheet-scoped ones with their sheet's name). */
export function definedNames(workbookXml: string): PackageCensus["names"] {
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((m) => attr(m[1], "name") ?? "");
  const names: PackageCensus["names"] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>/g)) {
    const name = attr(m[1], "name");
    if (!name) continue;
    const local = attr(m[1], "localSheetId");
    names.push({ name, scope: local === null ? null : (sheets[Number(local)] ?? `#${local}`) });
  }
  return names;
}

/** The census of .xlsx bytes. */
export async function readCensus(bytes: Uint8Array): Promise<PackageCensus> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const workbook = await workbookPart(zip);
  const xml = await zip.file(workbook)?.async("string");
  return { parts, workbookPart: workbook, names: xml ? definedNames(xml) : [] };
}

const nameKey = (n: { name: string; scope: string | null }) => `${n.name.toLowerCase()}\u0000${n.scope ?? ""}`;

/** What `output` lacks of `input`, by kind; empty when the copy kept every part and name. */
export function compareCensus(input: PackageCensus, output: PackageCensus): LostPart[] {
  const lost: LostPart[] = [];
  const kindOf = (part: string) => KINDS.find(([, re]) => re.test(part))?.[0] ?? null;
  const count = (parts: string[], kind: LostKind) => parts.filter((p) => kindOf(p) === kind).length;
  for (const [kind] of KINDS) {
    const missing = count(input.parts, kind) - count(output.parts, kind);
    if (missing > 0) lost.push({ kind, count: missing });
  }
  const kept = new Set(output.parts.map((p) => p.toLowerCase()));
  const frame = (p: string) => p === input.workbookPart || FRAME.some((re) => re.test(p));
  const others = input.parts.filter((p) => kindOf(p) === null && !frame(p) && !kept.has(p.toLowerCase()));
  if (others.length > 0) lost.push({ kind: "other", count: others.length, names: others });

  const outNames = new Set(output.names.map(nameKey));
  const outAnyScope = new Set(output.names.map((n) => n.name.toLowerCase()));
  const gone = input.names.filter((n) => !REBUILT_NAMES.has(n.name.toLowerCase()) && !outNames.has(nameKey(n)));
  const group = (
    kind: LostKind,
    items: { name: string; scope: string | null }[],
    label: (n: { name: string; scope: string | null }) => string,
  ) => {
    if (items.length > 0) lost.push({ kind, count: items.length, names: items.map(label) });
  };
  const builtIn = (n: { name: string }, which: string) => n.name.toLowerCase() === `_xlnm.${which}`;
  group(
    "printTitles",
    gone.filter((n) => builtIn(n, "print_titles")),
    (n) => n.scope ?? "",
  );
  group(
    "printArea",
    gone.filter((n) => builtIn(n, "print_area")),
    (n) => n.scope ?? "",
  );
  const plain = gone.filter((n) => !n.name.toLowerCase().startsWith("_xlnm."));
  group(
    "nameScope",
    plain.filter((n) => outAnyScope.has(n.name.toLowerCase())),
    (n) => n.name,
  );
  group(
    "name",
    plain.filter((n) => !outAnyScope.has(n.name.toLowerCase())),
    (n) => n.name,
  );
  return lost;
}

/**
 * What the copy lacks, comparing the package parts and defined names of input and output. An input that is no zip
 * package (an .xls or .et) has no parts to compare: its copy's losses are said by the legacy reader's notice.
 */
export async function lostParts(input: Uint8Array, output: Uint8Array): Promise<LostPart[]> {
  if (input[0] !== 0x50 || input[1] !== 0x4b) return [];
  const [a, b] = await Promise.all([readCensus(input), readCensus(output)]);
  return compareCensus(a, b);
}

const listed = (names: string[] | undefined, sep: string) => {
  const shown = (names ?? []).filter((n) => n !== "").slice(0, 5);
  const more = (names?.length ?? 0) > shown.length ? `${sep}…` : "";
  return shown.length > 0 ? shown.join(sep) + more : "";
};

const PHRASES: Record<LostKind, (p: LostPart) => LocalText> = {
  chart: (p) => ({ zh: `图表 ${p.count} 个`, en: `${p.count} chart${p.count > 1 ? "s" : ""}` }),
  chartsheet: (p) => ({ zh: `图表工作表 ${p.count} 个`, en: `${p.count} chart sheet${p.count > 1 ? "s" : ""}` }),
  vba: () => ({ zh: "宏 (VBA)", en: "macros (VBA)" }),
  customXml: (p) => ({ zh: `自定义 XML 部件 ${p.count} 个`, en: `${p.count} custom XML part${p.count > 1 ? "s" : ""}` }),
  customProperties: () => ({ zh: "自定义文档属性", en: "custom document properties" }),
  pivot: (p) => ({ zh: `数据透视表 ${p.count} 个`, en: `${p.count} pivot table${p.count > 1 ? "s" : ""}` }),
  image: (p) => ({ zh: `图片 ${p.count} 个`, en: `${p.count} picture${p.count > 1 ? "s" : ""}` }),
  drawing: (p) => ({
    zh: `绘图层 ${p.count} 个（形状、文本框等）`,
    en: `${p.count} drawing layer${p.count > 1 ? "s" : ""} (shapes, text boxes…)`,
  }),
  slicer: (p) => ({ zh: `切片器 ${p.count} 组`, en: `${p.count} slicer set${p.count > 1 ? "s" : ""}` }),
  timeline: (p) => ({ zh: `日程表 ${p.count} 组`, en: `${p.count} timeline set${p.count > 1 ? "s" : ""}` }),
  externalLink: (p) => ({ zh: `外部链接 ${p.count} 个`, en: `${p.count} external link${p.count > 1 ? "s" : ""}` }),
  control: (p) => ({ zh: `控件 ${p.count} 个`, en: `${p.count} control${p.count > 1 ? "s" : ""}` }),
  embedding: (p) => ({ zh: `嵌入对象 ${p.count} 个`, en: `${p.count} embedded object${p.count > 1 ? "s" : ""}` }),
  threadedComment: (p) => ({ zh: `会话式批注 ${p.count} 组`, en: `${p.count} set${p.count > 1 ? "s" : ""} of threaded comments` }),
  connection: () => ({ zh: "数据连接与查询", en: "data connections and queries" }),
  dataModel: () => ({ zh: "数据模型", en: "the data model" }),
  richData: () => ({ zh: "单元格内图片与数据类型", en: "pictures in cells and data types" }),
  webExtension: (p) => ({ zh: `Office 加载项 ${p.count} 个`, en: `${p.count} Office add-in${p.count > 1 ? "s" : ""}` }),
  customUI: () => ({ zh: "自定义功能区", en: "a custom ribbon" }),
  table: (p) => ({ zh: `表格 ${p.count} 个`, en: `${p.count} table${p.count > 1 ? "s" : ""}` }),
  comment: (p) => ({ zh: `批注部件 ${p.count} 个`, en: `${p.count} comment part${p.count > 1 ? "s" : ""}` }),
  worksheet: (p) => ({ zh: `工作表 ${p.count} 个`, en: `${p.count} worksheet${p.count > 1 ? "s" : ""}` }),
  macrosheet: (p) => ({ zh: `宏表或对话框表 ${p.count} 个`, en: `${p.count} macro or dialog sheet${p.count > 1 ? "s" : ""}` }),
  printerSettings: () => ({ zh: "打印机设置", en: "printer settings" }),
  printTitles: (p) => ({ zh: `打印标题（${listed(p.names, "、")}）`, en: `print titles (${listed(p.names, ", ")})` }),
  printArea: (p) => ({ zh: `打印区域（${listed(p.names, "、")}）`, en: `print area (${listed(p.names, ", ")})` }),
  name: (p) => ({
    zh: `名称 ${p.count} 个（${listed(p.names, "、")}）`,
    en: `${p.count} defined name${p.count > 1 ? "s" : ""} (${listed(p.names, ", ")})`,
  }),
  nameScope: (p) => ({
    zh: `名称的工作表范围 ${p.count} 个（${listed(p.names, "、")}，变为全工作簿）`,
    en: `the sheet scope of ${p.count} name${p.count > 1 ? "s" : ""} (${listed(p.names, ", ")}, now workbook-wide)`,
  }),
  other: (p) => ({
    zh: `其他部件 ${p.count} 个（${listed(p.names, "、")}）`,
    en: `${p.count} other part${p.count > 1 ? "s" : ""} (${listed(p.names, ", ")})`,
  }),
};

/** "副本未保留：图表 2 个、宏 (VBA)。这些内容仍在原文件中。" — or null when the copy lacks nothing. */
export function lostPartsText(lost: readonly LostPart[]): LocalText | null {
  if (lost.length === 0) return null;
  const phrases = lost.map((p) => PHRASES[p.kind](p));
  return {
    zh: `副本未保留：${phrases.map((p) => p.zh).join("、")}。这些内容仍在原文件中（原文件未改动）。`,
    en: `The copy lacks: ${phrases.map((p) => p.en).join(", ")}. They are still in the original file, which is unchanged.`,
  };
}
