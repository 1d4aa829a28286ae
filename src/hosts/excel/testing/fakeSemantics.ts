/**
 * What the Office.js documentation does not settle, as switches of the fake (docs/open-semantics.md, section Excel).
 * The default is the pessimistic reading of each; the host's tests run under every reading.
 */
export interface FakeSemantics {
  /** (a) ExcelApi < 1.18: `comments.add` on a cell holding a note (which that API cannot see). */
  commentOverNote: "throws" | "succeeds";
  /** (b) Ctrl+Z right after an add-in's batch: the cells go back; the custom XML parts too, or not. */
  undoRevertsParts: "no" | "yes";
  /** (c) `Worksheet.id` after save and reopen. */
  sheetIdOnReopen: "regenerated" | "stable";
  /** (d) A custom XML part after save and reopen: re-serialised (namespace prefix, CDATA, declaration) or kept verbatim. */
  xmlOnReopen: "reserialised" | "verbatim";
  /** (e) Request size against the 5 MB cap: UTF-8 bytes plus ~300 bytes per operation, or JSON characters plus a little. */
  requestSize: "utf8-with-overhead" | "json-characters";
  /** (f) A custom conditional format added over a multi-area RangeAreas: applies to the first area only, or to every area. */
  multiAreaRule: "first-area" | "kept";
  /**
   * (g) Text written through `values` into a Text-formatted ("@") cell with a leading apostrophe: the apostrophe stays
   * as a character, or is taken as Excel's prefix.
   */
  apostropheInTextCell: "kept" | "prefix";
  /** (h) Loading `values` (and the other grids) of a range over five million cells: null, or a RangeExceedsLimit error. */
  overCellLimit: "null" | "throws";
  /** (i) `getMergedAreasOrNullObject` of a range that cuts through a merged area: left out, returned whole, or clipped to the range. */
  mergedAreaAtEdge: "omitted" | "whole" | "clipped";
  /** (j) `Worksheet.activate()` on a hidden sheet: fails, or shows (unhides) the sheet. */
  activateHidden: "throws" | "shows";
  /**
   * (k) `Excel.createWorkbook(base64)`: the new workbook opens (in a window of its own), or the call is refused (a
   * browser's pop-up blocker on the web, a policy on the desktop) and the promise rejects.
   */
  createWorkbook: "opens" | "refused";
}

export const PESSIMISTIC: FakeSemantics = {
  commentOverNote: "throws",
  undoRevertsParts: "no",
  sheetIdOnReopen: "regenerated",
  xmlOnReopen: "reserialised",
  requestSize: "utf8-with-overhead",
  multiAreaRule: "first-area",
  apostropheInTextCell: "kept",
  overCellLimit: "null",
  mergedAreaAtEdge: "omitted",
  activateHidden: "shows",
  createWorkbook: "refused",
};

/** Every other plausible answer of each switch. */
export const OTHER_ANSWERS: { [K in keyof FakeSemantics]: FakeSemantics[K][] } = {
  commentOverNote: ["succeeds"],
  undoRevertsParts: ["yes"],
  sheetIdOnReopen: ["stable"],
  xmlOnReopen: ["verbatim"],
  requestSize: ["json-characters"],
  multiAreaRule: ["kept"],
  apostropheInTextCell: ["prefix"],
  overCellLimit: ["throws"],
  mergedAreaAtEdge: ["whole", "clipped"],
  activateHidden: ["throws"],
  createWorkbook: ["opens"],
};

const OPTIMISTIC = Object.fromEntries(Object.entries(OTHER_ANSWERS).map(([k, v]) => [k, v[0]])) as unknown as FakeSemantics;

/** The pessimistic default, each other answer on its own, and the first other answer of every switch: the readings tests run under. */
export const READINGS: [string, FakeSemantics][] = [
  ["pessimistic", PESSIMISTIC],
  ...(Object.keys(OTHER_ANSWERS) as (keyof FakeSemantics)[]).flatMap((k) =>
    (OTHER_ANSWERS[k] as string[]).map((answer): [string, FakeSemantics] => [`${k}=${answer}`, { ...PESSIMISTIC, [k]: answer }]),
  ),
  ["optimistic", OPTIMISTIC],
];

/** Bytes an operation adds to a request, under a reading of (e). */
export function requestBytes(semantics: FakeSemantics, base: number, payload?: unknown): number {
  const json = payload === undefined ? "" : JSON.stringify(payload);
  return semantics.requestSize === "json-characters" ? base + json.length : 300 + new TextEncoder().encode(json).length;
}

/**
 * A part as Excel might write it back when the file is saved: the declaration rewritten, the root given a prefix, its
 * text in a CDATA section. Parts of another shape are kept as they are.
 */
export function reserialise(xml: string): string {
  const m = /^\s*(?:<\?xml[^?]*\?>)?\s*<([A-Za-z_][\w.-]*)\s+xmlns="([^"]*)"\s*>([^<]*)<\/\1>\s*$/.exec(xml);
  if (!m) return xml;
  const text = m[3].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const body = text.includes("]]>") ? m[3] : `<![CDATA[${text}]]>`;
  return `<?xml version="1.0" encoding="utf-8" standalone="no"?>\r\n<ns0:${m[1]} xmlns:ns0="${m[2]}">${body}</ns0:${m[1]}>`;
}
