import { decodeXmlText } from "./xmlText";

/** What a worksheet's <mergeCell ref="…"/> elements add up to. */
export interface MergeTally {
  areas: number;
  /** Cells covered, the top-left cells included. */
  cells: number;
}

/** Refused outright: a <mergeCell> tag longer than any honest one, written to slip past a scan. */
export class OversizedMergeTagError extends Error {}

const MERGE_TAG = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b([^>]*)>/g;
const REF = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;
/** No honest tag is near this long; a longer unfinished one is kept only to see whether it is a <mergeCell>. */
const MAX_TAG = 64 * 1024;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Cells a merge reference covers ("A1:C2" → 6); a reference that names no cells counts as one. */
export function cellsOfRef(ref: string): number {
  let cells = 0;
  for (const part of ref.trim().split(/\s+/)) {
    const [a, b = a, ...rest] = part.split(":");
    const from = CELL.exec(a);
    const to = CELL.exec(b);
    if (!from || !to || rest.length > 0) {
      cells += 1;
      continue;
    }
    const rows = Math.abs(Number(to[2]) - Number(from[2])) + 1;
    const cols = Math.abs(columnNumber(to[1]) - columnNumber(from[1])) + 1;
    cells += rows * cols;
  }
  return cells;
}

/** Counts the merged areas of one worksheet's XML as it is unpacked, chunk by chunk, without keeping the text. */
export class MergeScanner {
  readonly tally: MergeTally = { areas: 0, cells: 0 };
  private readonly decoder = new TextDecoder();
  private carry = "";

  push(bytes: Uint8Array): void {
    this.scan(this.decoder.decode(bytes, { stream: true }));
  }

  end(): MergeTally {
    this.scan(this.decoder.decode());
    return this.tally;
  }

  private scan(text: string): void {
    const s = this.carry + text;
    const open = s.lastIndexOf("<");
    const cut = open >= 0 && s.indexOf(">", open) < 0 ? open : s.length;
    this.carry = s.slice(cut);
    if (this.carry.length > MAX_TAG) {
      if (/^<(?:[A-Za-z_][\w.-]*:)?mergeCell\b/.test(this.carry)) throw new OversizedMergeTagError("a <mergeCell> tag of more than 64 KB");
      this.carry = "";
    }
    for (const m of s.slice(0, cut).matchAll(MERGE_TAG)) {
      this.tally.areas++;
      const ref = REF.exec(m[1]);
      this.tally.cells += ref ? cellsOfRef(decodeXmlText(ref[1] ?? ref[2])) : 1;
    }
  }
}
