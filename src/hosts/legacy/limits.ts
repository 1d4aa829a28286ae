/**
 * What the .xls/.et reader takes at most. SheetJS holds every cell of the file at once (about 500 bytes each with the
 * workbook built from it), so the cells are counted in the file before it parses anything.
 */
export interface LegacyLimits {
  /** The file's size. */
  maxBytes: number;
  /** Cell records in the whole workbook, blanks included. */
  maxCells: number;
  /** Merged areas on one sheet. */
  maxMerges: number;
  /** Cells covered by merged areas on one sheet (a merge is as costly as the cells it covers). */
  maxMergedCells: number;
  maxSheets: number;
}

export const DEFAULT_LEGACY_LIMITS: LegacyLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxCells: 1_000_000,
  maxMerges: 50_000,
  maxMergedCells: 2_000_000,
  maxSheets: 1_000,
};
