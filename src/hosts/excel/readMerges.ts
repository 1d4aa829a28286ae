import type { CellRange, SheetGrid } from "../../engine";
import type { XlContext, XlRangeAreas } from "./api";
import { parseAreas } from "../common/addresses";
import type { Notice, SheetInfo } from "./read";

/**
 * Merged areas read in row bands, for a sheet whose used range holds more than the 512 merged areas one
 * `getMergedAreasOrNullObject` call returns (a sheet of 25 forms has about that many). Bands end before a row that is
 * empty wherever one is near, so that no merged area crosses a band's edge in a workbook of forms; where one does, what
 * Excel returns for it is not documented (docs/open-semantics.md): whole areas are kept once, pieces cut at the edge are
 * joined again.
 */

/** Rows per band: a form of about 30 rows has about 20 merged areas, so 150 rows stay far under 512. */
export const MERGE_BAND_ROWS = 150;
/** How far back from a band's last row to look for an empty row to end before. */
const LOOK_BACK = 40;
/** Syncs spent on one band per sync, after reading them all in one sync failed, before the rest is read unmerged. */
export const MAX_MERGE_SYNCS = 200;

export interface RowBand {
  top: number;
  bottom: number;
}

const emptyRow = (grid: SheetGrid, row: number) => (grid.values[row - grid.originRow] ?? []).every((v) => v === null || v === "");

/** The used rows of a sheet cut into bands of at most `rows` rows, each ending before an empty row when one is near. */
export function mergeBands(grid: SheetGrid, rows = MERGE_BAND_ROWS): RowBand[] {
  const first = grid.originRow;
  const last = grid.originRow + grid.values.length - 1;
  const bands: RowBand[] = [];
  let top = first;
  while (top <= last) {
    let bottom = Math.min(last, top + rows - 1);
    if (bottom < last)
      for (let r = bottom + 1; r > Math.max(top + 1, bottom + 1 - LOOK_BACK); r--)
        if (emptyRow(grid, r)) {
          bottom = r - 1;
          break;
        }
    bands.push({ top, bottom });
    top = bottom + 1;
  }
  return bands;
}

const sameArea = (a: CellRange, b: CellRange) => a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;

/**
 * The sheet's merged areas from what each band returned: an area returned by two bands counts once, and two pieces that
 * meet at a band's edge with the same columns are one area cut by the edge — unless some band returned an area reaching
 * past its rows, which shows that this Excel returns crossing areas whole (then nothing is joined).
 */
export function joinBandAreas(bands: RowBand[], found: CellRange[][]): CellRange[] {
  const whole = found.some((areas, i) => areas.some((a) => a.top < bands[i].top || a.bottom > bands[i].bottom));
  const out: CellRange[] = [];
  for (const a of found.flat()) if (!out.some((b) => sameArea(a, b))) out.push({ ...a });
  if (whole) return out;
  for (const edge of bands.slice(1).map((b) => b.top)) {
    for (const upper of out.filter((a) => a.bottom === edge - 1)) {
      const lower = out.find((a) => a.top === edge && a.left === upper.left && a.right === upper.right);
      if (!lower) continue;
      upper.bottom = lower.bottom;
      out.splice(out.indexOf(lower), 1);
    }
  }
  return out;
}

interface Job {
  sheet: SheetInfo;
  band: RowBand;
  left: number;
  columns: number;
}

function queueJob(job: Job): XlRangeAreas {
  const areas = job.sheet.proxy
    .getRangeByIndexes(job.band.top, job.left, job.band.bottom - job.band.top + 1, job.columns)
    .getMergedAreasOrNullObject();
  areas.load("address");
  return areas;
}

const found = (areas: XlRangeAreas) => (areas.isNullObject ? [] : parseAreas(areas.address));
const codeOf = (e: unknown) => (typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined);

/**
 * Reads the merged areas of these sheets in bands: all bands in one sync; if that fails, one band per sync, a band
 * that fails halved until its halves read, a single row that still fails read as unmerged (with a notice).
 */
export async function readMergesInBands(
  ctx: XlContext,
  targets: { sheet: SheetInfo; grid: SheetGrid }[],
): Promise<{ merges: Map<string, CellRange[]>; notices: Notice[] }> {
  const jobs: Job[] = targets.flatMap(({ sheet, grid }) => {
    const columns = Math.max(0, ...grid.values.map((r) => r.length));
    return columns === 0 ? [] : mergeBands(grid).map((band) => ({ sheet, band, left: grid.originCol, columns }));
  });
  const results = new Map<Job, CellRange[]>();
  const unread: Job[] = [];
  try {
    const queued = jobs.map((job) => ({ job, areas: queueJob(job) }));
    await ctx.sync();
    for (const { job, areas } of queued) results.set(job, found(areas));
  } catch (e) {
    if (codeOf(e) === "ItemNotFound") throw e;
    const queue = [...jobs];
    let syncs = 0;
    while (queue.length > 0) {
      const job = queue.shift()!;
      if (syncs >= MAX_MERGE_SYNCS) {
        unread.push(job);
        continue;
      }
      syncs++;
      try {
        const areas = queueJob(job);
        await ctx.sync();
        results.set(job, found(areas));
      } catch (err) {
        if (codeOf(err) === "ItemNotFound") throw err;
        const { top, bottom } = job.band;
        if (top === bottom) unread.push(job);
        else {
          const middle = Math.floor((top + bottom) / 2);
          queue.unshift({ ...job, band: { top, bottom: middle } }, { ...job, band: { top: middle + 1, bottom } });
        }
      }
    }
  }
  const merges = new Map<string, CellRange[]>();
  for (const { sheet } of targets) {
    const mine = jobs.filter((j) => j.sheet === sheet).flatMap((j) => (results.has(j) ? [{ band: j.band, areas: results.get(j)! }] : []));
    mine.sort((a, b) => a.band.top - b.band.top);
    merges.set(
      sheet.name,
      joinBandAreas(
        mine.map((m) => m.band),
        mine.map((m) => m.areas),
      ),
    );
  }
  const notices = unread.map((j): Notice => {
    const rows = `${j.band.top + 1}–${j.band.bottom + 1}`;
    const zh = `工作表“${j.sheet.name}”第 ${rows} 行的合并单元格读不出（超过 Excel 一次 512 个的上限），已按未合并读取。`;
    const en =
      `The merged areas of rows ${rows} of sheet "${j.sheet.name}" could not be read (over Excel's 512 per call); ` +
      "those rows were read as unmerged.";
    return { sheet: j.sheet.name, message: zh, messages: { zh, en } };
  });
  return { merges, notices };
}
