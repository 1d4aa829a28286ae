/** Excel on the web refuses requests and responses over 5 MB; reads are sized to stay well under it. */
export const READ_BUDGET = 4 * 1024 * 1024;
/** A workbook needing more read batches than this is cut, with a notice, instead of taking ever longer. */
export const MAX_READ_BATCHES = 8;

/**
 * Response bytes one cell costs when values, valueTypes, formulas and numberFormat are loaded (text cells of a form
 * run to a few dozen characters, each also echoed by `formulas`).
 */
export const BYTES_PER_CELL = 80;

export interface SheetSize {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadChunk {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ChunkPlan {
  /** Each inner list is read in one context.sync(). */
  batches: ReadChunk[][];
  /** Sheets not read to their end: rows read out of rows used. */
  cut: { sheet: string; rowsRead: number; rowsUsed: number }[];
}

/** Splits used ranges into row bands that fit the budget and packs them into at most `maxBatches` syncs. */
export function planChunks(sizes: SheetSize[], budget = READ_BUDGET, maxBatches = MAX_READ_BATCHES): ChunkPlan {
  const perCell = BYTES_PER_CELL;
  const batches: ReadChunk[][] = [];
  const cut: ChunkPlan["cut"] = [];
  let batch: ReadChunk[] = [];
  let used = 0;
  for (const s of sizes) {
    if (s.rowCount <= 0 || s.columnCount <= 0) continue;
    const rowsPerChunk = Math.max(1, Math.floor(budget / (perCell * s.columnCount)));
    let row = 0;
    while (row < s.rowCount) {
      const rows = Math.min(rowsPerChunk, s.rowCount - row);
      const bytes = rows * s.columnCount * perCell;
      if (used > 0 && used + bytes > budget) {
        batches.push(batch);
        batch = [];
        used = 0;
      }
      if (batches.length >= maxBatches) break;
      batch.push({ sheet: s.name, rowIndex: s.rowIndex + row, columnIndex: s.columnIndex, rowCount: rows, columnCount: s.columnCount });
      used += bytes;
      row += rows;
    }
    if (row < s.rowCount) cut.push({ sheet: s.name, rowsRead: row, rowsUsed: s.rowCount });
  }
  if (batch.length > 0 && batches.length < maxBatches) batches.push(batch);
  return { batches, cut };
}
