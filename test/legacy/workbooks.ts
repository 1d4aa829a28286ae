import ExcelJS from "exceljs";

/**
 * What an .xls must carry to the engine, at known addresses: merges across and down, percents and dates in several
 * formats, formulas with their results (numbers, dates, an error), booleans, text with comparators, a note and a fill.
 */
export function fidelityWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表 一");
  ws.getCell("A1").value = "项目支出绩效自评表";
  ws.mergeCells("A1:F1");
  ws.getCell("A3").value = "产出指标";
  ws.mergeCells("A3:A6");
  ws.getCell("B3").value = 0.95;
  ws.getCell("B3").numFmt = "0%";
  ws.getCell("B4").value = 0.9567;
  ws.getCell("B4").numFmt = "0.00%";
  ws.getCell("B5").value = 12345.678;
  ws.getCell("B5").numFmt = "#,##0.00";
  ws.getCell("B6").value = -3;
  ws.getCell("C3").value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell("C3").numFmt = "yyyy-mm-dd";
  ws.getCell("C4").value = new Date(Date.UTC(2021, 5, 30));
  ws.getCell("C4").numFmt = "mm-dd-yy";
  ws.getCell("C5").value = new Date(Date.UTC(2022, 0, 15));
  ws.getCell("C5").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("D3").value = { formula: "B3*100", result: 95 };
  ws.getCell("D4").value = { formula: "C3+1", result: new Date(Date.UTC(2022, 0, 1)) };
  ws.getCell("D4").numFmt = "yyyy-mm-dd";
  ws.getCell("D5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("D6").value = { formula: "SUM(B3:B4)", result: 1.9067 };
  ws.getCell("D6").numFmt = "0.00%";
  ws.getCell("E3").value = true;
  ws.getCell("E4").value = "≥95%";
  ws.getCell("E5").value = "≤10次";
  ws.getCell("E6").value = { richText: [{ text: "偏差" }, { font: { bold: true }, text: "原因" }] };
  ws.getCell("F3").value = { formula: 'IF(B3>0.9,"达成","未达成")', result: "达成" };
  ws.getCell("F4").value = "带批注";
  ws.getCell("F4").note = "原有批注";
  ws.getCell("F5").value = "有底色";
  ws.getCell("F5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("B8").value = "合并块";
  ws.mergeCells("B8:D9");
  ws.getCell("A1").font = { name: "黑体", size: 16, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle" };
  ws.getCell("A3").alignment = { vertical: "middle", wrapText: true, textRotation: 90 };
  ws.getCell("E5").font = { italic: true, underline: "single", size: 9 };
  for (const address of ["B3", "C3", "D3", "B4", "C4", "D4"]) {
    ws.getCell(address).border = {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "medium" },
      right: { style: "dashed" },
    };
  }
  ws.getCell("C7").border = { bottom: { style: "double" } };
  ws.getColumn(1).width = 14;
  ws.getRow(3).height = 30;
  const second = wb.addWorksheet("第二表");
  second.getCell("C10").value = "远处";
  second.getCell("D12").value = 7;
  return wb;
}
