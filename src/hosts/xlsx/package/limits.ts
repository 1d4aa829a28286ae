/**
 * What one .xlsx may cost before exceljs is allowed to parse it. exceljs holds every unpacked part in memory, creates one
 * object per merged cell, and checks each merged area against every earlier one (quadratic), so a file of a few kilobytes
 * can otherwise take gigabytes or hours.
 */
export interface PackageLimits {
  /** All parts together, unpacked. */
  maxTotalBytes: number;
  /** Compression ratio an entry may have once it is big enough to matter. */
  maxRatio: number;
  /** Entries smaller than this unpacked are not held to maxRatio (a small, very regular part is harmless). */
  ratioFromBytes: number;
  maxEntries: number;
  /** Merged areas on one sheet, and the cells they cover. */
  maxMergeAreasPerSheet: number;
  maxMergedCellsPerSheet: number;
  /** Cells covered by merged areas on all sheets together. */
  maxMergedCellsTotal: number;
  /**
   * Σ (merged areas of a sheet)² over the sheets: exceljs's merge check costs that many comparisons. The default allows one
   * sheet at maxMergeAreasPerSheet, or many sheets of ordinary forms, but not many sheets each just under the per-sheet cap.
   */
  maxMergeWork: number;
}

const MB = 1024 * 1024;

export const DEFAULT_PACKAGE_LIMITS: Readonly<PackageLimits> = {
  maxTotalBytes: 300 * MB,
  maxRatio: 100,
  ratioFromBytes: 1 * MB,
  maxEntries: 50_000,
  maxMergeAreasPerSheet: 20_000,
  maxMergedCellsPerSheet: 2_000_000,
  maxMergedCellsTotal: 2_000_000,
  maxMergeWork: 20_000 * 20_000,
};
