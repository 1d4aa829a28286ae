import type { FillTarget, Finding, Report, Severity } from "../find/types";
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
const fill = (kind: FillTarget["kind"], row: number, current: FillTarget["current"], formula: string | null = null): FillTarget => ({ kind, sheet: "S", row, col: 7, value: 3.75, current, formula });
const report = (issues: Finding[], fills: FillTarget[] = []): Report => ({
  profile: "mof-2020",
  lang: "zh",
  issues,
  notices: [],
  tables: [{ sheet: "S", range: "A1:I9", project: "p", fund: null, indicators: [], total: null, counts: { error: 0, warning: 0, info: 0 }, fills }],
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
    const plan = planEdits(report([finding("error", 1, 1, "a"), finding("warning", 2, 1, "b"), finding("info", 3, 1, "c")]), opts({ mark, notes }));
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
