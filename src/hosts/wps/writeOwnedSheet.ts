import { a1, isCellError, rangeA1 } from "../../engine";
import type { OwnedSheet } from "../../app/session/syncSpreadsheet";
import { REPORT_TITLE } from "../../app/reportRows";
import { isOwnOpinionHead } from "../../app/review/opinion";
import { excelInput } from "../common/cellInput";
import { wpsError } from "./errors";
import type { EtWorkbook, EtWorksheet } from "./etTypes";
import { columnRuns, runAddress } from "./columnRuns";

/** A name not yet taken: `name`, then `name (2)`, `name (3)`… */
function freeName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}

/** A sheet we may overwrite: one whose A1 holds the title our report sheet or our 审核意见 sheet starts with. */
const isOurReport = (ws: EtWorksheet) => {
  const head = ws.Range("A1").Value2;
  return head === REPORT_TITLE || isOwnOpinionHead(head);
};

/** Number formats by vertical runs of cells sharing one (one rectangle each: no multi-area range is written). */
function writeFormats(ws: EtWorksheet, formats: (string | null)[][]): void {
  const byFormat = new Map<string, { row: number; col: number }[]>();
  formats.forEach((r, i) => r.forEach((f, j) => f && byFormat.set(f, [...(byFormat.get(f) ?? []), { row: i, col: j }])));
  for (const [format, cells] of byFormat) for (const run of columnRuns(cells)) ws.Range(runAddress(run)).NumberFormat = format;
}

/**
 * Writes a whole sheet of the add-in's own (report, sample): values in one call, formats by runs, merges, widths. With
 * `replace`, overwrites the sheet of that name only while it is our report (A1 is our title); otherwise, and for any
 * sheet of the user's, a new sheet beside it ("校验报告 (2)").
 */
export function writeOwnedSheet(
  book: EtWorkbook,
  sheets: Map<string, EtWorksheet>,
  name: string,
  content: OwnedSheet,
  replace: boolean,
): string {
  const existing = sheets.get(name);
  let ws = replace && existing && isOurReport(existing) ? existing : undefined;
  let finalName = name;
  if (ws) {
    if (ws.ProtectContents) throw wpsError("protected", { zh: `（${name}）`, en: `(${name})` });
    ws.UsedRange.UnMerge();
    ws.UsedRange.Clear();
  } else {
    if (book.ProtectStructure)
      throw wpsError("protected", {
        zh: "（工作簿结构受保护，无法新建工作表）",
        en: "(The workbook structure is protected: no sheet can be added.)",
      });
    finalName = freeName(new Set(sheets.keys()), name);
    const list = book.Worksheets;
    ws = list.Add(undefined, list.Item(list.Count));
    ws.Name = finalName;
  }
  writeContent(ws, content);
  return finalName;
}

/** Writes a sheet's content into an empty worksheet: values in one call, formats by runs, merges, widths. */
export function writeContent(ws: EtWorksheet, content: OwnedSheet): void {
  const rows = content.values.length;
  const cols = Math.max(1, ...content.values.map((r) => r.length));
  if (rows > 0) {
    const matrix = content.values.map((r) =>
      Array.from({ length: cols }, (_, j) => {
        const v = r[j] ?? null;
        return excelInput(isCellError(v) ? v.error : v);
      }),
    );
    ws.Range(`A1:${a1(rows - 1, cols - 1)}`).Value2 = matrix;
  }
  if (content.numberFormats) writeFormats(ws, content.numberFormats);
  for (const m of content.merges ?? []) ws.Range(rangeA1(m)).Merge();
  const columns = ws.Columns;
  content.widths?.forEach((w, j) => (columns.Item(j + 1).ColumnWidth = w));
}
