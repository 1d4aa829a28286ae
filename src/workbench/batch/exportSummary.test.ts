import ExcelJS from "exceljs";
import JSZip from "jszip";
import { unreadableSummary } from "../../app/review/summary";
import { batchFileName, summaryCsvBytes, summaryXlsxBytes, zipCopies } from "./exportSummary";

describe("batch exports", () => {
  it.each([
    ["summary", "xlsx", "zh", "校验汇总-2026-11-30.xlsx"],
    ["summary", "csv", "en", "summary-2026-11-30.csv"],
    ["copies", "zip", "zh", "校验结果-2026-11-30.zip"],
  ] as const)("names a %s .%s (%s) after the day", (kind, ext, lang, name) => {
    expect(batchFileName(kind, ext, lang, new Date(2026, 10, 30, 23, 59))).toBe(name);
  });

  it("writes the CSV with a BOM and the xlsx with the same rows", async () => {
    const rows = [unreadableSummary("坏.xlsx", { zh: "不是表格", en: "not a workbook" })];
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(summaryCsvBytes(rows, "zh"));
    expect(csv.startsWith("\uFEFF文件,")).toBe(true);
    expect(csv).toContain("坏.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await summaryXlsxBytes(rows, "zh")) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("校验汇总")!;
    expect(ws.getCell("A1").value).toBe("文件");
    expect(ws.getCell("A2").value).toBe("坏.xlsx");
    expect(ws.rowCount).toBe(2);
  });

  it("zips copies under their names, a repeated name numbered", async () => {
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    const names = ["表.checked.xlsx", "表.checked.xlsx", "别的.checked.xlsx", "表.CHECKED.xlsx"];
    const zip = await JSZip.loadAsync(await zipCopies(names.map((name) => ({ name, bytes }))));
    expect(Object.keys(zip.files)).toEqual(["表.checked.xlsx", "表 (2).checked.xlsx", "别的.checked.xlsx", "表 (3).CHECKED.xlsx"]);
  });
});
