import { cellKey } from "../../engine";
import { isCellError, type Edit, type LocalText, type WorkbookGrid } from "../../engine";
import { REPORT_SHEET, REPORT_TITLE } from "../reportRows";
import type { NotePurpose, OwnRecord, RecordRead, SheetRef, WrittenNote, WrittenValue } from "./record";
import { rowKey } from "./rowKey";
import { sheetTable } from "./sheets";
import { holdsWritten, type LeftAlone } from "./takeBack";

/** The workbook as the checker sees it: without the report sheet the add-in wrote itself. */
export function userSheets(grid: WorkbookGrid): WorkbookGrid {
  return { sheets: grid.sheets.filter((s) => !(s.name === REPORT_SHEET && s.values[0]?.[0] === REPORT_TITLE)) };
}

function idOf(refs: SheetRef[], name: string): string {
  const ref = refs.find((r) => r.name === name);
  if (!ref) throw new Error(`no identity for sheet ${name}`);
  return ref.id;
}

/** The record entries of the notes among `edits`, written for `purpose`. */
export function notesWritten(edits: Edit[], refs: SheetRef[], purpose: NotePurpose = "check"): WrittenNote[] {
  return edits.flatMap((e) =>
    e.kind === "note" ? [{ sheetId: idOf(refs, e.at.sheet), row: e.at.row, col: e.at.col, text: e.text, purpose }] : [],
  );
}

/** The record entries of score writes, with what each cell holds now (read in `grid` just before writing). */
export function fillEntries(values: Edit[], grid: WorkbookGrid, refs: SheetRef[]): WrittenValue[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return values.flatMap((e): WrittenValue[] => {
    if (e.kind !== "value" || typeof e.value !== "number" || !Number.isFinite(e.value)) return [];
    const s = sheets.get(e.at.sheet);
    const i = s ? e.at.row - s.originRow : -1;
    const j = s ? e.at.col - s.originCol : -1;
    const value = s?.values[i]?.[j] ?? null;
    return [
      {
        sheetId: idOf(refs, e.at.sheet),
        row: e.at.row,
        col: e.at.col,
        wrote: { value: e.value, numberFormat: e.numberFormat ?? null },
        before: {
          value: isCellError(value) ? value.error : value,
          formula: s?.formulas?.[i]?.[j] ?? null,
          numberFormat: s?.numberFormats?.[i]?.[j] ?? null,
        },
        rowKey: s ? rowKey(s, e.at.row, e.at.col) : "00000000",
      },
    ];
  });
}

/** The record with new entries of one kind or both, and a sheet table for exactly the sheets its entries name. */
export function withEntries(record: OwnRecord, entries: { values?: WrittenValue[]; notes?: WrittenNote[] }, refs: SheetRef[]): OwnRecord {
  const values = entries.values ?? record.values;
  const notes = entries.notes ?? record.notes;
  return {
    ...record,
    values,
    notes,
    sheets: sheetTable([...values.map((v) => v.sheetId), ...notes.map((n) => n.sheetId)], refs, record.sheets),
  };
}

/**
 * Adds new score writes to the record. A cell written again keeps its first `before` only while it still holds our
 * earlier score (then that score was ours to replace); otherwise what it holds now is what 撤销填充 must put back.
 */
export function mergeFills(record: OwnRecord, added: WrittenValue[], grid: WorkbookGrid, refs: SheetRef[]): OwnRecord {
  const key = (v: WrittenValue) => cellKey({ sheet: v.sheetId, row: v.row, col: v.col });
  const values = new Map(record.values.map((v) => [key(v), v]));
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const nameOf = new Map(refs.map((r) => [r.id, r.name]));
  for (const v of added) {
    const old = values.get(key(v));
    const s = sheets.get(nameOf.get(v.sheetId) ?? "");
    const cell = s && {
      value: s.values[v.row - s.originRow]?.[v.col - s.originCol] ?? null,
      formula: s.formulas?.[v.row - s.originRow]?.[v.col - s.originCol] ?? null,
    };
    const stillOurs = old && cell && old.rowKey === v.rowKey && holdsWritten(cell, old.wrote.value);
    values.set(key(v), stillOurs ? { ...v, before: old.before } : v);
  }
  return withEntries(record, { values: [...values.values()] }, refs);
}

const REASONS: Record<LeftAlone["reason"], LocalText> = {
  changed: { zh: "已被修改，未恢复", en: "changed since, left as it is" },
  unrecorded: {
    zh: "与记录不符（可能已被修改，或来自另存的副本），未删除",
    en: "not as recorded (edited since, or from a saved copy), left in place",
  },
  "sheet-missing": { zh: "找不到工作表，记录保留", en: "sheet not found, kept in the record" },
  unsafe: {
    zh: "记录指向的不是得分单元格或要求写入不可信的公式，未恢复",
    en: "the record points at no score cell, or asks for a formula we will not write; left as it is",
  },
};

/** One line per cell left alone, for the pane and the notices: "Sheet!H16 已被修改，未恢复". */
export function leftAloneLines(items: LeftAlone[]): LocalText[] {
  return items.map((x) => ({
    zh: `${x.sheet}!${x.cell}（${x.what === "note" ? "批注" : "得分"}）${REASONS[x.reason].zh}`,
    en: `${x.sheet}!${x.cell} (${x.what === "note" ? "note" : "score"}) ${REASONS[x.reason].en}`,
  }));
}

/** The report notice for a refused record and for our notes that someone edited, or null when there is nothing to say. */
export function recordNotice(
  read: RecordRead,
  notesLeft: LeftAlone[],
  lang: "zh" | "en",
): { sheet: string; message: string; messages: LocalText } | null {
  const parts: LocalText[] = [];
  if (read.status === "invalid")
    parts.push({
      zh: `工作簿中的校验记录无法使用（${read.reason.zh}），未据此删除任何批注；已写入新的记录。`,
      en: `The workbook's record cannot be used (${read.reason.en}); no note was removed on its account; a new record was written.`,
    });
  if (notesLeft.length > 0) {
    const cells = notesLeft.slice(0, 10).map((x) => `${x.sheet}!${x.cell}`);
    const more = notesLeft.length > 10 ? ` …` : "";
    parts.push({
      zh: `${notesLeft.length} 条带本工具前缀的批注与记录不符（可能已被修改，或来自另存的副本），未删除：${cells.join("、")}${more}`,
      en:
        `${notesLeft.length} notes with our prefix are not as recorded (edited since, or from a saved copy) ` +
        `and were left in place: ${cells.join(", ")}${more}`,
    });
  }
  if (parts.length === 0) return null;
  const messages = { zh: parts.map((p) => p.zh).join(" "), en: parts.map((p) => p.en).join(" ") };
  return { sheet: "", message: messages[lang], messages };
}
