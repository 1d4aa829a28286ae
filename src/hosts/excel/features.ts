/**
 * What the running Excel can do, detected once per call. The manifest asks for ExcelApi 1.14 (Office 2021); the host
 * still runs, with less, down to 1.7, and its tests cover those levels.
 */
export interface Features {
  /** `worksheet.getRanges("A1, C3")`: one conditional format over many areas; `ConditionalFormat.getRanges`. ExcelApi 1.9. */
  rangeAreas: boolean;
  /** Threaded comments can be read. ExcelApi 1.10. Read only: a cell holding one gets no note. */
  comments: boolean;
  /** `range.getMergedAreasOrNullObject`. ExcelApi 1.13. */
  mergedAreas: boolean;
  /**
   * Notes (the classic yellow ones). ExcelApi 1.18. The add-in annotates cells only here: below it a cell may hold a
   * note the API cannot see, and a comment added to such a cell either fails the batch or lands beside (or over) the
   * user's note — the docs do not say which.
   */
  notes: boolean;
  /** `Excel.run({ mergeUndoGroup: true })`: one Ctrl+Z for a whole run. ExcelApi 1.20. */
  mergeUndo: boolean;
}

export const MINIMUM_API = "1.14";

export function detectFeatures(supports: (version: string) => boolean): Features {
  return {
    rangeAreas: supports("1.9"),
    comments: supports("1.10"),
    mergedAreas: supports("1.13"),
    notes: supports("1.18"),
    mergeUndo: supports("1.20"),
  };
}
