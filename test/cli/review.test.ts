import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { makeTempDir } from "../fixtures/tempDir";
import { run } from "./run";
import { SEED_PROJECTS } from "../fixtures/seedProjects";
import { sheetOf, textsOf } from "./sheetText";

const tmp = makeTempDir("cli-review");
afterAll(tmp.cleanup);
const at = (...parts: string[]) => path.join(tmp.dir, ...parts);
const UNIT = "昌吉回族自治州机关事务管理局";

beforeAll(async () => {
  fs.copyFileSync(bundledSamplePath(), at("sample.xlsx"));
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet("Sheet1").getCell("A1").value = "不是自评表";
  await blank.xlsx.writeFile(at("blank.xlsx"));
  fs.mkdirSync(at("folder"));
  fs.copyFileSync(bundledSamplePath(), at("folder", "a.xlsx"));
  fs.copyFileSync(at("blank.xlsx"), at("folder", "b.xlsx"));
  fs.writeFileSync(at("folder", "c.xlsx"), "not a workbook");
});

/** The sheet's rows as arrays of cell values, A first. */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("selfeval check --summary", () => {
  it("writes one row per form as .xlsx: unit, totals as numbers, grades, counts, an empty decision", async () => {
    const out = at("汇总.xlsx");
    const r = await run("check", at("sample.xlsx"), "--summary", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/汇总表：.*汇总\.xlsx（6 张自评表，另有 0 行/);
    const ws = await sheetOf(out, "汇总");
    const rows = rowsOf(ws);
    expect(rows[0]).toEqual([
      "文件",
      "工作表",
      "区域",
      "项目名称",
      "主管部门",
      "实施单位",
      "填报总分",
      "计算总分",
      "填报等级",
      "计算等级",
      "错误",
      "警告",
      "提示",
      "待处理问题",
      "已接受",
      "已忽略",
      "审核结论",
      "说明",
    ]);
    expect(rows.slice(1).map((row) => row[3])).toEqual(SEED_PROJECTS);
    expect(rows[1].slice(4, 16)).toEqual([UNIT, UNIT, 90, 100, undefined, "优", 1, 0, 0, 1, 0, 0]);
    expect(rows[3].slice(6, 8)).toEqual([91.44, 95.34]);
    expect(rows.slice(1).every((row) => row[16] === undefined)).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
  });

  it("writes the same table for a folder as CSV (BOM, CRLF), with a row for a file without forms and one not read", async () => {
    const out = at("汇总.csv");
    const r = await run("check", at("folder"), "--summary", out);
    expect(r.code).toBe(2);
    const csv = fs.readFileSync(out, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(1 + 6 + 2 + 1);
    expect(lines[0]).toBe(
      "文件,工作表,区域,项目名称,主管部门,实施单位,填报总分,计算总分,填报等级,计算等级,错误,警告,提示,待处理问题,已接受,已忽略,审核结论,说明",
    );
    expect(lines[1]).toBe(
      `${at("folder", "a.xlsx")},回购统建房住宅经费,A1:I22,回购统建房住宅经费,${UNIT},${UNIT},90,100,,优,1,0,0,1,0,0,,`,
    );
    expect(lines[7]).toMatch(/b\.xlsx,{17}未找到自评表$/);
    expect(lines[8]).toMatch(/c\.xlsx,{17}无法读取：.*不是 \.xlsx 工作簿/);
    expect(lines[9]).toBe("");
  });

  it("speaks English with --lang en", async () => {
    const out = at("summary-en.csv");
    expect((await run("check", at("sample.xlsx"), "--summary", out, "--lang", "en")).code).toBe(0);
    const [header, first] = fs.readFileSync(out, "utf8").slice(1).split("\r\n");
    expect(header).toBe(
      "File,Sheet,Range,Project,Department,Implementing unit,Reported total,Computed total,Reported grade,Computed grade," +
        "Errors,Warnings,Info,Open findings,Accepted,Ignored,Decision,Note",
    );
    expect(first).toMatch(/,90,100,,excellent,1,0,0,1,0,0,,$/);
  });
});

describe("selfeval check --opinion", () => {
  it("writes one sheet 审核意见 with a page per form, A4 portrait, and the findings in plain words", async () => {
    const out = at("意见.xlsx");
    const r = await run("check", at("sample.xlsx"), "--opinion", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/审核意见：.*意见\.xlsx（6 张自评表，每张另起一页）/);
    const ws = await sheetOf(out, "审核意见");
    const texts = textsOf(ws);
    expect(texts.filter((t) => t === "项目支出绩效自评审核意见")).toHaveLength(6);
    for (const project of SEED_PROJECTS) expect(texts).toContain(`项目名称 | ${project}`);
    expect(texts).toContain(`主管部门 | ${UNIT}`);
    expect(texts).toContain("计算总分 | 100（优）");
    expect(texts).toContain("1 | H22 | 错误 · 总分不等于各项之和 | 总分 90 ≠ 执行率得分 10 + 8 项指标得分 90 = 100");
    expect(texts).toContain("审核结论：□ 通过　□ 退回修改　□ 待定");
    expect(texts.some((t) => /^审核人：.*审核日期：\d{4}年\d{1,2}月\d{1,2}日$/.test(t))).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1, fitToHeight: 0 });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml.match(/<brk id="\d+" max="16383" man="1"\/>/g)).toHaveLength(5);
  });

  it("in folder mode takes every form of every file, and says so when there is none", async () => {
    const out = at("folder-opinion.xlsx");
    const r = await run("check", at("folder"), "--opinion", out, "--summary", at("folder-summary.xlsx"));
    expect(r.code).toBe(2);
    const titles = rowsOf(await sheetOf(out, "审核意见")).filter((row) => row[0] === "项目支出绩效自评审核意见");
    expect(titles).toHaveLength(6);
    const none = at("none.xlsx");
    expect((await run("check", at("blank.xlsx"), "--opinion", none)).code).toBe(0);
    expect((await sheetOf(none, "审核意见")).getCell("A1").value).toBe("没有找到可出具审核意见的自评表。");
  });

  it("sends its lines to stderr when the JSON goes to stdout", async () => {
    const r = await run("check", at("sample.xlsx"), "--json", "-", "--opinion", at("json-opinion.xlsx"));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tables).toHaveLength(6);
    expect(r.stderr).toMatch(/审核意见：/);
  });
});

