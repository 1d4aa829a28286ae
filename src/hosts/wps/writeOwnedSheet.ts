import { a1, isCellError, rangeA1 } from "../../engine";
import type { OwnedSheet } from "../../app/session/syncSpreadsheet";
import { areaLists } from "../common/addresses";
import { excelInput } from "../common/cellInput";
import { wpsError } from "./errors";
import type { EtWorkbook, EtWorksheet } from "./etTypes";

/** A name not yet taken: `name`, then `name (2)`, `name (3)`… */
function freeName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}

/** Writes a whole sheet of the add-in's own (report, sample): values in one call, formats by format, merges, widths. */
export function writeOwnedSheet(book: EtWorkbook, sheets: Map<string, EtWorksheet>, name: string, content: OwnedSheet, replace: boolean): string {
  let ws = replace ? sheets.get(name) : undefined;
  let finalName = name;
  if (ws) {
    if (ws.ProtectContents) throw wpsError("protected", { zh: `（${name}）`, en: `(${name})` });
    ws.UsedRange.UnMerge();
    ws.UsedRange.Clear();
  } else {
    if (book.ProtectStructure) throw wpsError("protected", { zh: "（工作簿结构受保护，无法新建工作表）", en: "(The workbook structure is protected: no sheet can be added.)" });
    finalName = freeName(new Set(sheets.keys()), name);
    const list = book.Worksheets;
    ws = list.Add(undefined, list.Item(list.Count));
    ws.Name = finalName;
  }
  const rows = content.values.length;
  const cols = Math.max(1, ...content.values.map((r) => r.length));
  if (rows > 0) {
    const matrix = content.values.map((r) => Array.from({ length: cols }, (_, j) => {
      const v = r[j] ?? null;
      return excelInput(isCellError(v) ? v.error : v);
    }));
    ws.Range(`A1:${a1(rows - 1, cols - 1)}`).Value2 = matrix;
  }
  const byFormat = new Map<string, string[]>();
  content.numberFormats?.forEach((r, i) => r.forEach((f, j) => f && byFormat.set(f, [...(byFormat.get(f) ?? []), a1(i, j)])));
  for (const [format, cells] of byFormat) for (const list of areaLists(cells)) ws.Range(list).NumberFormat = format;
  for (const m of content.merges ?? []) ws.Range(rangeA1(m)).Merge();
  const columns = ws.Columns;
  content.widths?.forEach((w, j) => (columns.Item(j + 1).ColumnWidth = w));
  return finalName;
}
