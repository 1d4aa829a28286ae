import type { FillTarget, Finding, IndicatorResult, Report, Severity } from "../find/types";
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from "./types";
import { planEdits } from "./planEdits";
import { NOTE_PREFIX } from "./colors";

const finding = (severity: Severity, row: number, col: number, zh: string): Finding => ({
  code: "score-mismatch",
  severity,
  sheet: "S",
  row,
  col,
  cell: "",
  message: zh,
  messages: { zh, en: `en:${zh}` },
  table: 0,
});
const fill = (kind: FillTarget["kind"], row: number, current: FillTarget["current"], formula: string | null = null): FillTarget => ({
  kind,
  sheet: "S",
  row,
  col: 7,
  value: 3.75,
  current,
  formula,
});
const report = (issues: Finding[], fills: FillTarget[] = []): Report => ({
  profile: "mof-2020",
  lang: "zh",
  issues,
  notices: [],
  tables: [
    { sheet: "S", range: "A1:I9", project: "p", fund: null, indicators: [], total: null, counts: { error: 0, warning: 0, info: 0 }, fills },
  ],
});
const opts = (o: Partial<PlanOptions>): PlanOptions => ({ ...DEFAULT_PLAN_OPTIONS, ...o });

describe("planEdits: marks", () => {
  it("marks each cell once, in the colour of its worst finding, with all its messages in one note", () => {
    const plan = planEdits(report([finding("warning", 3, 2, "a"), finding("error", 3, 2, "b"), finding("info", 5, 1, "c")]), opts({}));
    expect(plan.edits).toEqual([
      { kind: "mark", at: { sheet: "S", row: 2, col: 1 }, severity: "error" },
      { kind: "note", at: { sheet: "S", row: 2, col: 1 }, text: `${NOTE_PREFIX}\na\nb` },
    ]);
  });

  it.each([
    [["error"], true, 2],
    [["error", "warning", "info"], true, 6],
    [["error", "warning", "info"], false, 3],
    [[], true, 0],
  ] as [Severity[], boolean, number][])("mark %j with notes %p → %p edits", (mark, notes, count) => {
    const plan = planEdits(
      report([finding("error", 1, 1, "a"), finding("warning", 2, 1, "b"), finding("info", 3, 1, "c")]),
      opts({ mark, notes }),
    );
    expect(plan.edits).toHaveLength(count);
  });

  it("writes notes in the chosen language", () => {
    const plan = planEdits(report([finding("error", 1, 1, "a")]), opts({ lang: "en" }));
    expect(plan.edits[1]).toMatchObject({ kind: "note", text: `${NOTE_PREFIX}\nen:a` });
  });
});

describe("planEdits: fills never touch a formula or a filled cell unless asked", () => {
  it.each([
    // current, formula, overwrite, overwriteFormulas → written?, skipped reason
    [null, null, false, false, true, null],
    ["", null, false, false, true, null],
    ["  ", null, false, false, true, null],
    [5, null, false, false, false, "filled"],
    [5, null, true, false, true, null],
    [null, "=G12*0.75", false, false, false, "formula"],
    [3, "=G12*0.75", true, false, false, "formula"],
    [3, "=G12*0.75", true, true, true, null],
  ] as const)("current %p formula %p overwrite %p/%p → written %p", (current, formula, overwrite, overwriteFormulas, written, reason) => {
    const plan = planEdits(report([], [fill("score", 11, current, formula)]), opts({ fill: true, overwrite, overwriteFormulas }));
    expect(plan.edits.some((e) => e.kind === "value")).toBe(written);
    expect(plan.skipped.map((s) => s.reason)).toEqual(reason ? [reason] : []);
  });

  it("writes nothing without fill", () => {
    expect(planEdits(report([], [fill("score", 11, null)]), opts({ fill: false })).edits).toEqual([]);
  });

  it("formats a filled rate as a percent", () => {
    const plan = planEdits(report([], [fill("rate", 5, null)]), opts({ fill: true }));
    expect(plan.edits[0]).toMatchObject({ kind: "value", numberFormat: "0.00%" });
  });
});

describe("planEdits: qualitative rows and the places a preview names", () => {
  const row = (r: number, name: string, qualitative: boolean): IndicatorResult => ({
    row: r,
    level1: "效益指标",
    level1Kind: "satisfaction",
    level2: "满意度指标",
    name,
    target: "",
    actual: "",
    weight: 10,
    reportedScore: null,
    computedScore: 8,
    scoreRange: qualitative ? [8, 10] : null,
    status: "met",
    explanation: { zh: "", en: "" },
    assumptions: [],
    reason: "",
    scoreCell: null,
  });
  // Rows 12 (quantitative) and 13 (qualitative, 1-based); fills are 0-based; 总分 on row 20.
  const qualitativeReport = (withQualitative: boolean): Report => {
    const r = report([], [fill("score", 11, null), ...(withQualitative ? [fill("score", 12, null)] : []), fill("total", 19, null)]);
    r.tables[0].indicators = [row(12, "购置套数", false), row(13, "满意度", withQualitative)];
    return r;
  };
  const written = (plan: ReturnType<typeof planEdits>) => plan.edits.flatMap((e) => (e.kind === "value" ? [e.at.row] : []));

  it.each([
    ["filled by default", true, undefined, [11, 12, 19]],
    ["left to the reviewer, with the total", true, false, [11]],
    ["a form without qualitative rows is filled whole either way", false, false, [11, 19]],
  ] as const)("qualitative rows %s", (_name, withQualitative, fillQualitative, rows) => {
    expect(written(planEdits(qualitativeReport(withQualitative), opts({ fill: true, fillQualitative })))).toEqual(rows);
  });

  it("names each filled cell's form and indicator, written or skipped", () => {
    const r = qualitativeReport(true);
    r.tables[0].fills[2] = fill("total", 19, 90);
    const plan = planEdits(r, opts({ fill: true }));
    expect(plan.edits.map((e) => e.kind === "value" && e.place)).toEqual([
      { project: "p", kind: "score", indicator: "购置套数" },
      { project: "p", kind: "score", indicator: "满意度" },
    ]);
    expect(plan.skipped.map((s) => s.place)).toEqual([{ project: "p", kind: "total", indicator: null }]);
  });
});
