import type { HostSemantics } from "../../app/selfTest/semantics";

/**
 * What the running Excel can do, detected once per call. The manifest asks for ExcelApi 1.14 (Office 2021), so
 * RangeAreas (1.9), threaded comments (1.10) and merged areas (1.13) are always there; what varies is below.
 */
export interface Features {
  /**
   * Notes (the classic yellow ones). ExcelApi 1.18. The add-in annotates cells only here: below it a cell may hold a
   * note the API cannot see, and a comment added to such a cell either fails the batch or lands beside (or over) the
   * user's note — the docs do not say which.
   */
  notes: boolean;
  /** `Excel.run({ mergeUndoGroup: true })`: one Ctrl+Z for a whole run. ExcelApi 1.20. */
  mergeUndo: boolean;
  /**
   * What the self-test found about one conditional format over several areas (`multiAreaConditionalFormats`): true,
   * one rule per sheet and severity; false, one rule per rectangle; null (not probed this session), one rule per sheet
   * and severity whose areas are read back in the same sync, with rules added for any area it lost.
   */
  multiAreaRules: boolean | null;
}

/** The manifest's <Set Name="ExcelApi" MinVersion>: below it the host refuses to run. */
export const MINIMUM_API = "1.14";

export function detectFeatures(
  supports: (version: string) => boolean,
  semantics: Pick<HostSemantics, "multiAreaConditionalFormats">,
): Features {
  return {
    notes: supports("1.18"),
    mergeUndo: supports("1.20"),
    multiAreaRules: semantics.multiAreaConditionalFormats,
  };
}
