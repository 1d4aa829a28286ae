/**
 * exceljs matches elements by their written names ("xdr:wsDr", "v:shape"), not by namespace, so a part that uses other
 * prefixes or a default namespace — openpyxl writes <wsDr xmlns="…spreadsheetDrawing"> and <ns0:shape> — reads as empty
 * and then breaks the load. This rewrites such a part with the usual prefixes, leaving text and other names as written.
 */

export type PrefixMap = Readonly<Record<string, string>>;

export const DRAWING_PREFIXES: PrefixMap = {
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "xdr",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "c",
};

export const VML_PREFIXES: PrefixMap = {
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o",
  "urn:schemas-microsoft-com:office:excel": "x",
};

/** Comments, CDATA, processing instructions and declarations: no element in them. */
const NOT_A_TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>/;
/** A tag, capturing: "/" when closing, its qualified name, its attributes, "/" when empty. */
const TAG = /<(\/?)([A-Za-z_][^\s/>]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const TOKEN = new RegExp(`${NOT_A_TAG.source}|${TAG.source}`, "g");
const ATTRIBUTE = /([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

function split(qname: string): [string, string] {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** The XML with every element and attribute in a mapped namespace under its usual prefix; null when nothing changes or a prefix clashes. */
export function withUsualPrefixes(xml: string, prefixes: PrefixMap): string | null {
  const usual = new Set(Object.values(prefixes));
  const scopes: Map<string, string>[] = [new Map([["xml", "http://www.w3.org/XML/1998/namespace"]])];
  const names: string[] = [];
  let renamed = false;
  let clash = false;
  let rooted = false;
  const rename = (qname: string, scope: Map<string, string>, isElement: boolean): string => {
    const [prefix, local] = split(qname);
    if (!isElement && prefix === "") return qname;
    const uri = scope.get(prefix);
    const wanted = uri === undefined ? undefined : prefixes[uri];
    if (wanted === undefined) {
      if (usual.has(prefix)) clash = true;
      return qname;
    }
    if (wanted !== prefix) renamed = true;
    return `${wanted}:${local}`;
  };
  const out = xml.replace(TOKEN, (token: string, close?: string, qname?: string, attributes?: string, selfClosing?: string) => {
    if (qname === undefined) return token;
    if (close) {
      scopes.pop();
      return `</${names.pop() ?? qname}>`;
    }
    const scope = new Map(scopes[scopes.length - 1]);
    for (const m of (attributes ?? "").matchAll(ATTRIBUTE)) {
      if (m[1] === "xmlns") scope.set("", m[3].slice(1, -1));
      else if (m[1].startsWith("xmlns:")) scope.set(m[1].slice(6), m[3].slice(1, -1));
    }
    const kept: string[] = [];
    for (const m of (attributes ?? "").matchAll(ATTRIBUTE)) {
      const declared = m[1] === "xmlns" ? "" : m[1].startsWith("xmlns:") ? m[1].slice(6) : null;
      if (declared !== null) {
        if (prefixes[scope.get(declared) ?? ""] === undefined) kept.push(`${m[1]}${m[2]}${m[3]}`);
        continue;
      }
      kept.push(`${rename(m[1], scope, false)}${m[2]}${m[3]}`);
    }
    if (!rooted) {
      rooted = true;
      for (const [uri, prefix] of Object.entries(prefixes)) kept.push(`xmlns:${prefix}="${uri}"`);
    }
    const name = rename(qname, scope, true);
    if (!selfClosing) {
      scopes.push(scope);
      names.push(name);
    }
    return `<${name}${kept.map((a) => ` ${a}`).join("")}${selfClosing ? "/" : ""}>`;
  });
  return renamed && !clash ? out : null;
}
