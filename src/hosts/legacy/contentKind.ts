/** What a file's bytes are, judged by how they begin (and, for a zip, by the names it lists at its end). */
export type ContentKind =
  | "empty"
  /** An OLE compound file: .xls, .et, an encrypted .xlsx, or a .doc/.ppt. */
  | "compound"
  /** A zip that may be an .xlsx. */
  | "zip"
  | "word-zip"
  | "powerpoint-zip"
  | "html"
  | "xml"
  | "pdf"
  | "text"
  | "unknown";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB_SIGNATURE);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2]);
}

/** ASCII text of some bytes, for looking at names and markup. */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

/** A zip's central directory sits at its end: the last 64 KiB name every part of an ordinary Office file. */
function zipKind(bytes: Uint8Array): ContentKind {
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 65_536)));
  if (tail.includes("xl/workbook")) return "zip";
  if (tail.includes("word/document.xml")) return "word-zip";
  if (tail.includes("ppt/presentation.xml")) return "powerpoint-zip";
  return "zip";
}

/** True when the first bytes decode as text (UTF-8, or GBK's high bytes) with no control characters but tab and line ends. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let odd = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) odd++;
  return odd === 0;
}

export function contentKindOf(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return "empty";
  if (isCompoundFile(bytes)) return "compound";
  if (isZip(bytes)) return zipKind(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const head = bytes.subarray(bom, bom + 1024);
  const start = latin1(head).trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.includes("<table")) return "html";
  if (start.startsWith("<?xml")) return /<html|xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/.test(start) ? "html" : "xml";
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "text";
  return looksLikeText(head) ? "text" : "unknown";
}
