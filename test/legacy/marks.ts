import ExcelJS from "exceljs";
import { ownMarkSeverity } from "../../src/app/ownership/marks";

type Rules = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

/**
 * Every filled or noted cell of a workbook file (sheet, address, fill, note and value), and every mark rule of ours
 * (sheet, cells, severity, colour), sorted.
 */
export async function marksOf(source: string | Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(Buffer.from(source) as unknown as ExcelJS.Buffer);
  const marks: string[] = [];
  for (const ws of wb.worksheets) {
    for (const cf of (ws as unknown as Rules).conditionalFormattings ?? [])
      for (const r of cf.rules) {
        const severity = r.type === "expression" ? ownMarkSeverity(String(r.formulae?.[0] ?? "")) : null;
        if (severity)
          marks.push(`${ws.name}!${cf.ref} mark:${severity} ${(r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb ?? ""}`);
      }
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (fill || cell.note)
          marks.push(`${ws.name}!${cell.address} ${fill ?? ""} ${JSON.stringify(cell.note ?? "")} ${JSON.stringify(cell.value)}`);
      }),
    );
  }
  return marks.sort();
}

/**
 * Every styled cell's borders, alignment, boldness and font size; not the font's name, which LibreOffice may substitute,
 * and 11 points counts as unset (LibreOffice writes the default size out). Cells hidden under a merged area are left out:
 * LibreOffice's .xls gives them the area's look.
 */
export async function looksOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const looks: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const b = cell.border ?? {};
        const a = cell.alignment ?? {};
        const look = [
          ["top", "left", "bottom", "right"]
            .map((side) => (b as Record<string, { style?: string } | undefined>)[side]?.style ?? "-")
            .join("/"),
          a.horizontal ?? "-",
          a.vertical ?? "-",
          a.wrapText ? "wrap" : "-",
          cell.font?.bold ? "bold" : "-",
          cell.font?.size && cell.font.size !== 11 ? cell.font.size : "-",
        ].join(" ");
        if (look !== "-/-/-/- - - - - -") looks.push(`${ws.name}!${cell.address} ${look}`);
      }),
    );
  }
  return looks.sort();
}
