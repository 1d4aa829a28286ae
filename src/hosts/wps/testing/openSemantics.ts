/**
 * What WPS's documentation does not settle, as switches of the fake (docs/open-semantics.md, section "WPS"). The
 * default is the most hostile plausible answer; the host's tests run under every answer of every switch.
 */
export interface OpenSemantics {
  /** `Range("A1,C3")`: every member acts on all areas, on the first area only (as Excel's Value and Formula do), or throws. */
  multiArea: "all" | "first" | "throws";
  /** A string longer than 8,192 characters inside an array assigned to `Value2`: kept, or cut to 8,192. */
  longArrayStrings: "kept" | "truncated";
  /** Ctrl+Z after API writes: one undo step per write, the undo stack cleared, or the stack untouched (API writes are not steps). */
  undo: "per-write" | "cleared" | "untouched";
  /** `NumberFormat`, `MergeCells`, `Interior.Color` of a range whose cells differ: null, "", or the first cell's value. */
  mixed: "null" | "empty" | "first";
  /** `Worksheet.CodeName`: kept through save and reopen, or empty (no VBA project). */
  codeName: "kept" | "empty";
  /** `Comment.Text()` of a comment added by `AddComment(text)`: the text, or the text under an author line ("Administrator:\n"). */
  commentAuthor: "none" | "line";
  /** `AddComment` on a cell that has a comment: replaces it without a word, or throws (as Excel does). */
  commentOnComment: "replaces" | "throws";
  /** `Workbooks.Add()`: the new workbook stays behind the user's (ActiveWorkbook unchanged), or becomes the active one. */
  addActivates: "no" | "yes";
}

export const PESSIMISTIC: OpenSemantics = {
  multiArea: "first",
  longArrayStrings: "truncated",
  undo: "per-write",
  mixed: "first",
  codeName: "empty",
  commentAuthor: "line",
  commentOnComment: "replaces",
  addActivates: "no",
};

/** The kindest answer to every question: what a WPS that behaves like Excel would give. */
export const OPTIMISTIC: OpenSemantics = {
  multiArea: "all",
  longArrayStrings: "kept",
  undo: "cleared",
  mixed: "null",
  codeName: "kept",
  commentAuthor: "none",
  commentOnComment: "throws",
  addActivates: "yes",
};

const READINGS: { [K in keyof OpenSemantics]: OpenSemantics[K][] } = {
  multiArea: ["first", "all", "throws"],
  longArrayStrings: ["truncated", "kept"],
  undo: ["per-write", "cleared", "untouched"],
  mixed: ["first", "null", "empty"],
  codeName: ["empty", "kept"],
  commentAuthor: ["line", "none"],
  commentOnComment: ["replaces", "throws"],
  addActivates: ["no", "yes"],
};

/** The author WPS would write above a comment's text under `commentAuthor: "line"`. */
export const COMMENT_AUTHOR = "Administrator";

/**
 * The pessimistic default, then each other answer of each switch on its own: the cases a test runs `it.each` over.
 * Labels read "default" or "mixed=null".
 */
export function semanticsCases(): [string, OpenSemantics][] {
  const cases: [string, OpenSemantics][] = [["pessimistic", PESSIMISTIC]];
  for (const key of Object.keys(READINGS) as (keyof OpenSemantics)[])
    for (const reading of READINGS[key].slice(1)) cases.push([`${key}=${reading}`, { ...PESSIMISTIC, [key]: reading }]);
  return cases;
}
