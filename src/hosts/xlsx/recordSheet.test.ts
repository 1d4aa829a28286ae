import ExcelJS from "exceljs";
import type { Edit } from "../../engine";
import { EMPTY_RECORD } from "../../app/ownership/record";
import { encodeRecord } from "../../app/ownership/recordCodec";
import { RECORDS_SHEET } from "../common/recordSheetText";
import { copyRecord, ownRecordSheet, readRecord, writeRecord } from "./recordSheet";

const reviews = { findings: [], forms: [{ form: "项目甲", decision: "revise" as const, note: "请更正", at: "2026-11-30T08:00:00.000Z" }] };
const note = (sheet: string, row: number, col: number): Edit => ({ kind: "note", at: { sheet, row, col }, text: "【自评表校验】总分不符" });

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表 1").getCell("A1").value = "项目名称";
  wb.addWorksheet("表'2").getCell("B2").note = "用户的批注";
  return wb;
}

async function reopened(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return again;
}

describe("the record sheet of a workbook exceljs writes", () => {
  it("round-trips decisions and notes, very hidden, with a name per recorded sheet", async () => {
    const wb = book();
    const record = { ...copyRecord(wb, [note("表 1", 3, 7), note("表'2", 1, 1)]), reviews };
    expect(record.notes.map((n) => `${n.row},${n.col}`)).toEqual(["3,7"]);
    expect(writeRecord(wb, record)).toBe(true);
    const back = await reopened(wb);
    expect(back.getWorksheet(RECORDS_SHEET)!.state).toBe("veryHidden");
    expect(readRecord(back)).toEqual({ status: "ok", record });
    expect(back.definedNames.model.map((n) => [n.name, n.ranges])).toEqual([[`_selfeval_sheet_${record.sheets[0].id}`, ["'表 1'!$A$1"]]]);
    // A copy of the copy keeps the sheet's identity and the decisions, and replaces the record sheet.
    const next = copyRecord(back, [note("表 1", 4, 7)]);
    expect(next.sheets).toEqual(record.sheets);
    expect(next.reviews).toEqual(reviews);
    expect(writeRecord(back, next)).toBe(true);
    expect(back.worksheets.filter((w) => w.name === RECORDS_SHEET)).toHaveLength(1);
  });

  it.each([
    ["a text that is no record", "随便写的", "invalid"],
    ["a record of ours", encodeRecord({ ...EMPTY_RECORD, reviews }), "ok"],
  ])("reads %s as %s", async (_, text, status) => {
    const wb = book();
    const ws = wb.addWorksheet(RECORDS_SHEET);
    ws.getCell(1, 1).value = "selfeval-checker record v2";
    ws.getCell(2, 1).value = `~${text}`;
    expect(readRecord(await reopened(wb)).status).toBe(status);
  });

  it("leaves a user's sheet of that name alone: no record read from it, none written over it", async () => {
    const wb = book();
    wb.addWorksheet(RECORDS_SHEET).getCell(1, 1).value = "我的表";
    expect(ownRecordSheet(wb)).toBeNull();
    expect(readRecord(wb)).toEqual({ status: "none" });
    expect(writeRecord(wb, { ...EMPTY_RECORD, reviews })).toBe(false);
    expect(wb.getWorksheet(RECORDS_SHEET)!.getCell(1, 1).value).toBe("我的表");
  });

  it("writes no record sheet, and removes ours, when there is nothing to record", async () => {
    const wb = book();
    writeRecord(wb, { ...EMPTY_RECORD, reviews });
    expect(writeRecord(wb, EMPTY_RECORD)).toBe(true);
    expect(wb.getWorksheet(RECORDS_SHEET)).toBeUndefined();
  });
});
