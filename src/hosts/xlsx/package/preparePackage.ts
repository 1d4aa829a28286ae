import JSZip from "jszip";
import type { LocalText } from "../../../engine";
import { xlsxErrors } from "../errors";
import { InflateLimitError, inflateBounded } from "./boundedInflate";
import { allRelationships, planForExceljs, type PackageRewrite } from "./forExceljs";
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from "./limits";
import { MergeScanner, OversizedMergeTagError, type MergeTally } from "./mergeScan";
import { sheetNamesByPart } from "./sheetNames";
import { readZipDirectory, type ZipEntryInfo } from "./zipDirectory";

/** exceljs's own test for a worksheet part (unanchored, as it is there). */
const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** Parts whose text the normalisation reads: relationships, content types, the workbook, drawings, VML, comments. */
const KEEP_TEXT = /(\.rels|\.vml|workbook\.xml|drawings\/[^/]*\.xml|comment[^/]*\.xml|^\[Content_Types\]\.xml)$/i;
const MAX_KEPT_TEXT = 16 * 1024 * 1024;

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];
/** The name exceljs uses: JSZip's, less one leading slash. */
const partOf = (name: string) => (name.startsWith("/") ? name.slice(1) : name);

function checkDirectory(entries: readonly ZipEntryInfo[], limits: PackageLimits, file?: string): void {
  if (entries.length > limits.maxEntries) {
    throw xlsxErrors.tooLarge(file, {
      zh: `压缩包中有 ${entries.length} 个文件，上限 ${limits.maxEntries}`,
      en: `${entries.length} entries in the archive, the limit is ${limits.maxEntries}`,
    });
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxTotalBytes) {
    throw xlsxErrors.tooLarge(file, {
      zh: `声明的解压大小共 ${megabytes(total)}，上限 ${megabytes(limits.maxTotalBytes)}`,
      en: `${megabytes(total)} declared unpacked, the limit is ${megabytes(limits.maxTotalBytes)}`,
    });
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize >= limits.ratioFromBytes && ratio > limits.maxRatio) {
      const unpacked = megabytes(e.uncompressedSize);
      const times = Math.round(ratio);
      const cap = limits.maxRatio;
      const what: LocalText = {
        zh: `部件“${e.name}”从 ${e.compressedSize} 字节解压为 ${unpacked}，压缩比 ${times}:1，上限 ${cap}:1`,
        en: `part "${e.name}" unpacks from ${e.compressedSize} bytes to ${unpacked}, a ratio of ${times}:1, the limit is ${cap}:1`,
      };
      throw xlsxErrors.tooLarge(file, what);
    }
  }
}

/** Two entries exceljs would take for one part: JSZip keeps the last silently, Excel refuses the file. */
function checkDuplicates(entries: readonly ZipEntryInfo[], zip: JSZip, file?: string): void {
  const seen = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    const key = partOf(name).toLowerCase();
    if (seen.has(key)) throw xlsxErrors.duplicateParts(file, partOf(name));
    seen.add(key);
  }
  if (seen.size !== entries.length) {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(partOf(e.name).toLowerCase(), (counts.get(partOf(e.name).toLowerCase()) ?? 0) + 1);
    const twice = [...counts].find(([, n]) => n > 1)?.[0];
    throw xlsxErrors.duplicateParts(file, twice ?? "?");
  }
}

interface Unpacked {
  /** exceljs part names of every file entry. */
  names: string[];
  texts: Map<string, string>;
  merges: Map<string, MergeTally>;
}

/** Unpacks every entry once, within the limits, keeping only what the checks and the normalisation need. */
async function unpack(zip: JSZip, entries: readonly ZipEntryInfo[], limits: PackageLimits, file?: string): Promise<Unpacked> {
  const declared = new Map(entries.map((e) => [e.name, e.uncompressedSize]));
  const out: Unpacked = { names: [], texts: new Map(), merges: new Map() };
  let budget = limits.maxTotalBytes;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const part = partOf(entry.name);
    out.names.push(part);
    const size = declared.get(entry.name);
    const keep = KEEP_TEXT.test(part) && !EXCELJS_WORKSHEET.test(part) && (size ?? 0) <= MAX_KEPT_TEXT;
    const scanner = /\.xml$/i.test(part) ? new MergeScanner() : null;
    const decoder = keep ? new TextDecoder() : null;
    let text = "";
    try {
      budget -= await inflateBounded(entry, Math.min(size ?? budget, budget), (chunk) => {
        scanner?.push(chunk);
        if (decoder) text += decoder.decode(chunk, { stream: true });
      });
    } catch (e) {
      if (e instanceof InflateLimitError && size !== undefined && size < budget)
        throw xlsxErrors.corrupt(file, `part "${part}" unpacks to more than its declared size`);
      if (e instanceof InflateLimitError)
        throw xlsxErrors.tooLarge(file, {
          zh: `解压后超过 ${megabytes(limits.maxTotalBytes)}`,
          en: `more than ${megabytes(limits.maxTotalBytes)} unpacked`,
        });
      if (e instanceof OversizedMergeTagError) throw xlsxErrors.corrupt(file, `${e.message} in "${part}"`);
      throw xlsxErrors.corrupt(file, detailOf(e));
    }
    if (decoder) out.texts.set(part, text + decoder.decode());
    if (scanner) {
      const tally = scanner.end();
      if (tally.areas > 0) out.merges.set(part, tally);
    }
  }
  return out;
}

