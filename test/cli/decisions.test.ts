import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook, type Finding, type Report } from "../../src/engine";
import { EMPTY_RECORD } from "../../src/app/ownership/record";
import * as decision from "../../src/app/review/decision";
import { EMPTY_REVIEWS, withFindingReview, withFormReview, type Reviews } from "../../src/app/review/decision";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { RECORDS_SHEET } from "../../src/hosts/common/recordSheetText";
import { readWorkbook } from "../../src/hosts/xlsx";
import { writeRecord } from "../../src/hosts/xlsx/recordSheet";
import { makeTempDir } from "../fixtures/tempDir";
import JSZip from "jszip";
import { encodeRecord } from "../../src/app/ownership/recordCodec";
import { recordXml } from "../../src/hosts/common/recordXml";
import { run } from "./run";
import { sheetOf, textsOf } from "./sheetText";

const tmp = makeTempDir("cli-decisions");
afterAll(tmp.cleanup);
const at = (...parts: string[]) => path.join(tmp.dir, ...parts);
const WHEN = new Date("2026-11-30T08:00:00Z");

let report: Report;
let total: Finding;
let cost: Finding;
let reviews: Reviews;

/** The sample with a record sheet holding `record` decisions, as the WPS add-in saves it. */
async function decidedCopy(name: string, change?: (wb: ExcelJS.Workbook) => void, decided = reviews): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bundledSamplePath());
  change?.(wb);
  expect(writeRecord(wb, { ...EMPTY_RECORD, reviews: decided })).toBe(true);
  await wb.xlsx.writeFile(at(name));
  return at(name);
}

beforeAll(async () => {
  report = checkWorkbook((await readWorkbook(bundledSamplePath())).grid).report;
  total = report.issues.find((f) => f.code === "total-mismatch" && f.table === 0)!;
  cost = report.issues.find((f) => f.table !== 0 && f.severity !== "error")!;
  reviews = withFindingReview(EMPTY_REVIEWS, report, total, "accept", "单位已说明：执行率得分另行核定", WHEN);
  reviews = withFindingReview(reviews, report, cost, "ignore", "", WHEN);
  reviews = withFormReview(reviews, report, 0, "pass", "同意通过", WHEN);
  reviews = withFormReview(reviews, report, cost.table, "revise", "请更正指标方向", WHEN);
  await decidedCopy("decided.xlsx");
});

async function json(file: string) {
  const r = await run("check", file, "--json", "-");
  return JSON.parse(r.stdout) as {
    tables: { sheet: string; review?: unknown }[];
    issues: { cell: string; code: string; review?: unknown }[];
    notices: { messages: { zh: string } }[];
  };
}

