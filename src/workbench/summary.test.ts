import type { Report, TableReport } from "../engine";
import { summarize } from "./summary";

const table = (project: string, range: string, error: number, total: [number | null, number | null] | null): TableReport => ({
  sheet: "S",
  range,
  project,
  fund: null,
  indicators: [],
  total: total && { row: 22, weight: 100, reportedScore: total[0], computedScore: total[1], reportedPartsSum: null },
  counts: { error, warning: 1, info: 0 },
  fills: [],
});
const report = (tables: TableReport[]): Report => ({ profile: "mof-2020", lang: "zh", tables, issues: [], notices: [] });

describe("summarize", () => {
  it("lists every form of every checked file and sums the counts", () => {
    const s = summarize([
      { file: 1, name: "a.xlsx", report: report([table(" 甲 ", "A1:I22", 1, [90, 100]), table("乙", "K5:S30", 0, null)]) },
      { file: 2, name: "b.xlsx", report: null },
      { file: 3, name: "c.xlsx", report: report([]) },
    ]);
    expect(s.rows.map((r) => [r.fileName, r.project, r.cell, r.reportedTotal, r.computedTotal])).toEqual([
      ["a.xlsx", "甲", "A1", 90, 100],
      ["a.xlsx", "乙", "K5", null, null],
    ]);
    expect(s.pending).toEqual(["b.xlsx"]);
    expect(s.totals).toEqual({ files: 3, forms: 2, error: 1, warning: 2, info: 0 });
  });

  it("is empty for no files", () => {
    expect(summarize([])).toEqual({ rows: [], pending: [], totals: { files: 0, forms: 0, error: 0, warning: 0, info: 0 } });
  });
});
