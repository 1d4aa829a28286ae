import type { Report } from "../engine";
import { REPORT_COLUMNS, REPORT_TITLE, reportRows } from "./reportRows";

const report: Report = {
  profile: "mof-2020",
  lang: "zh",
  tables: [
    {
      sheet: "表1",
      range: "A1:I40",
      project: "农村公路养护",
      fund: null,
      indicators: [],
      total: { row: 40, weight: 100, reportedScore: 95, computedScore: 91.5, reportedPartsSum: 95 },
      counts: { error: 1, warning: 0, info: 2 },
      fills: [],
    },
  ],
  issues: [
    { code: "score-mismatch", severity: "error", sheet: "表1", row: 20, col: 8, cell: "H20", message: "得分不符", messages: { zh: "得分不符", en: "Score differs" }, table: 0 },
  ],
  notices: [{ sheet: "大表", message: "只读取了前 100 行", messages: { zh: "只读取了前 100 行", en: "Only 100 rows read" } }],
};

describe("reportRows", () => {
  it.each(["zh", "en"] as const)("lays the report out as a rectangle in %s", (lang) => {
    const rows = reportRows(report, lang);
    expect(rows.every((r) => r.length === REPORT_COLUMNS)).toBe(true);
    expect(rows[0][0]).toBe(REPORT_TITLE);
    expect(rows).toContainEqual(["表1", "A1:I40", "农村公路养护", 95, 91.5, 1, 0, 2]);
    expect(rows).toContainEqual(["表1", "H20", lang === "zh" ? "错误" : "Error", "score-mismatch", lang === "zh" ? "得分不符" : "Score differs", "", "", ""]);
    expect(rows.some((r) => r[0] === "大表")).toBe(true);
  });

  it("says so when nothing was found", () => {
    const rows = reportRows({ ...report, tables: [], issues: [], notices: [] }, "en");
    expect(rows.flat()).toEqual(expect.arrayContaining(["No self-evaluation form found.", "No problems found."]));
  });
});
