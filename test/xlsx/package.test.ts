import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookBytes, XlsxError, loadWorkbook } from "../../src/hosts/xlsx";
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from "../../src/hosts/xlsx/package/limits";
import { preparePackage } from "../../src/hosts/xlsx/package/preparePackage";
import * as fs from "fs";
import { bundledSamplePath } from "../../src/cli/samplePath";
import {
  manyMerges,
  openpyxlStyleParts,
  sheetXml,
  wholeGridMerge,
  withDeclaredSize,
  withEntryRenamed,
  withMerges,
  wordDocument,
  workbookParts,
  zipOf,
} from "../fixtures/packages";

const MB = 1024 * 1024;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function refusal(bytes: Uint8Array | Promise<Uint8Array>): Promise<XlsxError> {
  const error = await readWorkbookBytes(await bytes, { file: "坏.xlsx" }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxError);
  return error as XlsxError;
}

const twoSheets = (a: string[], b: string[]) =>
  zipOf(
    workbookParts([
      { name: "甲", xml: sheetXml(a) },
      { name: "乙", xml: sheetXml(b) },
    ]),
  );
const rows = (n: number, width = "B") => Array.from({ length: n }, (_, i) => `A${2 * i + 3}:${width}${2 * i + 3}`);
const comment = (bytes: number) => sheetXml().replace("<sheetData>", `<!--${"x".repeat(bytes)}--><sheetData>`);

