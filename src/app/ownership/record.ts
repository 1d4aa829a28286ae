import type { LocalText } from "../../engine";
import { EMPTY_REVIEWS, hasReviews, type Reviews } from "../review/decision";

/** A sheet as the record knows it: an identity that survives a rename, and the name it had when the record was written. */
export interface SheetRef {
  id: string;
  name: string;
}

/** A plain cell content: what a value edit writes or puts back. */
export type PlainValue = string | number | boolean | null;

/** A score 填充得分 wrote, and what the cell held before. Taken back only while the cell still holds `wrote`. */
export interface WrittenValue {
  sheetId: string;
  /** 0-based, where it was written. */
  row: number;
  col: number;
  wrote: { value: number; numberFormat: string | null };
  before: { value: PlainValue; formula: string | null; numberFormat: string | null };
  /** The row's fingerprint when written (see rowKey): finds the row again after rows were inserted above it or sorted. */
  rowKey: string;
}

/**
 * A note we wrote: 校验's message on a marked cell ("check", taken back by the next 校验 or 清除标记), or the arithmetic
 * on a score 填充得分 wrote ("fill", taken back by 撤销填充 only). It is found again by its exact text, wherever it is now.
 */
export interface WrittenNote {
  sheetId: string;
  row: number;
  col: number;
  text: string;
  purpose: NotePurpose;
}

export type NotePurpose = "check" | "fill";

/**
 * What the add-in put into the workbook and may take back, stored inside the workbook. Marks are not here: they are
 * conditional-format rules that carry their own marker (see marks.ts) and are removed as a unit.
 */
export interface OwnRecord {
  version: 3;
  sheets: SheetRef[];
  /** Every 填充得分 since the last 撤销填充, one entry per cell (the first `before` is kept). */
  values: WrittenValue[];
  /** The notes of the last 校验 (purpose "check") and those of every 填充得分 since the last 撤销填充 ("fill"). */
  notes: WrittenNote[];
  /** The reviewer's decisions: they are not ours to take back, and no 清除标记 or 撤销填充 touches them. */
  reviews: Reviews;
}

export const EMPTY_RECORD: OwnRecord = { version: 3, sheets: [], values: [], notes: [], reviews: EMPTY_REVIEWS };

/** A record as read from a workbook: absent, valid, or present but refused (then it is never acted on). */
export type RecordRead = { status: "none" } | { status: "ok"; record: OwnRecord } | { status: "invalid"; reason: LocalText };

/** The record a read allows us to build on: the one read when valid, else an empty one (a refused record is never used). */
export const usableRecord = (read: RecordRead): OwnRecord => (read.status === "ok" ? read.record : EMPTY_RECORD);

export const isEmptyRecord = (r: OwnRecord) => r.values.length === 0 && r.notes.length === 0 && !hasReviews(r.reviews);

/** The record's notes of one purpose. */
export const notesFor = (record: OwnRecord, purpose: NotePurpose): WrittenNote[] => record.notes.filter((n) => n.purpose === purpose);

/** The record's notes of the other purpose: what a take-back of `purpose` keeps. */
export const notesBut = (record: OwnRecord, purpose: NotePurpose): WrittenNote[] => record.notes.filter((n) => n.purpose !== purpose);
