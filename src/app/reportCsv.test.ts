import { finding, handReport } from "../ui/testing/handReport";
import { reportCsv, reportFileName } from "./reportCsv";
import { UTF8_BOM } from "./review/csv";

const lines = (csv: string) => csv.slice(1).split("\r\n");

describe("reportCsv: the pane's CSV export, in the report sheet's columns", () => {
  it("starts with the UTF-8 BOM, ends lines with CRLF, one line per finding after the header", () => {
    const csv = reportCsv(handReport(), "zh");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines(csv)).toHaveLength(handReport().issues.length + 2);
  });

  it.each([
    [
      "zh",
      "文件,工作表,项目名称,单元格,级别,类别,说明",
      "昌吉州.xlsx,表1,回购统建房住宅经费,H20,错误,得分与计算不符（score-mismatch）,填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75",
    ],
    [
      "en",
      "File,Sheet,Project,Cell,Severity,Kind,Message",
      "昌吉州.xlsx,表1,回购统建房住宅经费,H20,Error,Score differs from computed (score-mismatch)," +
        "reported 5 is above the computed 3.75: 9 / 12 × 5 = 3.75",
    ],
  ] as const)("%s: header, and the file on every row", (lang, header, first) => {
    const [head, row] = lines(reportCsv(handReport(), lang, { file: "昌吉州.xlsx" }));
    expect([head, row]).toEqual([header, first]);
  });

  it("neutralises a project name that looks like a formula, and a message that starts with one", () => {
    expect(lines(reportCsv(handReport(), "zh")).find((l) => l.includes("E60"))).toMatch(
      /^,表1,"'=HYPERLINK\(""x""\)<b>公务用车<\/b>",E60,/,
    );
    const report = {
      ...handReport(),
      issues: [finding({ code: "cell-error", severity: "error", sheet: "S", row: 1, col: 1, cell: "A1", table: 0, zh: "=1+1", en: "-1" })],
    };
    expect(reportCsv(report, "zh")).toContain(",'=1+1\r\n");
    expect(reportCsv(report, "en")).toContain(",'-1\r\n");
  });

  it("lists sheet notices after the findings, and gives only the header for an empty report", () => {
    const noticed = {
      ...handReport(),
      issues: [],
      notices: [{ sheet: "大表", message: "太大", messages: { zh: "工作表过大，已跳过", en: "sheet too large: skipped" } }],
    };
    expect(lines(reportCsv(noticed, "zh"))[1]).toBe(",大表,,,说明,,工作表过大，已跳过");
    expect(reportCsv({ profile: "mof-2020", lang: "zh", tables: [], issues: [], notices: [] }, "zh")).toBe(
      `${UTF8_BOM}文件,工作表,项目名称,单元格,级别,类别,说明\r\n`,
    );
  });
});

describe("reportFileName: an export named after its workbook", () => {
  it.each([
    ["预算/昌吉州.xlsx", "zh", "昌吉州-校验报告.csv"],
    ["C:\\报表\\昌吉州.xls", "en", "昌吉州-report.csv"],
    ["a:b.xlsx", "zh", "a_b-校验报告.csv"],
    [undefined, "zh", "校验报告.csv"],
    ["", "en", "report.csv"],
  ] as const)("%p (%s) → %s", (workbook, lang, name) => expect(reportFileName(workbook, lang)).toBe(name));
});