describe("the package is checked before exceljs parses it: every refusal says why, in Chinese and English", () => {
  it.each<[string, string, RegExp, RegExp, () => Promise<Uint8Array>]>([
    [
      "one merged area over the whole grid (1.8 KB)",
      "too-many-merges",
      /工作表“表一”合并单元格过大（合并区域共覆盖 17,179,869,184 个单元格，上限 2,000,000）/,
      /merged areas too large on sheet "表一"/,
      wholeGridMerge,
    ],
    [
      "20,001 merged areas on one sheet",
      "too-many-merges",
      /工作表“表一”合并单元格过多（20,001 个合并区域，上限 20,000）/,
      /too many merged areas on sheet "表一"/,
      () => manyMerges(20_001),
    ],
    [
      "a merge written with character references (A1:&#88;FD…)",
      "too-many-merges",
      /合并单元格过大/,
      /too large/,
      () => withMerges(["A1:&#88;FD1048576"]),
    ],
    [
      "merged areas on two sheets that together cost too much",
      "too-many-merges",
      /各工作表合并单元格过多（30,000 个合并区域，读取代价超出上限）/,
      /over its sheets/,
      () => twoSheets(rows(15_000), rows(15_000)),
    ],
    [
      "merged cells on two sheets that together cover too many cells",
      "too-many-merges",
      /各工作表合并单元格过大（合并区域共覆盖 3,000,000 个单元格/,
      /over its sheets/,
      () => twoSheets(["A1:J150000"], ["A1:J150000"]),
    ],
    [
      "a <mergeCell> tag padded with 70 KB of spaces",
      "too-many-merges",
      /合并单元格过大/,
      /too large/,
      () =>
        zipOf(
          workbookParts([
            {
              name: "表一",
              xml: sheetXml().replace(
                "</worksheet>",
                `<mergeCells><mergeCell${" ".repeat(70_000)}ref="A1:XFD1048576"/></mergeCells></worksheet>`,
              ),
            },
          ]),
        ),
    ],
    ["a .docx renamed to .xlsx", "not-a-workbook", /不是 Excel 或 WPS 工作簿，而是一个 Word 文档/, /Word document/, wordDocument],
    [
      "an empty zip archive",
      "not-a-workbook",
      /不是 Excel 工作簿/,
      /not an Excel workbook/,
      () => new JSZip().generateAsync({ type: "uint8array" }),
    ],
    [
      "two entries named xl/worksheets/sheet1.xml",
      "duplicate-parts",
      /重名的部件“xl\/worksheets\/sheet1\.xml”/,
      /two parts named/,
      () => twoSheets([], []).then((b) => withEntryRenamed(b, "xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml")),
    ],
    [
      "two entries differing only in case",
      "duplicate-parts",
      /重名的部件/,
      /two parts named/,
      () => twoSheets([], []).then((b) => withEntryRenamed(b, "xl/worksheets/sheet2.xml", "xl/worksheets/SHEET1.xml")),
    ],
    [
      "a part declared 400 MB unpacked",
      "too-large",
      /解压后过大（声明的解压大小共 400 MB，上限 300 MB）/,
      /too large once unpacked/,
      () => withMerges([]).then((b) => withDeclaredSize(b, "xl/worksheets/sheet1.xml", 400 * MB)),
    ],
    [
      "a part packed more than 100:1",
      "too-large",
      /压缩比 \d+:1，上限 100:1/,
      /ratio/,
      () => zipOf(workbookParts([{ name: "表一", xml: comment(2 * MB) }])),
    ],
    [
      "a part that unpacks beyond its declared size",
      "corrupt",
      /已损坏，无法作为 \.xlsx 读取（压缩数据的实际大小与声明的不符）/,
      /more than its declared size/,
      () =>
        zipOf(workbookParts([{ name: "表一", xml: comment(200_000) }])).then((b) => withDeclaredSize(b, "xl/worksheets/sheet1.xml", 1000)),
    ],
  ])("%s → %s", async (_label, code, zh, en, make) => {
    const e = await refusal(make());
    expect(e.code).toBe(code);
    expect(e.messages.zh).toMatch(zh);
    expect(e.messages.zh).toContain("坏.xlsx");
    expect(e.messages.en).toMatch(en);
  });

  it("refuses the whole-grid merge in milliseconds, not by running out of memory", async () => {
    const started = Date.now();
    await refusal(wholeGridMerge());
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("limits are bounds, not guesses: one more than the limit is refused, the limit itself is read", () => {
  const small: PackageLimits = {
    ...DEFAULT_PACKAGE_LIMITS,
    maxMergeAreasPerSheet: 10,
    maxMergedCellsPerSheet: 100,
    maxMergedCellsTotal: 150,
    maxMergeWork: 10 * 10 + 5 * 5,
  };
  it.each<[string, boolean, () => Promise<Uint8Array>]>([
    ["10 areas on a sheet", true, () => withMerges(rows(10))],
    ["11 areas on a sheet", false, () => withMerges(rows(11))],
    ["a merge of 100 cells", true, () => withMerges(["A1:J10"])],
    ["a merge of 101 cells", false, () => withMerges(["A1:A101"])],
    ["150 merged cells over two sheets", true, () => twoSheets(["A1:J10"], ["A1:A50"])],
    ["151 merged cells over two sheets", false, () => twoSheets(["A1:J10"], ["A1:A51"])],
    ["10 + 5 areas on two sheets (work 125)", true, () => twoSheets(rows(10), rows(5))],
    ["10 + 6 areas on two sheets (work 136)", false, () => twoSheets(rows(10), rows(6))],
  ])("%s: read %p", async (_label, read, make) => {
    const outcome = await preparePackage(await make(), "x.xlsx", small).then(
      () => "read",
      (e: XlsxError) => e.code,
    );
    expect(outcome).toBe(read ? "read" : "too-many-merges");
  });
});

describe("packages other programs write are read, and their copy keeps what they hold", () => {
  it("leaves a package Excel could have written as it is (same bytes, no rewrite)", async () => {
    const sample = new Uint8Array(fs.readFileSync(bundledSamplePath()));
    expect(await preparePackage(sample)).toBe(sample);
  });

  const openpyxlStyle =
    "reads an openpyxl-style workbook (absolute targets, xl/comments/, prefixed VML, unprefixed drawing) with its note and image";
  it(openpyxlStyle, async () => {
    const wb = await loadWorkbook(await zipOf(openpyxlStyleParts(PNG)), "openpyxl.xlsx");
    const ws = wb.worksheets[0];
    expect(JSON.stringify(ws.getCell("A1").note)).toContain("用户自己的批注");
    expect(ws.getImages()).toHaveLength(1);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
    expect(JSON.stringify(copy.worksheets[0].getCell("A1").note)).toContain("用户自己的批注");
    expect(copy.worksheets[0].getImages()).toHaveLength(1);
  });

  it("writes a copy of a workbook whose table has no <tableStyleInfo> (as LibreOffice saves it)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表").addTable({
      name: "T1",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "项目" }, { name: "金额" }],
      rows: [
        ["a", 1],
        ["b", 2],
      ],
    });
    const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const table = Object.keys(zip.files).find((n) => /tables\/table\d+\.xml$/.test(n))!;
    zip.file(table, (await zip.file(table)!.async("string")).replace(/<tableStyleInfo[^>]*\/>/, ""));
    const loaded = await loadWorkbook(await zip.generateAsync({ type: "uint8array" }));
    const written = await loaded.xlsx.writeBuffer();
    expect(written.byteLength).toBeGreaterThan(0);
  });

  it("says nothing on the console while exceljs loads, and refuses a sheet name it cannot take in Chinese", async () => {
    const warn = jest.spyOn(console, "warn");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x".repeat(31));
    const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    zip.file("xl/workbook.xml", (await zip.file("xl/workbook.xml")!.async("string")).replace(/name="x{31}"/, `name="${"长".repeat(40)}"`));
    const error = await loadWorkbook(await zip.generateAsync({ type: "uint8array" })).catch((e: XlsxError) => e);
    expect(warn).not.toHaveBeenCalled();
    expect(error).toMatchObject({ code: "corrupt", messages: { zh: expect.stringContaining("工作表名称不合法或重复") } });
    warn.mockRestore();
  });
});
