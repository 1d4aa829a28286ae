import { cellKey } from "../../engine";
import type { LocalText } from "../../engine";
import { FILL_NOTE_PREFIX, NOTE_PREFIX } from "../../engine";
import { fnv1a } from "./rowKey";
import type { OwnRecord, RecordRead, SheetRef, WrittenNote, WrittenValue } from "./record";
import { EMPTY_REVIEWS, FINDING_DECISIONS, FORM_DECISIONS, type FindingReviewEntry, type FormReviewEntry } from "../review/decision";
import { isObject } from "../isObject";

/**
 * The record as text, the same in every host: a header line with a checksum and length, then base64 of the JSON. Base64
 * survives XML re-serialisation (Excel custom XML parts) and splitting into cells (WPS); the checksum catches truncation.
 */
const MAGIC = "SELFEVAL-RECORD/3";
/** Versions read: 2 had no reviews. */
const READABLE = new Set(["2", "3"]);

const LIMITS = { sheets: 10_000, entries: 200_000, text: 32_767, format: 255, id: 255, rows: 1_048_576, cols: 16_384 };
/** Number formats 填充得分 writes: anything else in `wrote` is not ours. */
const OWN_FORMATS = new Set(["0.00%"]);

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(b64: string): string {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function encodeRecord(record: OwnRecord): string {
  const body = toBase64(JSON.stringify(record));
  return `${MAGIC} ${fnv1a(body)} ${body.length}\n${body}`;
}

const refuse = (zh: string, en: string): RecordRead => ({ status: "invalid", reason: { zh, en } });

/** A record read back from the workbook: untrusted input, checked whole before anything may act on it. */
export function decodeRecord(text: string | null | undefined): RecordRead {
  if (text === null || text === undefined || text.trim() === "") return { status: "none" };
  const m = /^\s*SELFEVAL-RECORD\/(\d+) ([0-9a-f]{8}) (\d+)\s*\n([A-Za-z0-9+/=\s]*)$/.exec(text);
  if (!m)
    return refuse("记录格式无法识别（可能来自旧版本或已被改动）", "the record's format is not recognised (an old version, or altered)");
  if (!READABLE.has(m[1])) return refuse(`记录版本 ${m[1]} 不受支持`, `record version ${m[1]} is not supported`);
  const body = m[4].replace(/\s+/g, "");
  if (body.length !== Number(m[3]) || fnv1a(body) !== m[2])
    return refuse("记录不完整或已被改动（校验和不符）", "the record is truncated or altered (checksum mismatch)");
  let data: unknown;
  try {
    data = JSON.parse(fromBase64(body));
  } catch {
    return refuse("记录内容无法解析", "the record's content does not parse");
  }
  if (!isObject(data) || data.version !== Number(m[1])) return refuse("记录结构不对", "the record's structure is wrong");
  if (data.version === 2) data = fromVersion2(data);
  const problem = recordProblem(data);
  return problem ? { status: "invalid", reason: problem } : { status: "ok", record: data as OwnRecord };
}

/** Version 2 had no reviews, and every note was 校验's. */
function fromVersion2(data: Record<string, unknown>): unknown {
  const notes = Array.isArray(data.notes)
    ? data.notes.map((n: unknown) => (isObject(n) && !("purpose" in n) ? { ...n, purpose: "check" } : n))
    : data.notes;
  return { ...data, version: 3, notes, reviews: EMPTY_REVIEWS };
}

const hasOnly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
// Tab, line feed and carriage return are the only control characters a cell or note may hold.
const cleanText = (v: unknown, max: number): v is string =>
  typeof v === "string" && v.length <= max && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v);
const isIndex = (v: unknown, limit: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < limit;
const isFormatOrNull = (v: unknown) => v === null || cleanText(v, LIMITS.format);
const isPlain = (v: unknown) =>
  v === null || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) || cleanText(v, LIMITS.text);

function isSheetRef(v: unknown): v is SheetRef {
  return isObject(v) && hasOnly(v, ["id", "name"]) && cleanText(v.id, LIMITS.id) && v.id !== "" && cleanText(v.name, LIMITS.id);
}

function isWrittenValue(v: unknown, ids: Set<string>): v is WrittenValue {
  if (!isObject(v) || !hasOnly(v, ["sheetId", "row", "col", "wrote", "before", "rowKey"])) return false;
  const { wrote, before } = v;
  return (
    typeof v.sheetId === "string" &&
    ids.has(v.sheetId) &&
    isIndex(v.row, LIMITS.rows) &&
    isIndex(v.col, LIMITS.cols) &&
    typeof v.rowKey === "string" &&
    /^[0-9a-f]{8}$/.test(v.rowKey) &&
    isObject(wrote) &&
    hasOnly(wrote, ["value", "numberFormat"]) &&
    typeof wrote.value === "number" &&
    Number.isFinite(wrote.value) &&
    (wrote.numberFormat === null || OWN_FORMATS.has(wrote.numberFormat as string)) &&
    isObject(before) &&
    hasOnly(before, ["value", "formula", "numberFormat"]) &&
    isPlain(before.value) &&
    (before.formula === null || cleanText(before.formula, LIMITS.text)) &&
    isFormatOrNull(before.numberFormat)
  );
}