describe("decisions stored in the workbook, through the command line", () => {
  it("--json gives each decided finding and form its review; the record sheet is no form and no sheet of the report", async () => {
    const out = await json(at("decided.xlsx"));
    expect(out.issues.filter((f) => f.review).map((f) => [f.cell, f.review])).toEqual([
      [total.cell, { decision: "accept", note: "单位已说明：执行率得分另行核定", at: WHEN.toISOString(), changed: false }],
      [cost.cell, { decision: "ignore", note: "", at: WHEN.toISOString(), changed: false }],
    ]);
    expect(out.tables.map((t) => t.review ?? null).filter(Boolean)).toEqual([
      { decision: "pass", note: "同意通过" },
      { decision: "revise", note: "请更正指标方向" },
    ]);
    expect(out.tables.some((t) => t.sheet === RECORDS_SHEET)).toBe(false);
    expect(out.issues).toHaveLength(report.issues.length);
  });

  it("the terminal report gives each form's decision and each decided finding's", async () => {
    const out = (await run("check", at("decided.xlsx"))).stdout;
    expect(out).toContain("    审核结论：通过——同意通过");
    expect(out).toContain("    审核结论：退回修改——请更正指标方向");
    expect(out).toContain(`${total.messages.zh} 〔已接受：单位已说明：执行率得分另行核定〕`);
    expect(out).toContain(`${cost.messages.zh} 〔已忽略〕`);
  });

  it("--json says 情况已变化 (changed) when the unit changed the values a decision was taken on", async () => {
    const file = await decidedCopy("changed.xlsx", (wb) => (wb.getWorksheet(total.sheet)!.getCell(total.cell).value = 95));
    const out = await json(file);
    expect(out.issues.find((f) => f.code === "total-mismatch" && f.review)?.review).toMatchObject({ decision: "accept", changed: true });
  });

  it("--summary fills 审核结论 and counts open, accepted and ignored findings", async () => {
    const out = at("汇总.xlsx");
    expect((await run("check", at("decided.xlsx"), "--summary", out)).code).toBe(0);
    const rows: unknown[][] = [];
    (await sheetOf(out, "汇总")).eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    const col = (title: string) => (rows[0] as string[]).indexOf(title);
    const counts = (i: number) => [rows[i][col("待处理问题")], rows[i][col("已接受")], rows[i][col("已忽略")], rows[i][col("审核结论")]];
    const own = (t: number) => report.issues.filter((f) => f.table === t).length;
    expect(counts(1)).toEqual([own(0) - 1, 1, 0, "通过"]);
    expect(counts(1 + cost.table)).toEqual([own(cost.table) - 1, 0, 1, "退回修改"]);
    expect(rows.slice(1).filter((r) => r[col("审核结论")] === undefined)).toHaveLength(report.tables.length - 2);
  });

  it("--opinion ticks the decision, prints the notes, lists open findings only and counts the decided ones", async () => {
    const out = at("意见.xlsx");
    expect((await run("check", at("decided.xlsx"), "--opinion", out)).code).toBe(0);
    expect((await run("check", bundledSamplePath(), "--opinion", at("意见-无.xlsx"))).code).toBe(0);
    const lines = textsOf(await sheetOf(out, "审核意见"));
    const undecided = textsOf(await sheetOf(at("意见-无.xlsx"), "审核意见"));
    const listed = (ls: string[], f: Finding) => ls.filter((l) => l.includes(`| ${f.cell} |`) && l.includes(f.messages.zh)).length;
    expect(lines).toContain("审核结论：☑ 通过　□ 退回修改　□ 待定");
    expect(lines).toContain("审核结论：□ 通过　☑ 退回修改　□ 待定");
    expect(lines).toContain("同意通过");
    expect(lines).toContain("请更正指标方向");
    expect(lines.filter((l) => l.startsWith("另有 1 条问题经审核不再要求更正"))).toHaveLength(2);
    expect([listed(undecided, total) - listed(lines, total), listed(undecided, cost) - listed(lines, cost)]).toEqual([1, 1]);
  });

  it("--opinion lists a finding decided on other values as open, flagged 情况已变化", async () => {
    const file = await decidedCopy("changed-op.xlsx", (wb) => (wb.getWorksheet(total.sheet)!.getCell(total.cell).value = 95));
    const out = at("意见-变化.xlsx");
    expect((await run("check", file, "--opinion", out)).code).toBe(0);
    const lines = textsOf(await sheetOf(out, "审核意见"));
    expect(
      lines.some((l) => l.includes(`| ${total.cell} |`) && l.includes("【情况已变化：原审核为“接受”，单位已说明：执行率得分另行核定")),
    ).toBe(true);
  });

  it("--out: the copy carries the record (very hidden) and a 审核意见 sheet; checked again it gives the same decisions", async () => {
    const copy = at("copy.xlsx");
    expect((await run("check", at("decided.xlsx"), "--out", copy)).code).toBe(0);
    const record = await sheetOf(copy, RECORDS_SHEET);
    expect(record.state).toBe("veryHidden");
    expect(textsOf(await sheetOf(copy, "审核意见"))).toContain("审核结论：☑ 通过　□ 退回修改　□ 待定");
    const read = await readWorkbook(copy);
    expect(read.record).toMatchObject({ status: "ok", record: { reviews } });
    expect(read.grid.sheets.map((s) => s.name)).not.toContain(RECORDS_SHEET);
    expect((await json(copy)).issues.filter((f) => f.review)).toHaveLength(2);
    // A copy of the copy replaces our 审核意见 sheet and record sheet instead of adding more.
    const again = at("copy2.xlsx");
    await run("check", copy, "--out", again);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    const ours = wb.worksheets.map((w) => w.name).filter((n) => n === "审核意见" || n === RECORDS_SHEET);
    expect(ours.sort()).toEqual([RECORDS_SHEET, "审核意见"].sort());
  });

  it("--out of a workbook without decisions adds no 审核意见 sheet, and one with --opinion", async () => {
    const plain = at("plain.xlsx");
    fs.copyFileSync(bundledSamplePath(), plain);
    await run("check", plain, "--out", at("plain-copy.xlsx"));
    await run("check", plain, "--out", at("plain-copy2.xlsx"), "--opinion", at("plain-op.xlsx"));
    const names = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb.worksheets.map((w) => w.name);
    };
    expect(await names(at("plain-copy.xlsx"))).not.toContain("审核意见");
    expect(await names(at("plain-copy2.xlsx"))).toContain("审核意见");
  });

  it("reads the decisions the Excel add-in keeps in a custom XML part", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(bundledSamplePath()));
    zip.file("customXml/item1.xml", recordXml(encodeRecord({ ...EMPTY_RECORD, reviews })));
    fs.writeFileSync(at("excel.xlsx"), await zip.generateAsync({ type: "uint8array" }));
    const out = await json(at("excel.xlsx"));
    expect(out.issues.filter((f) => f.review).map((f) => f.cell)).toEqual([total.cell, cost.cell]);
    expect(out.tables.filter((t) => t.review)).toHaveLength(2);
    // The copy cannot keep the part (exceljs drops it): it carries the decisions in its record sheet instead.
    const copied = await run("check", at("excel.xlsx"), "--out", at("excel-copy.xlsx"));
    expect(copied.stdout).not.toContain("自定义 XML");
    expect((await readWorkbook(at("excel-copy.xlsx"))).record).toMatchObject({ status: "ok", record: { reviews } });
  });

  it("a forged record gives no decisions, and says so", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("decided.xlsx"));
    const ws = wb.getWorksheet(RECORDS_SHEET)!;
    ws.getCell(2, 1).value = `${String(ws.getCell(2, 1).value).slice(0, -4)}AAAA`;
    await wb.xlsx.writeFile(at("forged.xlsx"));
    const out = await json(at("forged.xlsx"));
    expect(out.issues.some((f) => f.review)).toBe(false);
    expect(out.notices.some((n) => n.messages.zh.includes("校验记录未被采用"))).toBe(true);
  });

  it.each([
    ["no error decided", 1, 0],
    ["one error decided", 1, 1],
    ["every error accepted or ignored", 0, Infinity],
  ])("--strict counts only open errors: %s gives exit %s", async (_, exit, decide) => {
    const errors = report.issues.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(1);
    const decided = errors
      .slice(0, Number.isFinite(decide) ? decide : errors.length)
      .reduce((r, f, i) => withFindingReview(r, report, f, i % 2 ? "ignore" : "accept", "", WHEN), EMPTY_REVIEWS);
    const file = await decidedCopy(`strict-${decided.findings.length}.xlsx`, undefined, decided);
    expect((await run("check", file, "--strict")).code).toBe(exit);
  });

  it.each<[string, string[]]>([
    ["the terminal report", []],
    ["--strict, the terminal report and --json", ["--strict", "--json", "-"]],
    ["every output at once", ["--strict", "--json", "-", "--summary", "SUMMARY", "--opinion", "OPINION"]],
  ])("matches the decisions to each file's report once for %s", async (what, options) => {
    const named = options.map((o) => (o === "SUMMARY" || o === "OPINION" ? at(`${o}-${what.length}.xlsx`) : o));
    const match = jest.spyOn(decision, "reviewsNow");
    try {
      const r = await run("check", at("decided.xlsx"), bundledSamplePath(), ...named);
      expect(r.code).toBe(options.includes("--strict") ? 1 : 0);
      expect(match).toHaveBeenCalledTimes(2);
    } finally {
      match.mockRestore();
    }
  });
});
