import { checkWorkbook, type Finding, type Report, type TableReport } from "../../engine";
import { MemorySpreadsheet } from "../../hosts/common/memorySpreadsheet";
import { SHEET, scenarioWorkbook } from "../../../test/scenarios/scenarios";
import {
  EMPTY_REVIEWS,
  findingIdentity,
  formKey,
  formKeys,
  isOpen,
  reviewsNow,
  withFindingReview,
  withFormReview,
  type Reviews,
} from "./decision";

const judge = (act: (m: MemorySpreadsheet) => void = () => undefined): Report => {
  const memory = new MemorySpreadsheet(scenarioWorkbook());
  act(memory);
  return checkWorkbook(memory.readGrid()).report;
};

/** Every finding's identity, as "key => values", sorted. */
const identities = (report: Report) =>
  report.issues
    .map((f) => findingIdentity(report, f))
    .map((x) => `${x.key} => ${x.values}`)
    .sort();

describe("finding keys survive what people do to the sheet", () => {
  const before = judge();
  it.each([
    ["two rows inserted above the first form", (m: MemorySpreadsheet) => m.userInsertRows(SHEET, 0, 2)],
    ["a row inserted inside the first form's indicator block", (m: MemorySpreadsheet) => m.userInsertRows(SHEET, 15, 1)],
    ["a row inserted inside the second form", (m: MemorySpreadsheet) => m.userInsertRows(SHEET, 40, 1)],
    ["rows inserted between the forms", (m: MemorySpreadsheet) => m.userInsertRows(SHEET, 23, 3)],
  ])("%s: the same keys and values (addresses and row numbers in the messages moved)", (_, act) => {
    const after = judge(act);
    expect(after.issues.map((f) => f.cell)).not.toEqual(before.issues.map((f) => f.cell));
    expect(identities(after)).toEqual(identities(before));
  });

  it("every finding of the scenario workbook has its own key", () => {
    const keys = before.issues.map((f) => findingIdentity(before, f).key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("a decision against the report of a later check", () => {
  const report = judge();
  const mismatch = report.issues.find((f) => f.code === "score-mismatch")!;
  const reviews = withFindingReview(EMPTY_REVIEWS, report, mismatch, "accept", "单位已说明扣分原因", new Date("2026-11-30T01:00:00Z"));
  const decided = (r: Report) => {
    const now = reviewsNow(r, reviews).findings;
    return r.issues.flatMap((f, i) => (now[i] ? [{ code: f.code, ...now[i] }] : []));
  };
  const row = mismatch.row - 1;

  it.each([
    ["the same workbook", false, () => undefined],
    ["rows inserted above", false, (m: MemorySpreadsheet) => m.userInsertRows(SHEET, 0, 4)],
    ["the reported score retyped wrong again", true, (m: MemorySpreadsheet) => m.userSetValue({ sheet: SHEET, row, col: 7 }, 3.5)],
    ["the target changed", true, (m: MemorySpreadsheet) => m.userSetValue({ sheet: SHEET, row, col: 4 }, "≤7万元")],
  ])("%s: applies, changed = %s", (_, changed, act) => {
    const at = "2026-11-30T01:00:00.000Z";
    expect(decided(judge(act))).toEqual([{ code: "score-mismatch", decision: "accept", note: "单位已说明扣分原因", at, changed }]);
  });

  it("the score corrected: the finding is gone, the decision stays stored and applies to nothing", () => {
    const after = judge((m) => m.userSetValue({ sheet: SHEET, row, col: 7 }, 5));
    expect(after.issues.some((f) => f.code === "score-mismatch" && f.row === mismatch.row)).toBe(false);
    expect(decided(after)).toEqual([]);
    expect(reviews.findings).toHaveLength(1);
  });

  it.each([
    [undefined, true],
    [{ decision: "ignore" as const, note: "", at: "", changed: false }, false],
    [{ decision: "accept" as const, note: "", at: "", changed: true }, true],
  ])("isOpen(%j) = %s", (now, open) => expect(isOpen(now)).toBe(open));
});

const table = (project: string, sheet = "表1"): TableReport =>
  ({
    sheet,
    range: "A1:I20",
    project,
    fund: null,
    indicators: [],
    total: null,
    counts: { error: 0, warning: 0, info: 0 },
    fills: [],
  }) as TableReport;
const reportOf = (...tables: TableReport[]): Report => ({ profile: "mof-2020", lang: "zh", tables, issues: [], notices: [] });

describe("formKey", () => {
  it.each([
    ["one form", [table("项目甲")], ["项目甲"]],
    ["two forms of one project", [table("项目甲"), table("项目乙"), table("项目甲", "表2")], ["项目甲", "项目乙", "项目甲#2"]],
    ["whitespace in the name does not count", [table(" 项目\n甲 "), table("项目 甲")], ["项目 甲", "项目 甲#2"]],
    ["no project name: the sheet", [table("", "表1"), table("  ", "表1")], ["@表1", "@表1#2"]],
  ])("%s", (_, tables, keys) => {
    const report = reportOf(...tables);
    expect(formKeys(report)).toEqual(keys);
    expect(tables.map((__, i) => formKey(report, i))).toEqual(keys);
  });

  it("matching decisions to a report reads each form's name once, not once per earlier form", () => {
    let reads = 0;
    const counted = (t: TableReport): TableReport =>
      Object.defineProperty({ ...t }, "project", { get: () => (reads++, t.project), enumerable: true });
    const report = reportOf(...Array.from({ length: 500 }, (_, i) => counted(table(`项目${i % 7}`))));
    reviewsNow(report, EMPTY_REVIEWS);
    expect(reads).toBe(500);
  });

  it("a decision on the second form of a project does not apply to the first", () => {
    const report = reportOf(table("项目甲"), table("项目甲", "表2"));
    const reviews = withFormReview(EMPTY_REVIEWS, report, 1, "revise", "总分有误");
    expect(reviewsNow(report, reviews).forms).toEqual([undefined, { decision: "revise", notes: "总分有误" }]);
  });
});

describe("setting, replacing and removing decisions", () => {
  const report = judge();
  const [a, b] = report.issues;
  const at = new Date("2026-11-30T00:00:00Z");
  const summary = (r: Reviews) => [
    ...r.findings.map((e) => `${e.key.split("|")[0]}:${e.decision}:${e.note}`),
    ...r.forms.map((e) => `${e.form}:${e.decision}:${e.note}`),
  ];
  const FORM = "回购统建房住宅经费";
  const steps: [string, (r: Reviews) => Reviews, string[]][] = [
    ["a finding accepted", (r) => withFindingReview(r, report, a, "accept", "", at), [`${a.code}:accept:`]],
    ["another ignored", (r) => withFindingReview(r, report, b, "ignore", "不适用", at), [`${a.code}:accept:`, `${b.code}:ignore:不适用`]],
    [
      "the first replaced",
      (r) => withFindingReview(r, report, a, "ignore", "已核实", at),
      [`${b.code}:ignore:不适用`, `${a.code}:ignore:已核实`],
    ],
    ["the second removed", (r) => withFindingReview(r, report, b, null), [`${a.code}:ignore:已核实`]],
    ["a form passed", (r) => withFormReview(r, report, 0, "pass", "", at), [`${a.code}:ignore:已核实`, `${FORM}:pass:`]],
    [
      "the form pending, with a note",
      (r) => withFormReview(r, report, 0, "pending", "待补材料", at),
      [`${a.code}:ignore:已核实`, `${FORM}:pending:待补材料`],
    ],
    [
      "the decision cleared, the note kept",
      (r) => withFormReview(r, report, 0, null, "待补材料", at),
      [`${a.code}:ignore:已核实`, `${FORM}:null:待补材料`],
    ],
    ["the form's decision and note cleared", (r) => withFormReview(r, report, 0, null, "", at), [`${a.code}:ignore:已核实`]],
  ];
  let reviews: Reviews = EMPTY_REVIEWS;
  it.each(steps)("%s", (_, step, expected) => {
    reviews = step(reviews);
    expect(summary(reviews)).toEqual(expected);
  });

  it("never changes the reviews it is given", () => {
    const first = withFindingReview(EMPTY_REVIEWS, report, a, "accept");
    withFindingReview(first, report, a, null);
    withFormReview(first, report, 0, "pass");
    expect(first.findings).toHaveLength(1);
    expect(first.forms).toEqual([]);
    expect(EMPTY_REVIEWS).toEqual({ findings: [], forms: [] });
  });
});

describe("findingIdentity of findings that share a place", () => {
  const report = judge();
  const f = report.issues[0];
  const twin: Finding = { ...f, row: f.row, col: f.col + 1 };
  it("two of one code at one place get an ordinal, by order", () => {
    const both = { ...report, issues: [f, twin] };
    const key = findingIdentity(report, f).key;
    expect([findingIdentity(both, f).key, findingIdentity(both, twin).key]).toEqual([key, `${key}#2`]);
  });
});

describe("findingIdentity of findings outside the indicator rows, raised on row spans", () => {
  const form = { ...table("项目甲"), subtotals: [{ row: 30, label: "产出指标小计" }] } as unknown as TableReport;
  const finding = (row: number, zh: string, code = "subtotal-score"): Finding =>
    ({ code, severity: "error", sheet: "表1", row, col: 8, cell: `H${row}`, message: zh, messages: { zh, en: zh }, table: 0 }) as Finding;
  const identity = (f: Finding) => findingIdentity({ ...reportOf(form), issues: [f] }, f);
  it.each([
    [
      "a subtotal, its rows listed",
      finding(30, "小计得分 30 ≠ 第 14–16、18 行得分之和 25"),
      finding(32, "小计得分 30 ≠ 第 16–18、20 行得分之和 25"),
      true,
    ],
    [
      "a cell outside every indicator row",
      finding(5, "单元格为错误值 #REF!（H5）", "cell-error"),
      finding(9, "单元格为错误值 #REF!（H9）", "cell-error"),
      true,
    ],
    [
      "a subtotal whose sum changed",
      finding(30, "小计得分 30 ≠ 第 14–16 行得分之和 25"),
      finding(30, "小计得分 30 ≠ 第 14–16 行得分之和 27"),
      false,
    ],
  ])("%s", (_, first, moved, same) => {
    // The rows moved by as many as the finding did: the subtotal row with them.
    const subtotal = { ...form, subtotals: [{ row: 30 + moved.row - first.row, label: "产出指标小计" }] } as unknown as TableReport;
    const later = { ...reportOf(subtotal), issues: [moved] };
    expect(findingIdentity(later, moved).key).toBe(identity(first).key);
    expect(findingIdentity(later, moved).values === identity(first).values).toBe(same);
  });
});
