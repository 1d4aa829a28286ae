import type { Relationship } from "./relationships";
import { decodeXmlText } from "./xmlText";

const SHEET = /<(?:[A-Za-z_][\w.-]*:)?sheet\b([^>]*)>/g;

function attribute(text: string, name: RegExp): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.source}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(text);
  return m ? decodeXmlText(m[1] ?? m[2]) : undefined;
}

/** Each worksheet part's sheet name, from the workbook part's <sheet name r:id> and the workbook's relationships. */
export function sheetNamesByPart(
  workbookXml: string | undefined,
  relationships: readonly Relationship[],
  workbookPart: string,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!workbookXml) return out;
  const parts = new Map(relationships.filter((r) => r.source === workbookPart && r.part !== null).map((r) => [r.id, r.part!]));
  for (const m of workbookXml.matchAll(SHEET)) {
    const name = attribute(m[1], /name/);
    const id = attribute(m[1], /[A-Za-z_][\w.-]*:id/);
    const part = id === undefined ? undefined : parts.get(id);
    if (name !== undefined && part !== undefined) out.set(part, name);
  }
  return out;
}
