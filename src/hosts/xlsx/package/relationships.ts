import { sourceOfRels, resolveTarget } from "./partNames";
import { decodeXmlText, encodeXmlAttribute } from "./xmlText";

export interface Relationship {
  /** The .rels part that holds it. */
  relsPart: string;
  /** The part it belongs to ("" for the package). */
  source: string;
  id: string;
  /** The type's last segment: "worksheet", "comments", "vmlDrawing", "officeDocument"… */
  kind: string;
  /** As written. */
  target: string;
  /** The part named, or null for an external target. */
  part: string | null;
}

const TAG = /<(?:[A-Za-z_][\w.-]*:)?Relationship\b((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1], decodeXmlText(m[2] ?? m[3]));
  return out;
}

/** The relationships a .rels part declares. */
export function readRelationships(relsPart: string, xml: string): Relationship[] {
  const source = sourceOfRels(relsPart);
  if (source === null) return [];
  const out: Relationship[] = [];
  for (const m of xml.matchAll(TAG)) {
    const a = attributesOf(m[1]);
    const target = a.get("Target");
    if (target === undefined) continue;
    const external = a.get("TargetMode") === "External" || /^[a-z][a-z0-9+.-]*:/i.test(target);
    out.push({
      relsPart,
      source,
      id: a.get("Id") ?? "",
      kind: (a.get("Type") ?? "").split("/").pop() ?? "",
      target,
      part: external ? null : resolveTarget(source, target),
    });
  }
  return out;
}

/** The .rels text with the targets of the relationships named in `targets` (by Id) replaced; everything else as written. */
export function rewriteTargets(xml: string, targets: ReadonlyMap<string, string>): string {
  return xml.replace(TAG, (tag: string, attributes: string) => {
    const id = attributesOf(attributes).get("Id");
    const target = id === undefined ? undefined : targets.get(id);
    if (target === undefined) return tag;
    return tag.replace(/(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, (_all, lead: string) => `${lead}"${encodeXmlAttribute(target)}"`);
  });
}
