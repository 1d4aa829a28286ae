import ExcelJS from "exceljs";

/** Every filled or noted cell of a workbook file: sheet, address, fill, note and value, sorted. */
export async function marksOf(source: string | Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else await wb.xlsx.load(Buffer.from(source) as unknown as ExcelJS.Buffer);
  const marks: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (fill || cell.note) marks.push(`${ws.name}!${cell.address} ${fill ?? ""} ${JSON.stringify(cell.note ?? "")} ${JSON.stringify(cell.value)}`);
      }),
    );
  }
  return marks.sort();
}
