import { checkWorkbook } from "../../engine";
import { formKey } from "../../app/review/decision";
import { formFacts } from "../../app/review/formFacts";
import { readWorkbookBytes } from "../../hosts/xlsx/readBytes";
import { sampleBytes } from "../../hosts/browser/testing/workbooks";
import { workbenchRows, type FileResults } from "./summaryRows";

async function checkedSample() {
  const { grid } = await readWorkbookBytes(await sampleBytes());
  return checkWorkbook(grid, { file: "s.xlsx" });
}

describe("workbenchRows", () => {
  it.each([
    [{ checked: true, stale: false }, "checked"],
    [{ checked: false, stale: false }, "judged"],
    [{ checked: true, stale: true }, "stale"],
    [{ checked: false, stale: true }, "stale"],
  ] as const)("a file's forms as %j are %s", async (how, state) => {
    const { report } = await checkedSample();
    const rows = workbenchRows([{ file: 7, name: "s.xlsx", report, facts: null, reviews: null, ...how }], []);
    expect(rows).toHaveLength(report.tables.length);
    expect(rows.every((r) => r.state === state && r.fileId === 7 && r.file === "s.xlsx")).toBe(true);
  });

  it("carries each form's unit and decision; a file not checked yet and one not readable get a row each", async () => {
    const { report, forms } = await checkedSample();
    const reviews = {
      findings: [],
      forms: [{ form: formKey(report, 1), decision: "pass" as const, note: "", at: "2026-11-30T00:00:00Z" }],
    };
    const files: FileResults[] = [
      { file: 1, name: "a.xlsx", report, checked: true, stale: false, facts: formFacts(forms), reviews },
      { file: 2, name: "b.xlsx", report: null, checked: false, stale: false, facts: null, reviews: null },
    ];
    const rows = workbenchRows(files, [{ name: "坏.xlsx", reason: { zh: "不是表格", en: "not a workbook" } }]);
    expect(rows.map((r) => r.decision)).toEqual([null, "pass", ...Array(report.tables.length - 2).fill(null), null, null]);
    expect(rows[0].implementer).toBe(forms[0].implementer ?? "");
    expect(rows.slice(-2).map((r) => [r.file, r.state, r.fileId, r.note?.zh ?? null])).toEqual([
      ["b.xlsx", "pending", 2, null],
      ["坏.xlsx", "unreadable", null, "无法读取：不是表格"],
    ]);
  });
});
