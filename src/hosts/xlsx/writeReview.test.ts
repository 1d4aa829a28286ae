import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { opinionPages } from "../../app/review/opinion";
import { opinionSheet } from "../../app/review/opinionSheet";
import { formSummaries, summaryTable, unreadableSummary } from "../../app/review/summary";
import { REVIEW_FACTS, reviewReport } from "../../app/review/testing/reviewReport";
import { makeTempDir } from "../../../test/fixtures/tempDir";
import { isXlsxError } from "./errors";
import { writeOpinionXlsx } from "./writeOpinion";
import { SUMMARY_SHEET, writeSummaryXlsx } from "./writeSummary";

const tmp = makeTempDir("review");
afterAll(tmp.cleanup);
const at = (name: string) => path.join(tmp.dir, name);

async function reread(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  return zip.file("xl/worksheets/sheet1.xml")!.async("string");
}

describe("writeSummaryXlsx", () => {
  const rows = [
    ...formSummaries(reviewReport(), { file: "昌吉州.xlsx", facts: REVIEW_FACTS }),
    unreadableSummary("坏.xlsx", { zh: "文件已损坏", en: "damaged" }),
  ];

  it("writes a sortable table: bold frozen header, autofilter, numbers as numbers, text never a formula", async () => {
    const file = at("summary.xlsx");
    await writeSummaryXlsx(file, summaryTable(rows, "zh"), []);
    const ws = (await reread(file)).getWorksheet(SUMMARY_SHEET)!;
    expect(ws.getRow(1).getCell(1).value).toBe("文件");
    expect(ws.getRow(1).font?.bold ?? ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.rowCount).toBe(4);
    expect(ws.getCell("G2").value).toBe(95);
    expect(ws.getCell("H2").value).toBe(88.75);
    expect(ws.getCell("K2").value).toBe(1);
    expect(ws.getCell("D3").value).toBe('=HYPERLINK("x")公务用车');
    expect(ws.getCell("D3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("G4").value).toBeNull();
    expect(ws.getCell("R4").value).toBe("无法读取：文件已损坏");
    expect(ws.getColumn(4).width).toBe(summaryTable(rows, "zh").widths[3]);
    expect(await sheetXml(file)).toMatch(/<autoFilter ref="A1:R4"\/>/);
  });

  it("never writes over an input", async () => {
    const input = at("input.xlsx");
    await fs.writeFile(input, "original");
    const error = await writeSummaryXlsx(input, summaryTable(rows, "zh"), [input]).catch((e: unknown) => e);
    expect(isXlsxError(error) && error.code).toBe("write-refused");
    expect(await fs.readFile(input, "utf8")).toBe("original");
  });
});

describe("writeOpinionXlsx", () => {
  const pages = opinionPages(reviewReport(), { file: "昌吉州.xlsx", lang: "zh", date: new Date(2025, 2, 4), facts: REVIEW_FACTS });
  const layout = opinionSheet(pages, "");

  it("writes the sheet 审核意见 with its merges, wrapping, and a page break between forms", async () => {
    const file = at("opinion.xlsx");
    await writeOpinionXlsx(file, layout, []);
    const ws = (await reread(file)).getWorksheet("审核意见")!;
    expect(ws.getCell("A1").value).toBe("项目支出绩效自评审核意见");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").isMerged && ws.getCell("D1").isMerged).toBe(true);
    const head = layout.values.findIndex((r) => r[0] === "序号") + 1;
    expect(ws.getCell(`D${head + 1}`).alignment?.wrapText).toBe(true);
    expect(ws.getCell(`D${head + 1}`).border?.left?.style).toBe("thin");
    expect(ws.getRow(head + 1).height).toBe(layout.heights[head]);
    const xml = await sheetXml(file);
    expect(xml).toMatch(
      new RegExp(`<rowBreaks count="1" manualBreakCount="1"><brk id="${layout.breaks[0] + 1}" max="16383" man="1"/></rowBreaks>`),
    );
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="portrait"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  });
});
