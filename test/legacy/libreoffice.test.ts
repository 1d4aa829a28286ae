import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { ownMarkSeverity } from "../../src/app/ownership/marks";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, type Report } from "../../src/engine";
import { readWorkbook, writeAnnotatedCopy, XlsxError } from "../../src/hosts/xlsx";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { sofficeAvailability } from "../fixtures/soffice";
import { makeTempDir } from "../fixtures/tempDir";
import { run } from "../cli/run";
import { convertWith } from "./convert";
import { record, withWorkbookStream } from "./craft";
import { mergesOf, workbookCells } from "./gridCells";
import { looksOf, marksOf } from "./marks";
import { fidelityWorkbook } from "./workbooks";

/**
 * .xls files made the way an office makes them — LibreOffice's "MS Excel 97" export of the project's own .xlsx — must
 * give the engine what the .xlsx gives it.
 */
const soffice = sofficeAvailability();
const maybe = soffice.run ? describe : describe.skip;
const tmp = makeTempDir("legacy");
afterAll(tmp.cleanup);

const at = (name: string) => path.join(tmp.dir, name);
const judged = (report: Report) => ({ tables: report.tables, issues: report.issues });

async function reportOf(file: string): Promise<Report> {
  const { grid } = await readWorkbook(file);
  return checkWorkbook(grid, {}).report;
}

maybe("the bundled sample, converted to .xls by LibreOffice", () => {
  let xls = "";
  beforeAll(() => {
    fs.copyFileSync(bundledSamplePath(), at("sample.xlsx"));
    xls = convertWith(soffice.bin, at("sample.xlsx"), at("xls"), "xls");
  }, 240_000);

  it("gives the same forms, indicators and findings as the .xlsx", async () => {
    const fromXls = await reportOf(xls);
    const fromXlsx = await reportOf(bundledSamplePath());
    expect(fromXls.tables).toHaveLength(6);
    expect(fromXls.issues.length).toBeGreaterThan(0);
    expect(judged(fromXls)).toEqual(judged(fromXlsx));
  });

  it("`selfeval check FILE.xls --json` prints the same forms and findings as for the .xlsx", async () => {
    const a = await run("check", xls, "--json", at("from-xls.json"));
    const b = await run("check", bundledSamplePath(), "--json", at("from-xlsx.json"));
    expect([a.code, b.code]).toEqual([0, 0]);
    const [ja, jb] = [at("from-xls.json"), at("from-xlsx.json")].map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
    expect({ tables: ja.tables, issues: ja.issues }).toEqual({ tables: jb.tables, issues: jb.issues });
    expect(a.stdout.split("\n").slice(1)).toEqual(b.stdout.split("\n").slice(1));
  });

  it.each([".et", ".ett", ".xlt"])(
    "the same bytes named %s read the same (a renamed file: WPS's own .et is not made here)",
    async (ext) => {
      const renamed = at(`sample${ext}`);
      fs.copyFileSync(xls, renamed);
      expect(judged(await reportOf(renamed))).toEqual(judged(await reportOf(xls)));
    },
  );

  it("writes the annotated copy as NAME.checked.xlsx beside it, says so, and leaves the .xls alone", async () => {
    const before = fs.readFileSync(xls);
    const r = await run("check", xls, "--out", path.dirname(xls), "--fill");
    expect(r.code).toBe(0);
    const copy = path.join(path.dirname(xls), "sample.checked.xlsx");
    expect(r.stdout).toContain(copy);
    expect(r.stdout).toMatch(/原文件是 \.xls 格式，标注副本另存为 \.xlsx/);
    expect(fs.readFileSync(xls).equals(before)).toBe(true);
    expect(fs.readFileSync(copy).subarray(0, 2).toString("latin1")).toBe("PK");
    // The same marks, notes and filled values as the copy of the .xlsx it came from.
    const twin = at("sample.checked.xlsx");
    expect((await run("check", bundledSamplePath(), "--out", twin, "--fill")).code).toBe(0);
    expect(await marksOf(copy)).toEqual(await marksOf(twin));
    expect((await marksOf(copy)).length).toBeGreaterThan(10);
    // And it looks the same: borders, alignment, bold and sizes.
    const looks = await looksOf(copy);
    expect(looks.filter((l) => l.includes("thin")).length).toBeGreaterThan(100);
    expect(looks).toEqual(await looksOf(twin));
  });

  it("refuses to write the copy over the .xls itself", async () => {
    const { grid } = await readWorkbook(xls);
    const plan = planEdits(checkWorkbook(grid, {}).report, DEFAULT_PLAN_OPTIONS);
    await expect(writeAnnotatedCopy(xls, plan.edits, xls)).rejects.toMatchObject({ code: "write-refused" });
    await expect(writeAnnotatedCopy(xls, plan.edits, xls)).rejects.toBeInstanceOf(XlsxError);
  });
});

