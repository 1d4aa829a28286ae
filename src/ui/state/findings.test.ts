import { handReport } from "../testing/handReport";
import type { FindingReviewNow } from "../../app/review/decision";
import {
  codesIn,
  openCounts,
  countBySeverity,
  explanationFor,
  formatScore,
  groupFindings,
  stepFinding,
  visibleFindings,
  type FindingFilter,
} from "./findings";

const report = handReport();
const cells = (filter: FindingFilter) => visibleFindings(report, filter).map((x) => x.finding.cell);

describe("visibleFindings", () => {
  it.each<[string, FindingFilter, string[]]>([
    ["all, by form then severity then engine order", { severity: "all", code: "all", review: "all" }, ["H20", "H30", "I20", "H21", "E60"]],
    ["errors only", { severity: "error", code: "all", review: "all" }, ["H20", "H30"]],
    ["warnings only", { severity: "warning", code: "all", review: "all" }, ["I20", "E60"]],
    ["one code", { severity: "all", code: "unit-mismatch", review: "all" }, ["E60"]],
    ["severity and code that do not meet", { severity: "error", code: "unit-mismatch", review: "all" }, []],
  ])("%s", (_name, filter, expected) => {
    expect(cells(filter)).toEqual(expected);
  });

  it("keeps each finding's index in report.issues as its id", () => {
    for (const { id, finding } of visibleFindings(report, { severity: "all", code: "all", review: "all" }))
      expect(report.issues[id]).toBe(finding);
  });
});

describe("the review filter", () => {
  const decided = (decision: "accept" | "ignore", changed = false): FindingReviewNow => ({
    decision,
    note: "",
    at: "2026-11-30T00:00:00Z",
    changed,
  });
  // H20 accepted, H30 ignored, I20 accepted but its values changed since; H21 and E60 undecided.
  const now = [decided("accept"), undefined, decided("ignore"), undefined, decided("accept", true)];
  it.each<[FindingFilter["review"], string[]]>([
    ["all", ["H20", "H30", "I20", "H21", "E60"]],
    ["open", ["I20", "H21", "E60"]],
    ["accepted", ["H20"]],
    ["ignored", ["H30"]],
    ["changed", ["I20"]],
  ])("%s", (review, expected) => {
    expect(visibleFindings(report, { severity: "all", code: "all", review }, now).map((x) => x.finding.cell)).toEqual(expected);
  });

  it.each<[string, (FindingReviewNow | undefined)[] | null, number[]]>([
    ["no decisions: every finding is open", null, [4, 1]],
    ["decided ones are not, changed ones still are", now, [2, 1]],
  ])("openCounts: %s", (_name, given, expected) => {
    expect(openCounts(report, given)).toEqual(expected);
  });
});

describe("groupFindings", () => {
  it("groups consecutive findings of one form and severity", () => {
    const groups = groupFindings(visibleFindings(report, { severity: "all", code: "all", review: "all" }));
    expect(groups.map((g) => [g.table, g.severity, g.items.length])).toEqual([
      [0, "error", 2],
      [0, "warning", 1],
      [0, "info", 1],
      [1, "warning", 1],
    ]);
  });
});

describe("stepFinding", () => {
  const ordered = visibleFindings(report, { severity: "all", code: "all", review: "all" });
  const ids = ordered.map((x) => x.id);
  it.each<[string, number | null, 1 | -1, number | null]>([
    ["next from nothing is the first", null, 1, ids[0]],
    ["previous from nothing is the last", null, -1, ids[4]],
    ["next", ids[0], 1, ids[1]],
    ["previous", ids[2], -1, ids[1]],
    ["next wraps", ids[4], 1, ids[0]],
    ["previous wraps", ids[0], -1, ids[4]],
    ["a filtered-out current restarts", 999, 1, ids[0]],
  ])("%s", (_name, current, direction, expected) => {
    expect(stepFinding(ordered, current, direction)).toBe(expected);
  });

  it("has nothing to step to in an empty list", () => {
    expect(stepFinding([], null, 1)).toBeNull();
  });
});

describe("explanationFor", () => {
  it.each([
    ["indicator row, zh", 0, "zh", { subject: "购置周转住房套数", text: "9 / 12 × 5 = 3.75", assumptions: [] }],
    [
      "indicator row with an assumption, en",
      1,
      "en",
      {
        subject: "住房人员满意度",
        text: "实际 96% ≥ 目标 95%，得满分 10",
        assumptions: ["no comparator written: ≥ (higher is better) assumed"],
      },
    ],
    ["total row has none", 2, "zh", null],
    ["form without indicators has none", 3, "zh", null],
  ] as const)("%s", (_name, index, lang, expected) => {
    expect(explanationFor(report, report.issues[index], lang)).toEqual(expected);
  });

  it("gives the fund row's explanation for a finding on the fund row", () => {
    const r = handReport();
    r.tables[0].fund = {
      row: 7,
      budget: 100,
      executed: 80,
      reportedRate: 0.9,
      computedRate: 0.8,
      weight: 10,
      reportedScore: 9,
      computedScore: 8,
      explanation: { zh: "80 / 100 = 80%", en: "80 / 100 = 80%" },
    };
    const f = { ...r.issues[0], row: 7 };
    expect(explanationFor(r, f, "zh")).toEqual({ subject: "", text: "80 / 100 = 80%", assumptions: [] });
  });

  it("is null for a finding whose table index is out of range", () => {
    expect(explanationFor(report, { ...report.issues[0], table: 9 }, "zh")).toBeNull();
  });
});

describe("small helpers", () => {
  it("counts by severity", () => {
    expect(countBySeverity(report.issues)).toEqual({ error: 2, warning: 2, info: 1 });
  });
  it("lists the codes present once each", () => {
    expect(codesIn(report)).toEqual(["score-mismatch", "score-empty", "total-mismatch", "unit-mismatch", "missing-reason"]);
  });
  it.each([
    [98.75, "98.75"],
    [100, "100"],
    [3.333333, "3.33"],
    // The pane writes a score as the engine's messages do: 1.005 is 1.01 in both (binary floats hold it just below).
    [1.005, "1.01"],
    [7.25, "7.25"],
    [0, "0"],
    [null, "—"],
    [undefined, "—"],
    [Number.NaN, "—"],
    [Number.POSITIVE_INFINITY, "—"],
  ])("formatScore(%p) = %s", (value, expected) => {
    expect(formatScore(value, "—")).toBe(expected);
  });
});
