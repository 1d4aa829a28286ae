import type { LocalText } from "../../engine";
import type { Probe, ProbeContext } from "./types";

/**
 * The answer each probe gives, by probe id: the contract between the host probes (which produce them) and
 * semantics.ts (which reads them). Ids are shared across hosts where the question is the same ("cf.tagged" in Excel and
 * WPS). docs/real-host-check.md lists what each answer should be.
 */

/** How a host answers a property read over a mixed or multi-area range. */
export type RangeAnswer = "null" | "empty" | "first" | "other";

export interface ProbeAnswers {
  /** A custom conditional format with our tag formula, over several areas of the scratch sheet, read back, deleted. */
  "cf.tagged": {
    /** The addresses asked for ("A1:A3,C2:C4"). */
    wanted: string;
    /** Whether the rule was added over several areas at once (false where the host has no multi-area ranges). */
    multiArea: boolean;
    formula: string | null;
    /** The formula read back still carries our tag (ownMarkSeverity gives the severity written). */
    tagged: boolean;
    appliesTo: string | null;
    /** The rule applies to exactly the areas asked for. */
    areasKept: boolean;
    /** Rules on the scratch sheet after the add (1 expected), null when the host cannot list them. */
    rules: number | null;
    /** No rule left after deleting it. */
    deleted: boolean;
  };
  /** A record-sized string written and read back through each route the host's record store uses. */
  "record.longString": {
    length: number;
    /** Characters read back per route ("xmlPart"; "singleCell", "arrayWrite"); null when the route threw. */
    kept: Record<string, number | null>;
    errors: Record<string, string>;
  };
  /** A note (Excel ≥ 1.18: note; older Excel: threaded comment; WPS: comment) on a cell that already has one. */
  "notes.onNote": {
    kind: "note" | "comment";
    /** The first annotation reads back exactly as written (no author line). */
    textExact: boolean;
    textRead: string;
    /** Adding a second one of the same kind on that cell. */
    second: "throws" | "added" | "replaced";
    /** Excel ≥ 1.18: a threaded comment on the cell with the note. */
    commentOnNote: "throws" | "added" | "not-tried";
  };
  /** The sheet's identity before and after a rename. */
  "sheet.identity": {
    /** Excel: "Worksheet.id"; WPS: "CodeName". */
    key: string;
    before: string | null;
    after: string | null;
    /** Non-empty and unchanged by the rename. */
    stable: boolean;
    /** WPS: a hidden defined name pointing at the sheet, its RefersTo before and after; null where not tried. */
    refersToBefore: string | null;
    refersToAfter: string | null;
    definedNameFollows: boolean | null;
  };
  /** One bulk write and one bulk read of the same block on the scratch sheet. */
  "timing.bulk": { cells: number; writeMs: number; readMs: number };
  /** Excel 1.20: what throws inside `Excel.run({ mergeUndoGroup: true })`. */
  "excel.mergeUndo": { deleteSheet: "throws" | "ok"; deleteError: string | null; xmlPart: "throws" | "ok"; xmlError: string | null };
  /** WPS: Range.Value(11) (SpreadsheetML). */
  "wps.valueXml": { kind: "spreadsheetml" | "other" | "throws"; type: string; length: number | null; head: string };
  /** WPS: NumberFormat and MergeCells of a range whose cells differ. */
  "wps.mixedRange": { numberFormat: RangeAnswer; mergeCells: RangeAnswer; raw: { numberFormat: unknown; mergeCells: unknown } };
  /** WPS: reads of a two-area range ("A3,C3") whose areas differ. */
  "wps.multiArea": {
    colorIndex: RangeAnswer;
    numberFormat: RangeAnswer;
    raw: { colorIndex: unknown; numberFormat: unknown; value2: string };
  };
  /** WPS: whether Worksheets.Add makes the new sheet active, and whether the active sheet could be put back. */
  "wps.addActivates": { activatesNewSheet: boolean; restored: boolean };
  "browser.localStorage": { writable: boolean; previousRun: string | null };
  "browser.blobDownload": { createObjectURL: boolean; anchorDownload: boolean };
  "browser.worker": { worker: boolean };
  "browser.clipboard": { writeText: boolean; execCommand: boolean };
  "browser.webApis": Record<string, boolean>;
}

export type ProbeId = keyof ProbeAnswers;

/** An answer of the id's type, or a skip with its reason (e.g. the API set it needs). */
export type TypedOutcome<K extends ProbeId> =
  { status: "ok" | "differs"; answer: ProbeAnswers[K] } | { status: "skipped"; answer: { reason: string } };

/** A probe whose answer has the type its id promises. */
export function probe<K extends ProbeId>(
  id: K,
  title: LocalText,
  run: (context: ProbeContext) => Promise<TypedOutcome<K>> | TypedOutcome<K>,
  limitMs?: number,
): Probe {
  return { id, title, run, ...(limitMs ? { limitMs } : {}) };
}

/** A probe that does not apply on this host, and why. */
export function skipped<K extends ProbeId>(id: K, title: LocalText, reason: string): Probe {
  return probe(id, title, () => ({ status: "skipped", answer: { reason } }));
}

/** ok when `fine`, else differs. */
export const verdict = (fine: boolean): "ok" | "differs" => (fine ? "ok" : "differs");

/** How a host answered a read over a mixed range: null, "", the first cell's answer, or something else. */
export function rangeAnswer(value: unknown, first: unknown): RangeAnswer {
  if (value === null || value === undefined) return "null";
  if (value === "") return "empty";
  return value === first ? "first" : "other";
}

/** "Sheet1!$A$1:$A$3, 'x'!C2:C4" → "A1:A3,C2:C4": the areas of an address, sheet names and $ dropped, in order. */
export function normalAreas(address: string): string {
  return address
    .split(",")
    .map((part) =>
      part
        .slice(part.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .trim()
        .toUpperCase(),
    )
    .filter(Boolean)
    .join(",");
}

/** The same set of areas, whatever the order. */
export function sameAreas(a: string, b: string): boolean {
  const set = (s: string) => normalAreas(s).split(",").sort().join(",");
  return set(a) === set(b);
}

/** A short, JSON-safe sample of a host's answer: long strings are cut, the rest stringified. */
export function sample(value: unknown, max = 160): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…(${text.length})` : text;
}