/** The content type [Content_Types].xml gives a part (its Override), or "" when it gives none. */
function contentTypeOf(unpacked: Unpacked, part: string): string {
  const types = unpacked.texts.get("[Content_Types].xml") ?? "";
  for (const m of types.matchAll(/<(?:[A-Za-z_][\w.-]*:)?Override\b([^>]*)>/g)) {
    const name = /(?:^|\s)PartName\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]);
    const type = /(?:^|\s)ContentType\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]);
    if (name && type && partOf(name[1] ?? name[2]).toLowerCase() === part.toLowerCase()) return type[1] ?? type[2];
  }
  return "";
}

/** The package's workbook part: its officeDocument when that is a spreadsheet, else xl/workbook.xml; null when neither is there. */
function mainPart(unpacked: Unpacked): string | null {
  const main = allRelationships(unpacked.texts).find((r) => r.source === "" && r.kind === "officeDocument" && r.part !== null)?.part;
  if (main && unpacked.names.includes(main) && /spreadsheetml|ms-excel/i.test(contentTypeOf(unpacked, main))) return main;
  return unpacked.names.includes("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function checkMerges(unpacked: Unpacked, workbookPart: string, limits: PackageLimits, file?: string): void {
  const relationships = allRelationships(unpacked.texts);
  const sheetParts = new Set(
    relationships.filter((r) => r.source === workbookPart && r.kind === "worksheet" && r.part !== null).map((r) => r.part!),
  );
  const names = sheetNamesByPart(unpacked.texts.get(workbookPart), relationships, workbookPart);
  let cells = 0;
  let work = 0;
  let areas = 0;
  for (const [part, tally] of unpacked.merges) {
    if (!sheetParts.has(part) && !EXCELJS_WORKSHEET.test(part)) continue;
    const sheet = names.get(part) ?? part;
    if (tally.areas > limits.maxMergeAreasPerSheet)
      throw xlsxErrors.tooManyMergeAreas(file, sheet, tally.areas, limits.maxMergeAreasPerSheet);
    if (tally.cells > limits.maxMergedCellsPerSheet)
      throw xlsxErrors.mergesTooLarge(file, sheet, tally.cells, limits.maxMergedCellsPerSheet);
    cells += tally.cells;
    areas += tally.areas;
    work += tally.areas * tally.areas;
  }
  if (cells > limits.maxMergedCellsTotal) throw xlsxErrors.mergesTooLarge(file, null, cells, limits.maxMergedCellsTotal);
  if (work > limits.maxMergeWork) throw xlsxErrors.tooManyMergeAreas(file, null, areas, limits.maxMergeAreasPerSheet);
}

async function applyRewrite(zip: JSZip, rewrite: PackageRewrite): Promise<Uint8Array> {
  const moved = new Map<string, Promise<Uint8Array>>();
  for (const [from, to] of rewrite.renames) {
    const entry = zip.file(from) ?? zip.file(`/${from}`);
    if (!entry) continue;
    if (!rewrite.contents.has(to)) moved.set(to, entry.async("uint8array"));
    zip.remove(entry.name);
  }
  for (const [to, bytes] of moved) zip.file(to, await bytes);
  for (const [part, text] of rewrite.contents) {
    if (zip.file(`/${part}`)) zip.remove(`/${part}`);
    zip.file(part, text);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Checks .xlsx bytes before exceljs may parse them, and returns the bytes exceljs should load. Refuses (XlsxError) a
 * package that is not a workbook, that holds two parts of one name, that unpacks beyond the limits (declared or actual),
 * or whose merged cells exceljs could not afford; rewrites, when needed, what other writers name or point to otherwise
 * than Excel (see forExceljs.ts). Needs no file system: the browser's worker runs it too.
 */
export async function preparePackage(
  bytes: Uint8Array,
  file?: string,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): Promise<Uint8Array> {
  let entries: ZipEntryInfo[];
  let zip: JSZip;
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    throw xlsxErrors.corrupt(file, detailOf(e));
  }
  checkDirectory(entries, limits, file);
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw xlsxErrors.corrupt(file, detailOf(e));
  }
  checkDuplicates(entries, zip, file);
  const unpacked = await unpack(zip, entries, limits, file);
  const workbook = mainPart(unpacked);
  if (!workbook) throw xlsxErrors.notWorkbook(file);
  checkMerges(unpacked, workbook, limits, file);
  const rewrite = planForExceljs(unpacked.names, unpacked.texts);
  return rewrite ? applyRewrite(zip, rewrite) : bytes;
}
