import ExcelJS from "exceljs";
import type { OpinionRole, OpinionSheet } from "../../app/review/opinionSheet";
import { writeNewFile } from "./reviewFiles";
import { isOwnOpinionHead } from "../../app/review/opinion";

/** Excel's last column, XFD, 1-based. */
const LAST_COLUMN = 16384;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const LOOK: Record<OpinionRole, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 16 }, alignment: { horizontal: "center", vertical: "middle" } },
  label: { font: { bold: true }, alignment: { vertical: "top", wrapText: true } },
  value: { alignment: { vertical: "top", wrapText: true } },
  section: { font: { bold: true, size: 12 }, alignment: { vertical: "middle", wrapText: true } },
  head: {
    font: { bold: true },
    border: BOX,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  },
  cell: { border: BOX, alignment: { vertical: "top", wrapText: true } },
  notesLabel: { font: { bold: true, size: 12 }, alignment: { vertical: "middle" } },
  notes: { border: BOX, alignment: { vertical: "top", wrapText: true } },
  line: { alignment: { vertical: "middle", wrapText: true } },
};

/**
 * Adds the 审核意见 sheet: the layout's values, merges, widths and heights, each block's look, a page break after each
 * form, and a print setup for A4 portrait at 100 % (the widths fit it) with page numbers in the footer. Scaling to fit
 * is not used: on a page scaled to fit, Excel may disregard manual page breaks.
 */
export function addOpinionSheet(wb: ExcelJS.Workbook, layout: OpinionSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(layout.name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&C&P / &N", differentFirst: false, differentOddEven: false },
  });
  ws.columns = layout.widths.map((width) => ({ width }));
  layout.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      if (v !== "") row.getCell(c + 1).value = v;
    });
    row.height = layout.heights[r];
  });
  for (const { range, role } of layout.blocks) {
    for (let c = range.left; c <= range.right; c++) ws.getCell(range.top + 1, c + 1).style = { ...LOOK[role] };
  }
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // Columns 1 to 16384 give the break Excel writes (max="16383"); with no columns exceljs writes 16838, past XFD.
  for (const r of layout.breaks) ws.getRow(r + 1).addPageBreak(1, LAST_COLUMN);
  if (layout.values.length > 0) ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + layout.widths.length)}${layout.values.length}`;
  return ws;
}

/**
 * Adds the 审核意见 sheet to a workbook in place of one we wrote before (A1 a title of ours); a sheet of that name that
 * is the user's stays, and ours is added under the next free name (审核意见 (2) …).
 */
export function replaceOpinionSheet(wb: ExcelJS.Workbook, layout: OpinionSheet): ExcelJS.Worksheet {
  const old = wb.getWorksheet(layout.name);
  if (old && isOwnOpinionHead(old.getCell(1, 1).value)) wb.removeWorksheet(old.id);
  let name = layout.name;
  for (let n = 2; wb.getWorksheet(name); n++) name = `${layout.name} (${n})`;
  return addOpinionSheet(wb, { ...layout, name });
}

export function opinionWorkbook(layout: OpinionSheet): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "selfeval";
  addOpinionSheet(wb, layout);
  return wb;
}

/** Writes the 审核意见 workbook to outPath; refuses an input or a non-file target (XlsxError). */
export async function writeOpinionXlsx(outPath: string, layout: OpinionSheet, inputs: readonly string[]): Promise<void> {
  await writeNewFile(outPath, opinionWorkbook(layout), inputs);
}
