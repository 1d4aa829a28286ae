import { GENERAL, type Area, type FakeSheetModel } from "./fakeModel";

const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** How SpreadsheetML names a format: a few by name (as Excel writes them), the rest as codes. */
const NAMED: Record<string, string> = { "0.00%": "Percent", "0.00": "Fixed" };

/**
 * The range as `Value(11)` gives it: SpreadsheetML 2003 with a style per number format, merged areas as
 * MergeAcross/MergeDown on their top-left cell, cells inside a merged area left out, and explicit ss:Index.
 */
export function spreadsheetXmlOf(sheet: FakeSheetModel, area: Area, rowShift = 0): string {
  const styles = new Map<string, string>();
  const styleOf = (format: string) => {
    if (!styles.has(format)) styles.set(format, `s${62 + styles.size}`);
    return styles.get(format)!;
  };
  const rows: string[] = [];
  for (let r = area.r1; r <= area.r2; r++) {
    const cells: string[] = [];
    for (let c = area.c1; c <= area.c2; c++) {
      const merge = sheet.mergeAt(r, c);
      if (merge && (merge.r1 !== r || merge.c1 !== c)) continue;
      const cell = sheet.cell(r, c);
      if (!merge && cell.value === null && cell.numberFormat === GENERAL) continue;
      const attrs = [`ss:Index="${c - area.c1 + 1}"`];
      if (merge && merge.c2 > merge.c1) attrs.push(`ss:MergeAcross="${merge.c2 - merge.c1}"`);
      if (merge && merge.r2 > merge.r1) attrs.push(`ss:MergeDown="${merge.r2 - merge.r1}"`);
      if (cell.numberFormat !== GENERAL) attrs.push(`ss:StyleID="${styleOf(cell.numberFormat)}"`);
      const v = cell.value;
      const data =
        v === null
          ? ""
          : typeof v === "number"
            ? `<ss:Data ss:Type="Number">${v}</ss:Data>`
            : typeof v === "object"
              ? `<ss:Data ss:Type="Error">${escape(v.error)}</ss:Data>`
              : typeof v === "boolean"
                ? `<ss:Data ss:Type="Boolean">${v ? 1 : 0}</ss:Data>`
                : `<ss:Data ss:Type="String">${escape(v)}</ss:Data>`;
      cells.push(`<ss:Cell ${attrs.join(" ")}>${data}</ss:Cell>`);
    }
    if (cells.length) rows.push(`<ss:Row ss:Index="${r - area.r1 + 1 + rowShift}">${cells.join("")}</ss:Row>`);
  }
  const styleXml = [...styles]
    .map(([format, id]) => `<ss:Style ss:ID="${id}"><ss:NumberFormat ss:Format="${escape(NAMED[format] ?? format)}"/></ss:Style>`)
    .join("");
  return (
    `<?xml version="1.0"?>\r\n<ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">` +
    `<ss:Styles><ss:Style ss:ID="Default" ss:Name="Normal"><ss:NumberFormat/></ss:Style>${styleXml}</ss:Styles>` +
    `<ss:Worksheet ss:Name="${escape(sheet.name)}"><ss:Table>${rows.join("")}</ss:Table></ss:Worksheet></ss:Workbook>`
  );
}
