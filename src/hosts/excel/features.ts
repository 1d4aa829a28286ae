/** What the running Excel can do beyond the manifest's minimum (ExcelApi 1.7, Office 2019), detected once per call. */
export interface Features {
  /** `worksheet.getRanges("A1, C3")`: one conditional format over many areas; `ConditionalFormat.getRanges`. ExcelApi 1.9. */
  rangeAreas: boolean;
  /** Threaded comments. ExcelApi 1.10. */
  comments: boolean;
  /** `range.getMergedAreasOrNullObject`. ExcelApi 1.13. */
  mergedAreas: boolean;
  /** Notes (the classic yellow ones). ExcelApi 1.18. Below it a cell may hold a note the add-in cannot see. */
  notes: boolean;
  /** `Excel.run({ mergeUndoGroup: true })`: one Ctrl+Z for a whole run. ExcelApi 1.20. */
  mergeUndo: boolean;
}

export const MINIMUM_API = "1.7";

export function detectFeatures(supports: (version: string) => boolean): Features {
  return {
    rangeAreas: supports("1.9"),
    comments: supports("1.10"),
    mergedAreas: supports("1.13"),
    notes: supports("1.18"),
    mergeUndo: supports("1.20"),
  };
}

/** Which kind of annotation carries a finding's message: notes where they exist, else comments, else none. */
export function annotationKind(f: Features): "notes" | "comments" | null {
  return f.notes ? "notes" : f.comments ? "comments" : null;
}