maybe("cell by cell: merges, number formats, formulas' cached values, dates", () => {
  let xlsx = "";
  let xls = "";
  let viaLibreOffice = "";
  beforeAll(async () => {
    xlsx = at("fidelity.xlsx");
    await fidelityWorkbook().xlsx.writeFile(xlsx);
    xls = convertWith(soffice.bin, xlsx, at("fid-xls"), "xls");
    viaLibreOffice = convertWith(soffice.bin, xls, at("fid-back"), "xlsx");
  }, 240_000);

  it("the .xls reads as the .xlsx it came from, but for two things LibreOffice's export changes", async () => {
    const fromXlsx = workbookCells((await readWorkbook(xlsx)).grid);
    const fromXls = workbookCells((await readWorkbook(xls)).grid);
    // LibreOffice writes a boolean as the formula TRUE(), and stores 0 as the result of a formula returning text.
    expect(fromXls["表 一"]["2,4"]).toEqual({ value: true, formula: true, format: "other" });
    expect(fromXls["表 一"]["2,5"]).toEqual({ value: 0, formula: true, format: "other" });
    for (const key of ["2,4", "2,5"]) {
      delete fromXls["表 一"][key];
      delete fromXlsx["表 一"][key];
    }
    expect(fromXls).toEqual(fromXlsx);
    expect(fromXls["表 一"]["2,2"]).toEqual({ value: 44561, formula: false, format: "date" });
    expect(fromXls["表 一"]["3,3"]).toEqual({ value: 44562, formula: true, format: "date" });
    expect(fromXls["表 一"]["4,3"]).toEqual({ value: { error: "#DIV/0!" }, formula: true, format: "other" });
    expect(fromXls["表 一"]["3,1"]).toEqual({ value: 0.9567, formula: false, format: "percent" });
    expect(mergesOf((await readWorkbook(xls)).grid)).toEqual(mergesOf((await readWorkbook(xlsx)).grid));
  });

  it("a formula's text result is read from the STRING record that Excel and WPS write after it", async () => {
    // F3 (row 2, col 5): its FORMULA record marked "result is text", followed by STRING "达成" in UTF-16.
    const patched = withWorkbookStream(new Uint8Array(fs.readFileSync(xls)), (stream) => {
      const out: number[] = [];
      for (let i = 0; i + 4 <= stream.length;) {
        const type = stream[i] | (stream[i + 1] << 8);
        const size = stream[i + 2] | (stream[i + 3] << 8);
        const rec = Array.from(stream.subarray(i, i + 4 + size));
        const isF3 = type === 0x0006 && (rec[4] | (rec[5] << 8)) === 2 && (rec[6] | (rec[7] << 8)) === 5;
        if (isF3) rec.splice(10, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xff);
        out.push(...rec);
        if (isF3) out.push(...record(0x0207, [2, 0, 1, ...Buffer.from("达成", "utf16le")]));
        i += 4 + size;
      }
      return Uint8Array.from(out);
    });
    fs.writeFileSync(at("patched.xls"), patched);
    const cells = workbookCells((await readWorkbook(at("patched.xls"))).grid);
    expect(cells["表 一"]["2,5"]).toEqual({ value: "达成", formula: true, format: "other" });
  });

  it("LibreOffice's own conversion back to .xlsx sees the same cells, except that it recomputes formulas", async () => {
    const fromXls = workbookCells((await readWorkbook(xls)).grid);
    const fromLibreOffice = workbookCells((await readWorkbook(viaLibreOffice)).grid);
    expect(fromLibreOffice["表 一"]["2,5"]).toEqual({ value: "达成", formula: true, format: "other" });
    delete fromXls["表 一"]["2,5"];
    delete fromLibreOffice["表 一"]["2,5"];
    expect(fromXls).toEqual(fromLibreOffice);
    expect(mergesOf((await readWorkbook(xls)).grid)).toEqual(mergesOf((await readWorkbook(viaLibreOffice)).grid));
  });

  it("the annotated copy keeps values, formulas, number formats, merges, widths, notes, fills, fonts, alignment and borders", async () => {
    const out = at("fidelity.checked.xlsx");
    await writeAnnotatedCopy(xls, [{ kind: "mark", at: { sheet: "表 一", row: 3, col: 1 }, severity: "error" }], out);
    const before = (await readWorkbook(xls)).grid;
    const after = (await readWorkbook(out)).grid;
    expect(workbookCells(after)).toEqual(workbookCells(before));
    expect(mergesOf(after)).toEqual(mergesOf(before));
    const wb = await new ExcelJS.Workbook().xlsx.readFile(out);
    const ws = wb.getWorksheet("表 一")!;
    // The mark is a conditional-format rule over B4; B4's own look (no fill of its own) is left as it was.
    const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rules.map((c) => [c.ref, ownMarkSeverity(String((c.rules[0] as { formulae?: string[] }).formulae?.[0]))])).toEqual([
      ["B4", "error"],
    ]);
    expect((ws.getCell("B4").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    expect((ws.getCell("F5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
    expect(ws.getCell("F4").note).toBe("原有批注");
    expect(ws.getColumn(1).width).toBeCloseTo(14, 0);
    expect(ws.getRow(3).height).toBe(30);
    // LibreOffice's export names the font it drew with (黑体 may be substituted): compare with its own reading of the .xls.
    const lo = (await new ExcelJS.Workbook().xlsx.readFile(viaLibreOffice)).getWorksheet("表 一")!;
    expect(ws.getCell("A1").font).toMatchObject({ name: lo.getCell("A1").font.name, size: 16, bold: true });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(ws.getCell("A3").alignment).toMatchObject({ vertical: "middle", wrapText: true, textRotation: 90 });
    expect(ws.getCell("E5").font).toMatchObject({ italic: true, underline: true, size: 9 });
    expect(ws.getCell("C4").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "medium" },
      right: { style: "dashed" },
    });
    expect(ws.getCell("C7").border).toMatchObject({ bottom: { style: "double" } });
    // The mark kept B4's borders, and touched no other cell sharing its look.
    expect(ws.getCell("B4").border).toMatchObject({ bottom: { style: "medium" } });
    expect((ws.getCell("C4").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
  });
});
