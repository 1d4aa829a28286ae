import type { Report } from "../engine";
import { REPORT_COLUMNS, REPORT_TITLE, REPORT_WIDTHS, reportRows } from "./reportRows";
import { reportCsv, reportFileName } from "./reportCsv";
import { UTF8_BOM } from "./review/csv";
import { REVIEW_FACTS, reviewReport } from "./review/testing/reviewReport";

describe("reportRows", () => {
  it.each(["zh", "en"] as const)("lays the report out as a rectangle in %s, as wide as its widths", (lang) => {
    const rows = reportRows(reviewReport(), lang);
    expect(rows.every((r) => r.length === REPORT_COLUMNS)).toBe(true);
    expect(REPORT_WIDTHS).toHaveLength(REPORT_COLUMNS);
    expect(rows[0][0]).toBe(REPORT_TITLE);
  });

  it("names the columns and categories in Chinese, with the file and form on every row and 说明 last", () => {
    const rows = reportRows(reviewReport(), "zh", { facts: REVIEW_FACTS });
    expect(rows[1]).toEqual(["规则", "mof-2020", "文件", "昌吉州.xlsx", "", "", ""]);
    expect(rows).toContainEqual(["文件", "工作表", "项目名称", "区域", "填报总分", "计算总分", "说明"]);
    expect(rows).toContainEqual([
      "昌吉州.xlsx",
      "表1",
      "回购统建房住宅经费",
      "A1:I30",
      95,
      88.75,
      "计算等级 良，填报等级 优；错误 1 个，警告 1 个，提示 1 条",
    ]);
    expect(rows).toContainEqual([
      "昌吉州.xlsx",
      "表2",
      '=HYPERLINK("x")公务用车',
      "A1:I25",
      59.5,
      59.5,
      "计算等级 差；错误 0 个，警告 0 个，提示 0 条",
    ]);
    expect(rows).toContainEqual(["文件", "工作表", "项目名称", "单元格", "级别", "类别", "说明"]);
    expect(rows).toContainEqual([
      "昌吉州.xlsx",
      "表1",
      "回购统建房住宅经费",
      "H20",
      "错误",
      "得分与计算不符（score-mismatch）",
      "填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75",
    ]);
    expect(rows).toContainEqual(["昌吉州.xlsx", "表1", "", "", "说明", "", "只读取了前 100 行"]);
  });

  it.each([
    [{ file: "另一个.xls" }, "另一个.xls"],
    [{}, "昌吉州.xlsx"],
  ])("takes the file from %p before the report's", (options, file) => {
    const rows = reportRows(reviewReport(), "zh", options);
    expect(rows.filter((r) => r[3] === "H20").map((r) => r[0])).toEqual([file]);
  });

  it("keeps the severity words the hosts count on in English", () => {
    const rows = reportRows(reviewReport(), "en");
    expect(rows).toContainEqual(["File", "Sheet", "Project", "Cell", "Severity", "Kind", "Message"]);
    expect(rows.filter((r) => r[4] === "Error" || r[4] === "Warning")).toHaveLength(2);
    expect(rows).toContainEqual([
      "昌吉州.xlsx",
      "表1",
      "回购统建房住宅经费",
      "I20",
      "Warning",
      "Deduction without a reason (missing-reason)",
      "a deduction without a reason",
    ]);
  });

  it("says so when nothing was found", () => {
    const rows = reportRows({ ...reviewReport(), file: undefined, tables: [], issues: [], notices: [] }, "en");
    expect(rows[1]).toEqual(["Rules", "mof-2020", "", "", "", "", ""]);
    expect(rows.flat()).toEqual(expect.arrayContaining(["No self-evaluation form found.", "No problems found."]));
  });
});

describe("reportCsv", () => {
  it("lists the findings and notices with the file on every row, BOM and CRLF, formula text neutralised", () => {
    const report: Report = { ...reviewReport(), issues: [{ ...reviewReport().issues[0], messages: { zh: "=1+1", en: "-1" } }] };
    const csv = reportCsv(report, "zh");
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "文件,工作表,项目名称,单元格,级别,类别,说明",
      "昌吉州.xlsx,表1,回购统建房住宅经费,H20,错误,得分与计算不符（score-mismatch）,'=1+1",
      "昌吉州.xlsx,表1,,,说明,,只读取了前 100 行",
      "",
    ]);
  });
});

describe("reportFileName", () => {
  it.each([
    ["昌吉州.xlsx", "zh", "昌吉州-校验报告.csv"],
    ["预算/2021/昌吉州.xls", "zh", "昌吉州-校验报告.csv"],
    ["C:\\表\\a:b.et", "en", "a_b-report.csv"],
    ["", "zh", "校验报告.csv"],
    [null, "en", "report.csv"],
  ] as const)("%p in %s → %s", (workbook, lang, name) => expect(reportFileName(workbook, lang)).toBe(name));
});
