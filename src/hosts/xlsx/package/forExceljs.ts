import { commentsWithRuns } from "./commentRuns";
import { relativeTarget, relsOfSource, sourceOfRels } from "./partNames";
import { readRelationships, rewriteTargets, type Relationship } from "./relationships";
import { DRAWING_PREFIXES, VML_PREFIXES, withUsualPrefixes } from "./xmlPrefixes";

/**
 * exceljs finds parts by fixed names and resolves relationships by the target text as Excel writes it
 * ("../comments1.xml"). Other writers are just as valid but name and point differently: openpyxl writes absolute targets
 * ("/xl/comments/comment1.xml"), comments in xl/comments/, drawings with a default namespace. exceljs then fails with a
 * TypeError ("reading 'comments'"). This plans the smallest change of names, targets and prefixes that exceljs reads.
 */
export interface PackageRewrite {
  /** Old part name → new part name. */
  renames: Map<string, string>;
  /** New content by the part's (new) name. */
  contents: Map<string, string>;
}

/** Where exceljs looks for a part of each kind, and the name to give one found elsewhere. */
const CANONICAL: Record<string, { accepts: RegExp; name: (n: number, ext: string) => string }> = {
  officeDocument: { accepts: /^xl\/workbook\.xml$/, name: () => "xl/workbook.xml" },
  worksheet: { accepts: /^xl\/worksheets\/sheet\d+\.xml$/, name: (n) => `xl/worksheets/sheet${n}.xml` },
  sharedStrings: { accepts: /^xl\/sharedStrings\.xml$/, name: () => "xl/sharedStrings.xml" },
  styles: { accepts: /^xl\/styles\.xml$/, name: () => "xl/styles.xml" },
  theme: { accepts: /^xl\/theme\/[a-zA-Z0-9]+\.xml$/, name: (n) => `xl/theme/theme${n}.xml` },
  comments: { accepts: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  vmlDrawing: { accepts: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  drawing: { accepts: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, name: (n) => `xl/drawings/drawing${n}.xml` },
  table: { accepts: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
  image: { accepts: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/, name: (n, ext) => `xl/media/image${n}.${ext}` },
};

function extensionOf(part: string): string {
  const ext = /\.([a-zA-Z0-9]{3,4})$/.exec(part)?.[1];
  return ext ?? "bin";
}

/** The relationships of every .rels part. */
export function allRelationships(texts: ReadonlyMap<string, string>): Relationship[] {
  const out: Relationship[] = [];
  for (const [part, xml] of texts) if (sourceOfRels(part) !== null) out.push(...readRelationships(part, xml));
  return out;
}

/**
 * The rewrite that lets exceljs read the package, or null when it already can. `names` are all the part names; `texts`
 * holds at least every .rels part and every drawing, VML and comments part.
 */
export function planForExceljs(names: readonly string[], texts: ReadonlyMap<string, string>): PackageRewrite | null {
  const exists = new Set(names);
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const renames = new Map<string, string>();
  const relationships = allRelationships(texts);

  const rename = (part: string, kind: string) => {
    const rule = CANONICAL[kind];
    if (!rule || !exists.has(part) || renames.has(part) || rule.accepts.test(part)) return;
    for (let n = 1; ; n++) {
      const candidate = rule.name(n, extensionOf(part));
      if (taken.has(candidate.toLowerCase())) {
        if (rule.name(n + 1, "") === rule.name(n, "")) return; // a fixed name already taken: leave the part as it is
        continue;
      }
      taken.add(candidate.toLowerCase());
      renames.set(part, candidate);
      const rels = relsOfSource(part);
      if (exists.has(rels)) renames.set(rels, relsOfSource(candidate));
      return;
    }
  };
  // Parents before children, so that a part's own .rels moves with it before its relationships are read.
  for (const r of relationships) if (r.part !== null && r.source === "") rename(r.part, r.kind);
  for (const r of relationships) if (r.part !== null && r.source !== "") rename(r.part, r.kind);

  const contents = new Map<string, string>();
  const nameOf = (part: string) => renames.get(part) ?? part;
  const byRels = new Map<string, Relationship[]>();
  for (const r of relationships) byRels.set(r.relsPart, [...(byRels.get(r.relsPart) ?? []), r]);
  for (const [relsPart, list] of byRels) {
    const targets = new Map<string, string>();
    for (const r of list) {
      if (r.part === null) continue;
      const moved = renames.has(r.part) || renames.has(r.source);
      if (moved || r.target.startsWith("/")) targets.set(r.id, relativeTarget(nameOf(r.source), nameOf(r.part)));
    }
    if (targets.size > 0) contents.set(nameOf(relsPart), rewriteTargets(texts.get(relsPart) ?? "", targets));
  }

  for (const r of relationships) {
    if (r.part === null || !texts.has(r.part)) continue;
    const xml = texts.get(r.part)!;
    const rewritten =
      r.kind === "drawing"
        ? withUsualPrefixes(xml, DRAWING_PREFIXES)
        : r.kind === "vmlDrawing"
          ? withUsualPrefixes(xml, VML_PREFIXES)
          : r.kind === "comments"
            ? commentsWithRuns(xml)
            : null;
    if (rewritten) contents.set(nameOf(r.part), rewritten);
  }

  return renames.size > 0 || contents.size > 0 ? { renames, contents } : null;
}
