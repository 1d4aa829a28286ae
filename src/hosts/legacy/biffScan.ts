import { ONE_CELL, RECORD, u16, walkRecords, type Bytes } from "./biffRecords";

/**
 * A walk over the records of a BIFF5/BIFF8 workbook stream (the "Workbook" or "Book" stream of an .xls or .et) that
 * allocates nothing per cell: whether the file is encrypted, whether it ends where it should, and how many cells and
 * merged areas each sheet holds. It runs before SheetJS so that a hostile file is refused before it costs memory.
 */

const { BOF, EOF, FILEPASS, BOUNDSHEET, MERGEDCELLS, MULRK, MULBLANK } = RECORD;

export interface BiffScan {
  /** BIFF version from the first BOF: 0x0600 for Excel 97–2003 (BIFF8), 0x0500 for Excel 5.0/95. */
  version: number;
  encrypted: boolean;
  /** Sheets the workbook's globals announce (BOUNDSHEET records). */
  announcedSheets: number;
  /** Per sheet substream, in file order. */
  sheets: { cells: number; merges: number }[];
  cells: number;
  /** Null when the stream is whole; otherwise what is wrong, in words for the message. */
  damage: { zh: string; en: string } | null;
}

export function scanBiff(stream: Bytes): BiffScan {
  const scan: BiffScan = { version: 0, encrypted: false, announcedSheets: 0, sheets: [], cells: 0, damage: null };
  let depth = 0;
  let substreams = 0;
  let current: { cells: number; merges: number } | null = null;
  const ended = walkRecords(stream, ({ type, size, data }) => {
    if (depth === 0 && type !== BOF) {
      // Padding after the last substream ends the stream; anything else before the first BOF is not a workbook.
      if (substreams === 0)
        scan.damage = { zh: "工作簿数据流不以 BOF 记录开头", en: "the workbook stream does not begin with a BOF record" };
      return false;
    }
    if (type === BOF) {
      if (scan.version === 0 && size >= 2) scan.version = u16(stream, data);
      if (depth === 0) {
        substreams++;
        if (substreams > 1) {
          current = { cells: 0, merges: 0 };
          scan.sheets.push(current);
        }
      }
      depth++;
    } else if (type === EOF) {
      depth--;
    } else if (type === FILEPASS && substreams === 1) {
      // Everything after FILEPASS is encrypted: nothing more can be read.
      scan.encrypted = true;
      return false;
    } else if (type === BOUNDSHEET && substreams === 1) {
      scan.announcedSheets++;
    } else if (current) {
      let cells = 0;
      if (ONE_CELL.has(type)) cells = 1;
      else if (type === MULRK && size >= 6) cells = Math.floor((size - 6) / 6);
      else if (type === MULBLANK && size >= 6) cells = Math.floor((size - 6) / 2);
      else if (type === MERGEDCELLS && size >= 2) current.merges += u16(stream, data);
      current.cells += cells;
      scan.cells += cells;
    }
  });
  // A record cut off between substreams is padding; a cut-off sheet still shows below, as fewer sheets than announced.
  if (ended === "truncated" && (depth > 0 || substreams === 0))
    scan.damage = { zh: "最后一条记录超出了数据流的末尾", en: "the last record runs past the end of the stream" };
  if (scan.encrypted || scan.damage) return scan;
  if (depth !== 0) scan.damage = { zh: "数据流在一张工作表的中间结束", en: "the stream ends in the middle of a sheet" };
  else if (scan.sheets.length < scan.announcedSheets) {
    scan.damage = {
      zh: `工作簿列出 ${scan.announcedSheets} 张工作表，文件中只有 ${scan.sheets.length} 张`,
      en: `the workbook lists ${scan.announcedSheets} sheets but the file holds ${scan.sheets.length}`,
    };
  }
  return scan;
}
