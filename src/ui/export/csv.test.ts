import { handReport, finding } from "../testing/handReport";
import { UTF8_BOM, buildReportCsv, csvField, csvLine } from "./csv";

describe("csvField", () => {
  it.each([
    ["plain text", "abc", "abc"],
    ["Chinese text unchanged", "回购统建房住宅经费", "回购统建房住宅经费"],
    ["empty", "", ""],
    ["comma quoted", "a,b", '"a,b"'],
    ["semicolon quoted (European list separator)", "a;b", '"a;b"'],
    ["quote doubled", 'say "hi"', '"say ""hi"""'],
    ["LF quoted", "line1\nline2", '"line1\nline2"'],
    ["CRLF quoted", "line1\r\nline2", '"line1\r\nline2"'],
    ["leading space kept by quoting", " x", '" x"'],
    ["= neutralised", "=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+ neutralised", "+1", "'+1"],
    ["- neutralised", "-2+3", "'-2+3"],
    ["@ neutralised", "@cmd", "'@cmd"],
    ["tab-led neutralised", "\t=1", "'\t=1"],
    ["formula with comma neutralised then quoted", '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["= inside text untouched", "9 / 12 × 5 = 3.75", "9 / 12 × 5 = 3.75"],
    ["HTML stays text", "<b>x</b>", "<b>x</b>"],
  ])("%s", (_name, input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe("csvLine", () => {
  it.each([
    [["a", "b"], "a,b"],
    [["", ""], ","],
    [["表1", "H20", "x,y"], '表1,H20,"x,y"'],
  ])("%j → %s", (fields, expected) => {
    expect(csvLine(fields)).toBe(expected);
  });
});

describe("buildReportCsv", () => {
  it("starts with the UTF-8 BOM and ends lines with CRLF", () => {
    const csv = buildReportCsv(handReport(), "zh");
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toHaveLength(handReport().issues.length + 2);
  });

  it.each([
    ["zh", "工作表,单元格,项目名称,级别,类别,说明", "表1,H20,回购统建房住宅经费,错误,得分与计算不符,填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75"],
    ["en", "Sheet,Cell,Project,Severity,Kind,Message", "表1,H20,回购统建房住宅经费,Error,Score differs from computed,reported 5 is above the computed 3.75: 9 / 12 × 5 = 3.75"],
  ] as const)("%s: header and first finding", (lang, header, first) => {
    const lines = buildReportCsv(handReport(), lang).slice(1).split("\r\n");
    expect(lines[0]).toBe(header);
    expect(lines[1]).toBe(first);
  });

  it("neutralises a project name that looks like a formula and quotes its quotes", () => {
    const lines = buildReportCsv(handReport(), "zh").slice(1).split("\r\n");
    const row = lines.find((l) => l.includes("E60"));
    expect(row).toBe('表1,E60,"\'=HYPERLINK(""x"")<b>公务用车</b>",警告,计量单位不一致,目标“≥12辆”与实际“9次”单位不同');
  });

  it("neutralises a message that starts with a formula character", () => {
    const report = { ...handReport(), issues: [finding({ code: "cell-error", severity: "error", sheet: "S", row: 1, col: 1, cell: "A1", table: 0, zh: "=1+1", en: "-1" })] };
    expect(buildReportCsv(report, "zh")).toContain(",'=1+1\r\n");
    expect(buildReportCsv(report, "en")).toContain(",'-1\r\n");
  });

  it("lists sheet notices after the findings", () => {
    const report = { ...handReport(), issues: [], notices: [{ sheet: "大表", message: "太大", messages: { zh: "工作表过大，已跳过", en: "sheet too large: skipped" } }] };
    expect(buildReportCsv(report, "zh").slice(1).split("\r\n")[1]).toBe("大表,,,说明,,工作表过大，已跳过");
  });

  it("gives only the header for an empty report", () => {
    const csv = buildReportCsv({ profile: "mof-2020", lang: "zh", tables: [], issues: [], notices: [] }, "zh");
    expect(csv).toBe(`${UTF8_BOM}工作表,单元格,项目名称,级别,类别,说明\r\n`);
  });
});
