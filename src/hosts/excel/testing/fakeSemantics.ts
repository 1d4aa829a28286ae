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
}

export const PESSIMISTIC: FakeSemantics = {
  commentOverNote: "throws",
  undoRevertsParts: "no",
  sheetIdOnReopen: "regenerated",
  xmlOnReopen: "reserialised",
  requestSize: "utf8-with-overhead",
};

const OTHER: FakeSemantics = {
  commentOverNote: "succeeds",
  undoRevertsParts: "yes",
  sheetIdOnReopen: "stable",
  xmlOnReopen: "verbatim",
  requestSize: "json-characters",
};

/** The pessimistic default, each switch flipped on its own, and every switch flipped: the readings tests run under. */
export const READINGS: [string, FakeSemantics][] = [
  ["pessimistic", PESSIMISTIC],
  ...(Object.keys(PESSIMISTIC) as (keyof FakeSemantics)[]).map((k): [string, FakeSemantics] => [`${k}=${OTHER[k]}`, { ...PESSIMISTIC, [k]: OTHER[k] }]),
  ["optimistic", OTHER],
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
