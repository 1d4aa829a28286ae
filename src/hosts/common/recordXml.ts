import type { Before, CellValue, ChangeRecord, Edit } from "../../engine";

/** The namespace of the custom XML part that holds the add-in's ChangeRecord inside the workbook. */
export const RECORD_NAMESPACE = "urn:selfeval-checker:change-record:1";

export const EMPTY_RECORD: ChangeRecord = { version: 1, entries: [] };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name as "amp"];
  });
}

export function recordToXml(record: ChangeRecord): string {
  return `<?xml version="1.0" encoding="UTF-8"?><changeRecord xmlns="${RECORD_NAMESPACE}">${escapeXml(JSON.stringify(record))}</changeRecord>`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCellAt = (v: unknown) =>
  isObject(v) && typeof v.sheet === "string" && Number.isInteger(v.row) && Number.isInteger(v.col) && (v.row as number) >= 0 && (v.col as number) >= 0;
const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
const isCellValue = (v: unknown): v is CellValue => isScalar(v) || (isObject(v) && typeof v.error === "string");
const isTextOrNull = (v: unknown) => v === null || typeof v === "string";

function isEdit(v: unknown): v is Edit {
  if (!isObject(v) || !isCellAt(v.at)) return false;
  if (v.kind === "value")
    return isScalar(v.value) && (v.formula === undefined || typeof v.formula === "string") && (v.numberFormat === undefined || typeof v.numberFormat === "string");
  if (v.kind === "fill") return isTextOrNull(v.color);
  if (v.kind === "note") return isTextOrNull(v.text);
  return false;
}

function isBefore(v: unknown): v is Before {
  if (!isObject(v)) return false;
  if (v.kind === "value") return isCellValue(v.value) && isTextOrNull(v.formula) && isTextOrNull(v.numberFormat);
  if (v.kind === "fill") return isTextOrNull(v.color);
  if (v.kind === "note") return isTextOrNull(v.text);
  return false;
}

/** The record a part holds; null when the part is not ours or its content does not parse as a record. */
export function recordFromXml(xml: string): ChangeRecord | null {
  const m = /<changeRecord\b[^>]*>([\s\S]*)<\/changeRecord>/.exec(xml);
  if (!m || !m[0].includes(RECORD_NAMESPACE)) return null;
  let data: unknown;
  try {
    data = JSON.parse(unescapeXml(m[1].trim()));
  } catch {
    return null;
  }
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.entries)) return null;
  const entries = data.entries.filter((e): e is ChangeRecord["entries"][number] => isObject(e) && isEdit(e.edit) && isBefore(e.before) && e.edit.kind === e.before.kind);
  if (entries.length !== data.entries.length) return null;
  return { version: 1, entries };
}
