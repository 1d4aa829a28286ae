import {
  a1,
  FILL_NOTE_PREFIX,
  type CellAt,
  type Edit,
  type FillTarget,
  type LocalText,
  type Report,
  type TableReport,
  type WorkbookGrid,
} from "../../engine";
import type { OwnRecord, SheetRef } from "./record";
import { takeBackValues } from "./takeBack";

const num = (x: number) => String(Math.round(x * 100) / 100);
const sameCell = (a: { row: number; col: number }, b: CellAt) => a.row === b.row && a.col === b.col;

/** The arithmetic behind a fill target, from the table that asked for it. */
function explain(table: TableReport, target: FillTarget): LocalText {
  if ((target.kind === "rate" || target.kind === "rate-score") && table.fund) return table.fund.explanation;
  if (target.kind === "total")
    return {
      zh: `总分 = 执行率得分 + 各项指标得分 = ${num(target.value)}`,
      en: `total = execution-rate score + the indicators' scores = ${num(target.value)}`,
    };
  const cell = a1(target.row, target.col);
  const rows = table.indicators.filter((r) => r.scoreCell === cell);
  if (rows.length === 0) return { zh: num(target.value), en: num(target.value) };
  const sum = rows.length > 1 ? ` → ${num(target.value)}` : "";
  return { zh: rows.map((r) => r.explanation.zh).join("；") + sum, en: rows.map((r) => r.explanation.en).join("; ") + sum };
}

/** The note on a score 填充得分 wrote: our prefix, then the arithmetic ("由自评表校验按规则计算：9 / 12 × 5 = 3.75"). */
export function fillNoteText(report: Report, at: CellAt, lang: "zh" | "en"): string | null {
  for (const table of report.tables) {
    if (table.sheet !== at.sheet) continue;
    const target = table.fills.find((t) => sameCell(t, at));
    if (target) return `${FILL_NOTE_PREFIX}${explain(table, target)[lang]}`;
  }
  return null;
}

/**
 * What makes the scores 填充得分 writes visibly ours: a filled mark on each, and a note with the arithmetic on each cell
 * that has no note (`noted` says which do). The caller records the notes with purpose "fill".
 */
export function fillDecor(report: Report, values: Edit[], lang: "zh" | "en", noted: (at: CellAt) => boolean): Edit[] {
  return values.flatMap((v): Edit[] => {
    if (v.kind !== "value") return [];
    const text = noted(v.at) ? null : fillNoteText(report, v.at, lang);
    return [{ kind: "mark", at: v.at, severity: "filled" }, ...(text ? [{ kind: "note" as const, at: v.at, text }] : [])];
  });
}

/** The filled marks for the record's scores that cells still hold (where they are now): what a failed fill draws again. */
export function marksOfFills(record: OwnRecord, grid: WorkbookGrid, refs: SheetRef[]): Edit[] {
  const held = takeBackValues(record.values, record.sheets, grid, refs, () => true).restore;
  return held.map((e) => ({ kind: "mark", at: e.at, severity: "filled" }));
}
