/** The record layer of a BIFF5/BIFF8 workbook stream, shared by the pre-parse scan and the look reader. */

export type Bytes = ArrayLike<number>;

export const u16 = (b: Bytes, at: number) => b[at] | (b[at + 1] << 8);
export const u32 = (b: Bytes, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

export const RECORD = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  FONT: 0x0031,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  MERGEDCELLS: 0x00e5,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
} as const;

/** FORMULA, BLANK, NUMBER, LABEL, BOOLERR, RK, LABELSST, RSTRING: one cell each, row and column first. */
export const ONE_CELL = new Set([0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027e, 0x00fd, 0x00d6]);

/** One record: its type, its data's offset and size, and its own offset in the stream. */
export interface BiffRecord {
  type: number;
  size: number;
  data: number;
  at: number;
}

/**
 * Visits the records in order until the stream ends, `visit` returns false, or a record would run past the end of the
 * stream ("truncated": that record is not visited).
 */
export function walkRecords(stream: Bytes, visit: (record: BiffRecord) => boolean | void): "end" | "stopped" | "truncated" {
  let at = 0;
  while (at + 4 <= stream.length) {
    const type = u16(stream, at);
    const size = u16(stream, at + 2);
    const data = at + 4;
    if (data + size > stream.length) return "truncated";
    if (visit({ type, size, data, at }) === false) return "stopped";
    at = data + size;
  }
  return "end";
}