describe("selfeval check --summary/--opinion never overwrite", () => {
  it.each([["--summary"], ["--opinion"]])("an input given to %s (exit 2, the input unchanged)", async (flag) => {
    const before = fs.readFileSync(at("sample.xlsx"));
    const r = await run("check", at("sample.xlsx"), flag, at("sample.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/拒绝写入.*它是本次校验的输入文件/);
    expect(fs.readFileSync(at("sample.xlsx")).equals(before)).toBe(true);
  });

  it.each([
    [["--summary", "same.xlsx", "--opinion", "same.xlsx"]],
    [["--summary", "same.xlsx", "--out", "same.xlsx"]],
    [["--json", "same.csv", "--summary", "same.csv"]],
  ])("another output of the run: %p is refused before anything is checked", async (flags) => {
    const argv = flags.map((f) => (f.startsWith("same") ? at(f) : f));
    const r = await run("check", at("sample.xlsx"), ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/被指定为两个输出/);
    expect(r.stdout).toBe("");
    expect(fs.existsSync(at("same.xlsx")) || fs.existsSync(at("same.csv"))).toBe(false);
  });

  it("a folder in the way is refused, not written into", async () => {
    fs.mkdirSync(at("taken.csv"));
    const r = await run("check", at("sample.xlsx"), "--summary", at("taken.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/不是普通文件/);
  });
});
