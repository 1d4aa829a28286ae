import ExcelJS from "exceljs";

/** A sheet of a workbook the command line wrote. */
export async function sheetOf(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${file}`);
  return ws;
}

/** Each row's text cells joined by " | ", a merged area counted once. */
export function textsOf(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && (!cell.isMerged || cell.master === cell)) cells.push(cell.value);
    });
    texts.push(cells.join(" | "));
  });
  return texts;
}
