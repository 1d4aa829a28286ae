import type { RecordRead } from "../../app/ownership/record";
import { decodeRecord } from "../../app/ownership/recordCodec";

/**
 * The namespace of the custom XML part that holds the add-in's record inside an Excel workbook. Unchanged since the
 * first version, so that a part an older version wrote is found, refused as a record of another version, and replaced.
 */
export const RECORD_NAMESPACE = "urn:selfeval-checker:change-record:1";
const ROOT = "changeRecord";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** The record's text (see encodeRecord) as the XML of a custom part: one root element of our namespace around it. */
export function recordXml(text: string): string {
  const escaped = text.replace(/[&<>]/g, (ch) => ESCAPES[ch]);
  return `<?xml version="1.0" encoding="UTF-8"?><${ROOT} xmlns="${RECORD_NAMESPACE}">${escaped}</${ROOT}>`;
}

function unescapeXml(text: string): string | null {
  let bad = false;
  const out = text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (!whole.endsWith(";")) bad = true;
    if (name in named) return named[name];
    const code = /^#x([0-9a-fA-F]+)$/.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    const n = code === undefined ? NaN : name.startsWith("#x") ? parseInt(code, 16) : Number(code);
    if (!Number.isInteger(n) || n < 0 || n > 0x10ffff) bad = true;
    return bad ? "" : String.fromCodePoint(n);
  });
  return bad ? null : out;
}

const NAME = "[A-Za-z_][\\w.-]*";
const ATTRS = `((?:\\s+${NAME}(?::${NAME})?\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*`;
const ROOT_TAG = new RegExp(`^<(?:(${NAME}):)?(${NAME})${ATTRS}(/?)>`);

function namespaceOf(attrs: string, prefix: string | undefined): string | null {
  const wanted = prefix ? `xmlns:${prefix}` : "xmlns";
  for (const m of attrs.matchAll(new RegExp(`(${NAME}(?::${NAME})?)\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g")))
    if (m[1] === wanted) return m[2] ?? m[3];
  return null;
}

/**
 * The text inside a record part, however Excel has re-serialised it: an XML declaration or not, a namespace prefix,
 * either quote, whitespace, comments, CDATA sections, character references. Null when the XML is not one root element
 * `changeRecord` of our namespace holding only text.
 */
export function recordTextOfXml(xml: string): string | null {
  const rest = xml
    .replace(/^\uFEFF/, "")
    .replace(/^\s*<\?xml[^?]*\?>/, "")
    .replace(/^(\s*<!--[\s\S]*?-->)*\s*/, "");
  const open = ROOT_TAG.exec(rest);
  if (!open || open[2] !== ROOT || namespaceOf(open[3], open[1]) !== RECORD_NAMESPACE) return null;
  const tail = rest.slice(open[0].length);
  if (open[4] === "/") return /^(\s*<!--[\s\S]*?-->)*\s*$/.test(tail) ? "" : null;
  const close = new RegExp(`</${open[1] ? `${open[1]}:` : ""}${ROOT}\\s*>(\\s*<!--[\\s\\S]*?-->)*\\s*$`).exec(tail);
  if (!close) return null;
  let body = tail.slice(0, close.index);
  let text = "";
  while (body !== "") {
    const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>/.exec(body);
    const comment = /^<!--[\s\S]*?-->/.exec(body);
    const chars = /^[^<]+/.exec(body);
    if (cdata) text += cdata[1];
    else if (chars) {
      const plain = unescapeXml(chars[0]);
      if (plain === null) return null;
      text += plain;
    } else if (!comment) return null;
    body = body.slice((cdata ?? comment ?? chars)![0].length);
  }
  return text;
}

/**
 * The record the parts of our namespace hold. Untrusted: a part that is not ours as written, or several parts that do
 * not say the same, make the record invalid — never acted on.
 */
export function recordReadOfParts(xmls: string[]): RecordRead {
  if (xmls.length === 0) return { status: "none" };
  const texts = xmls.map(recordTextOfXml);
  if (texts.some((t) => t === null))
    return { status: "invalid", reason: { zh: "记录所在的 XML 部件无法识别", en: "the XML part holding the record is not recognised" } };
  if (new Set(texts.map((t) => t!.trim())).size > 1)
    return { status: "invalid", reason: { zh: "工作簿中有多份互不相同的校验记录", en: "the workbook holds several records that differ" } };
  return decodeRecord(texts[0]);
}
