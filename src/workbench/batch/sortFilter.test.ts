import { filterRows, sortRows, type SortOrder } from "./sortFilter";
import type { WorkbenchRow } from "./summaryRows";

const row = (file: string, project: string, errors: number | null, more: Partial<WorkbenchRow> = {}): WorkbenchRow => ({
  file,
  sheet: errors === null ? "" : "表",
  range: "A1:J30",
  project,
  department: "",
  implementer: "",
  reportedTotal: null,
  computedTotal: null,
  reportedGrade: null,
  computedGrade: null,
  errors,
  warnings: null,
  infos: null,
  open: null,
  accepted: null,
  ignored: null,
  decision: null,
  note: null,
  fileId: 1,
  state: errors === null ? "unreadable" : "checked",
  ...more,
});

const ROWS = [
  row("b.xlsx", "乙项目", 2, { computedTotal: 80, computedGrade: "良", decision: "revise", implementer: "城建局" }),
  row("a.xlsx", "甲项目", 0, { computedTotal: 95, computedGrade: "优", decision: "pass" }),
  row("c.xlsx", "", null),
  row("a.xlsx", "丙项目", 5, { computedTotal: 55, computedGrade: "差", state: "stale" }),
  row("a10.xlsx", "丁项目", 1),
];

describe("sortRows", () => {
  it.each<[SortOrder | null, string[]]>([
    [null, ["乙项目", "甲项目", "", "丙项目", "丁项目"]],
    [{ key: "errors", descending: true }, ["丙项目", "乙项目", "丁项目", "甲项目", ""]],
    [{ key: "errors", descending: false }, ["甲项目", "丁项目", "乙项目", "丙项目", ""]],
    [{ key: "file", descending: false }, ["甲项目", "丙项目", "丁项目", "乙项目", ""]],
    [{ key: "computedGrade", descending: true }, ["甲项目", "乙项目", "丙项目", "", "丁项目"]],
    [{ key: "decision", descending: false }, ["甲项目", "乙项目", "", "丙项目", "丁项目"]],
    [{ key: "state", descending: true }, ["", "丙项目", "乙项目", "甲项目", "丁项目"]],
  ])("orders by %j", (order, projects) => {
    expect(sortRows(ROWS, order).map((r) => r.project)).toEqual(projects);
  });

  it("leaves the rows it was given alone", () => {
    const before = ROWS.map((r) => r.project);
    sortRows(ROWS, { key: "errors", descending: true });
    expect(ROWS.map((r) => r.project)).toEqual(before);
  });
});

describe("filterRows", () => {
  it.each([
    [{ text: "", onlyErrors: false }, ["乙项目", "甲项目", "", "丙项目", "丁项目"]],
    [{ text: "a.XLSX", onlyErrors: false }, ["甲项目", "丙项目"]],
    [{ text: "城建", onlyErrors: false }, ["乙项目"]],
    [{ text: "  甲 ", onlyErrors: false }, ["甲项目"]],
    [{ text: "", onlyErrors: true }, ["乙项目", "", "丙项目", "丁项目"]],
    [{ text: "a", onlyErrors: true }, ["丙项目", "丁项目"]],
  ])("keeps %j", (filter, projects) => {
    expect(filterRows(ROWS, filter).map((r) => r.project)).toEqual(projects);
  });
});