/** The prefix every note of a purpose starts with: anything else is no note of ours. */
const PREFIXES: Record<WrittenNote["purpose"], string> = { check: NOTE_PREFIX, fill: FILL_NOTE_PREFIX };

function isWrittenNote(v: unknown, ids: Set<string>): v is WrittenNote {
  return (
    isObject(v) &&
    hasOnly(v, ["sheetId", "row", "col", "text", "purpose"]) &&
    typeof v.sheetId === "string" &&
    ids.has(v.sheetId) &&
    isIndex(v.row, LIMITS.rows) &&
    isIndex(v.col, LIMITS.cols) &&
    (v.purpose === "check" || v.purpose === "fill") &&
    cleanText(v.text, LIMITS.text) &&
    v.text.startsWith(PREFIXES[v.purpose])
  );
}

const isMoment = (v: unknown) => typeof v === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v);

function isFindingReview(v: unknown): v is FindingReviewEntry {
  return (
    isObject(v) &&
    hasOnly(v, ["key", "values", "decision", "note", "at"]) &&
    cleanText(v.key, LIMITS.text) &&
    cleanText(v.values, LIMITS.text) &&
    (FINDING_DECISIONS as readonly unknown[]).includes(v.decision) &&
    cleanText(v.note, LIMITS.text) &&
    isMoment(v.at)
  );
}

function isFormReview(v: unknown): v is FormReviewEntry {
  return (
    isObject(v) &&
    hasOnly(v, ["form", "decision", "note", "at"]) &&
    cleanText(v.form, LIMITS.text) &&
    (v.decision === null || (FORM_DECISIONS as readonly unknown[]).includes(v.decision)) &&
    cleanText(v.note, LIMITS.text) &&
    isMoment(v.at)
  );
}

function reviewsProblem(reviews: unknown): LocalText | null {
  const bad = { zh: "记录中有无效的审核结论", en: "a review decision in the record is invalid" };
  if (!isObject(reviews) || !hasOnly(reviews, ["findings", "forms"]) || !Array.isArray(reviews.findings) || !Array.isArray(reviews.forms))
    return bad;
  if (reviews.findings.length > LIMITS.entries || reviews.forms.length > LIMITS.entries)
    return { zh: "记录条目过多", en: "the record has too many entries" };
  if (!reviews.findings.every(isFindingReview) || !reviews.forms.every(isFormReview)) return bad;
  if (new Set(reviews.findings.map((f) => f.key)).size !== reviews.findings.length) return bad;
  if (new Set(reviews.forms.map((f) => f.form)).size !== reviews.forms.length) return bad;
  return null;
}

/** Why a decoded value is not a record we may act on, or null when it is one. */
function recordProblem(data: unknown): LocalText | null {
  const bad = (zh: string, en: string) => ({ zh, en });
  if (!isObject(data) || data.version !== 3 || !hasOnly(data, ["version", "sheets", "values", "notes", "reviews"]))
    return bad("记录结构不对", "the record's structure is wrong");
  const { sheets, values, notes } = data;
  if (!Array.isArray(sheets) || !Array.isArray(values) || !Array.isArray(notes))
    return bad("记录结构不对", "the record's structure is wrong");
  if (sheets.length > LIMITS.sheets || values.length > LIMITS.entries || notes.length > LIMITS.entries)
    return bad("记录条目过多", "the record has too many entries");
  if (!sheets.every(isSheetRef)) return bad("记录中的工作表标识无效", "a sheet identity in the record is invalid");
  const ids = new Set(sheets.map((s) => s.id));
  if (ids.size !== sheets.length) return bad("记录中的工作表标识重复", "a sheet identity appears twice in the record");
  if (!values.every((v) => isWrittenValue(v, ids))) return bad("记录中有无效的填充条目", "a fill entry in the record is invalid");
  if (!notes.every((n) => isWrittenNote(n, ids))) return bad("记录中有无效的批注条目", "a note entry in the record is invalid");
  const cells = new Set(values.map((v) => cellKey({ sheet: v.sheetId, row: v.row, col: v.col })));
  if (cells.size !== values.length) return bad("记录中同一单元格出现两次", "a cell appears twice in the record");
  return reviewsProblem(data.reviews);
}
