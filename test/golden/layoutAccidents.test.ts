/**
 * docs/rules.md §1 "Layout accidents real files carry", each laid out as an office produces it (merged cells, a form that
 * went through PDF or Word and back), checked whole: the form is still one form, and the verdicts are those of the
 * same form laid out cleanly.
 */
import { checkWorkbook, type CellValue, type Report, type SheetGrid } from "../../src/engine";
import {
  buildFormSheet,
  formSpec,
  type DebrisKind,
  type FormSpec,
  type IndicatorSpec,
  type PageBreak,
} from "../../src/engine/recognise/testing/formBuilder";
import { gridOf } from "../../src/engine/recognise/testing/gridOf";
import { applyFills, verdictsOf, withoutRows } from "./verdicts";

/** A form with findings to keep: a deduction with a reason, full marks on a miss, a self-deduction without a reason. */
const ROWS: IndicatorSpec[] = [
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "购置住房数量",
    target: "=5套",
    actual: "4套",
    weight: 20,
    score: 16,
    reason: "受疫情影响，1套延期交付",
  },
  { level1: "产出指标", level2: "质量指标", name: "房屋验收合格率", target: ">=100%", actual: "100%", weight: 10, score: 10, reason: "无" },
  { level1: "产出指标", level2: "时效指标", name: "交付及时率", target: "≥95%", actual: "90%", weight: 10, score: 10, reason: null },
  {
    level1: "产出指标",
    level2: "成本指标",
    name: "房屋购置费用",
    target: "<=161万元",
    actual: "158万元",
    weight: 10,
    score: 10,
    reason: null,
  },
  { level1: "效益指标", level2: "社会效益指标", name: "住房利用率", target: ">=100%", actual: "100%", weight: 15, score: 15, reason: null },
  {
    level1: "效益指标",
    level2: "可持续影响指标",
    name: "解决住房人数",
    target: "=5人",
    actual: "5人",
    weight: 15,
    score: 13,
    reason: null,
  },
  {
    level1: "满意度指标",
    level2: "满意度指标",
    name: "住房人员满意度",
    target: ">=95%",
    actual: "96%",
    weight: 10,
    score: 10,
    reason: null,
  },
];
const TOTAL = { label: "总分", weight: 100, score: 94 };

const check = (spec: FormSpec): { report: Report; grid: SheetGrid; placed: ReturnType<typeof buildFormSheet>["placed"] } => {
  const { grid, placed } = buildFormSheet(spec);
  return { report: checkWorkbook({ sheets: [grid] }).report, grid, placed };
};

const clean = check(formSpec({ indicators: ROWS, total: TOTAL }));

it("the reference form has the findings the accidents must keep", () => {
  expect(clean.report.issues.map((f) => f.code).sort()).toEqual(["missing-reason", "score-mismatch", "score-mismatch"]);
});

describe("page-break debris inside the indicator block", () => {
  const debris: [string, DebrisKind[]][] = [
    ["the header row repeated", ["header"]],
    ["a footer, then the header", ["footer", "header"]],
    ["blank, footer, blank, header", ["blank", "footer", "blank", "header"]],
    ["two blank rows, then the header", ["blank", "blank", "header"]],
    ["a footer alone", ["footer"]],
    ["three blank rows", ["blank", "blank", "blank"]],
    ["a page number and 续表", ["page", "continued"]],
    ["the header and a spacer row", ["blank", "header", "blank"]],
  ];
  const places: [string, number][] = [
    ["inside a 一级 group (一级 blank after the break)", 1],
    ["between 一级 groups", 3],
    ["before the last row", 5],
  ];
  describe.each(places)("%s", (_where, after) => {
    it.each(debris)("%s: one form, every indicator, the same verdicts", (_label, kinds) => {
      for (const levels of ["merged", "blank"] as const) {
        const reference = check(formSpec({ indicators: ROWS, total: TOTAL, levels }));
        const broken = check(formSpec({ indicators: ROWS, total: TOTAL, levels, pageBreaks: [{ after, debris: kinds }] }));
        expect(broken.report.tables).toHaveLength(1);
        expect(broken.report.tables[0].indicators.map((i) => i.name)).toEqual(ROWS.map((r) => r.name));
        expect(verdictsOf(broken.report, withoutRows(broken.placed.debrisRows))).toEqual(verdictsOf(reference.report));
        // Debris is never an indicator, and no finding sits on it.
        const debrisRows = new Set(broken.placed.debrisRows.map((r) => r + 1));
        expect(broken.report.issues.filter((f) => debrisRows.has(f.row))).toEqual([]);
      }
    });
  });

  it("two page breaks in one form", () => {
    const breaks: PageBreak[] = [
      { after: 1, debris: ["footer", "header"] },
      { after: 4, debris: ["blank", "footer", "blank", "header"] },
    ];
    const broken = check(formSpec({ indicators: ROWS, total: TOTAL, pageBreaks: breaks }));
    expect(verdictsOf(broken.report, withoutRows(broken.placed.debrisRows))).toEqual(verdictsOf(clean.report));
  });

  it("a second form stacked below, laid out alike, is still a form of its own", () => {
    const spec = formSpec({ indicators: ROWS, total: null, title: null, head: false, fund: null });
    const one = buildFormSheet(spec);
    const values = [...one.grid.values, ...one.grid.values];
    const merges = [
      ...(one.grid.merges ?? []),
      ...(one.grid.merges ?? []).map((m) => ({ ...m, top: m.top + one.grid.values.length, bottom: m.bottom + one.grid.values.length })),
    ];
    const { report } = checkWorkbook({ sheets: [{ ...one.grid, values, merges }] });
    expect(report.tables.map((t) => t.indicators.length)).toEqual([ROWS.length, ROWS.length]);
  });
});

describe("subtotal rows inside the block", () => {
  const consistent = [
    { after: 3, label: "产出指标小计", weight: 50, score: 46 },
    { after: 5, label: "效益指标小计", weight: 30, score: 28 },
    { after: 6, label: "满意度指标小计", weight: 10, score: 10 },
  ];

  it.each<[string, FormSpec["subtotals"]]>([
    ["named, in the 一级 column", consistent],
    ["named, in the 二级 column", consistent.map((s) => ({ ...s, column: "level2" as const }))],
    ["bare 小计 in the 三级 column", consistent.map((s) => ({ ...s, label: "小计", column: "name" as const }))],
    ["合计 inside the block", consistent.map((s) => ({ ...s, label: "合计" }))],
    ["小 计 with spaces", consistent.map((s) => ({ ...s, label: "小　计" }))],
  ])("%s: not indicators, not added to the total, no finding when they agree", (_label, subtotals) => {
    const { report, placed } = check(formSpec({ indicators: ROWS, total: TOTAL, subtotals }));
    expect(report.tables).toHaveLength(1);
    const [t] = report.tables;
    expect(t.subtotals!.map((s) => s.row)).toEqual(placed.subtotalRows.map((r) => r + 1));
    expect(t.subtotals!.map((s) => s.partsSum)).toEqual([46, 28, 10]);
    expect(verdictsOf(report, withoutRows(placed.subtotalRows)).findings).toEqual(verdictsOf(clean.report).findings);
    expect(t.total).toMatchObject({ reportedScore: 94, reportedPartsSum: 94 });
  });

  it("a subtotal that disagrees with its rows is a finding that names them", () => {
    const subtotals = [{ after: 3, label: "产出指标小计", weight: 45, score: 48 }, ...consistent.slice(1)];
    const { report, placed } = check(formSpec({ indicators: ROWS, total: TOTAL, subtotals }));
    const rows = placed.indicatorRows.slice(0, 4).map((r) => r + 1);
    const found = report.issues.filter((f) => f.code === "subtotal-mismatch");
    expect(found.map((f) => [f.severity, f.row]).sort()).toEqual([
      ["error", placed.subtotalRows[0] + 1],
      ["warning", placed.subtotalRows[0] + 1],
    ]);
    const score = found.find((f) => f.severity === "error")!;
    expect(score.messages.zh).toBe(`产出指标小计得分 48 ≠ 第 ${rows[0]}–${rows[3]} 行得分之和 46`);
    expect(score.messages.en).toContain(`rows ${rows[0]}–${rows[3]}`);
    expect(report.issues.filter((f) => f.code === "total-mismatch")).toEqual([]);
  });

  it("a 合计 after the last row, before the 总分, is a subtotal; a 合计 at the end is the total", () => {
    const sub = check(formSpec({ indicators: ROWS, total: TOTAL, subtotals: [{ after: 6, label: "合计", weight: 90, score: 84 }] }));
    expect(sub.report.tables[0].subtotals).toHaveLength(1);
    expect(sub.report.issues.filter((f) => f.code === "subtotal-mismatch")).toEqual([]);
    expect(sub.report.tables[0].total).toMatchObject({ reportedScore: 94 });
    const end = check(formSpec({ indicators: ROWS, total: { ...TOTAL, label: "合计" } }));
    expect(end.report.tables[0].subtotals).toEqual([]);
    expect(end.report.tables[0].total).toMatchObject({ reportedScore: 94, reportedPartsSum: 94 });
  });

  it("subtotals and a page break in one form", () => {
    const { report, placed } = check(
      formSpec({ indicators: ROWS, total: TOTAL, subtotals: consistent, pageBreaks: [{ after: 4, debris: ["footer", "header"] }] }),
    );
    expect(report.tables[0].indicators).toHaveLength(ROWS.length);
    expect(verdictsOf(report, withoutRows([...placed.subtotalRows, ...placed.debrisRows])).findings).toEqual(
      verdictsOf(clean.report).findings,
    );
  });
});

describe("the reason split over two columns", () => {
  const columns: FormSpec["columns"] = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason", "improvement"];
  const rows = (reason: CellValue, improvement: CellValue) =>
    ROWS.map((r) => (r.name === "解决住房人数" ? { ...r, reason, improvement } : r));

  it.each<[string, string, CellValue, CellValue, boolean]>([
    ["偏差原因分析 | 改进措施, text in the second half", "偏差原因分析", null, "加强入住登记管理", false],
    ["原因分析 | 改进措施, text in the second half", "原因分析", null, "加强入住登记管理", false],
    ["text in the first half", "偏差原因分析", "2户延期入住", null, false],
    ["text in both", "偏差原因分析", "2户延期入住", "加强入住登记管理", false],
    ["placeholders in both", "偏差原因分析", "无", "/", true],
    ["blank in both", "原因分析", null, null, true],
  ])("%s", (_label, reasonHeader, reason, improvement, missing) => {
    const { report, placed } = check(
      formSpec({ indicators: rows(reason, improvement), total: TOTAL, columns, headers: { reason: reasonHeader } }),
    );
    const row = placed.indicatorRows[5] + 1;
    const found = report.issues.filter((f) => f.code === "missing-reason" && f.row === row);
    // Reported on the first of the two cells.
    expect(found.map((f) => f.col - 1)).toEqual(missing ? [placed.columnOf.reason] : []);
  });

  it("a merged 偏差原因分析及改进措施 over 原因分析 | 改进措施 sub-headers", () => {
    const grid = gridOf(
      [
        ["项目名称", "测试"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, null, null, null, null, null, null, "原因分析", "改进措施"],
        ["产出指标", "数量指标", "购置数量", "=5套", "4套", 20, 16, null, "加强采购计划"],
        ["产出指标", "质量指标", "合格率", ">=95%", "90%", 10, 9, null, null],
      ],
      { merges: [{ top: 1, left: 7, bottom: 1, right: 8 }] },
    );
    const { report } = checkWorkbook({ sheets: [grid] });
    expect(report.tables[0].indicators.map((i) => i.reason)).toEqual(["加强采购计划", ""]);
    expect(report.issues.filter((f) => f.code === "missing-reason").map((f) => f.cell)).toEqual(["H5"]);
  });
});

describe("分值 and 得分 merged over a 二级 group", () => {
  const GROUPED: IndicatorSpec[] = [
    { level1: "产出指标", level2: "数量指标", name: "购置住房套数", target: "=5套", actual: "5套", weight: 20, score: 18, reason: null },
    {
      level1: "产出指标",
      level2: "数量指标",
      name: "培训人数",
      target: "≥100人",
      actual: "80人",
      weight: null,
      score: null,
      reason: "疫情停训两期",
    },
    { level1: "产出指标", level2: "质量指标", name: "验收合格率", target: "≥95%", actual: "96%", weight: 30, score: 30, reason: null },
    { level1: "产出指标", level2: "质量指标", name: "档案完整率", target: "≥90%", actual: "95%", weight: null, score: null, reason: null },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "住房利用率",
      target: ">=100%",
      actual: "100%",
      weight: 30,
      score: 30,
      reason: null,
    },
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "解决住房人数",
      target: "=5人",
      actual: "5人",
      weight: null,
      score: null,
      reason: null,
    },
    {
      level1: "满意度指标",
      level2: "满意度指标",
      name: "住房人员满意度",
      target: ">=95%",
      actual: "96%",
      weight: 10,
      score: 10,
      reason: null,
    },
  ];
  const spec = (overrides: Partial<FormSpec> = {}) =>
    formSpec({ indicators: GROUPED, scoresPer: "level2", total: { label: "总分", weight: 100, score: 98 }, ...overrides });
  const withGroup = (score: CellValue, reason: CellValue = "疫情停训两期") =>
    GROUPED.map((r, i) => (i === 0 ? { ...r, score } : i === 1 ? { ...r, reason } : r));

  it("one weight and one score per group, counted once: the form adds up and its weights are 50/30/10", () => {
    const { report, placed } = check(spec());
    expect(report.issues).toEqual([]);
    const [t] = report.tables;
    expect(t.total).toMatchObject({ reportedScore: 98, reportedPartsSum: 98, computedScore: 98 });
    expect(t.indicators[1].group).toEqual({
      rows: [placed.indicatorRows[0] + 1, placed.indicatorRows[1] + 1],
      weight: 20,
      reportedScore: 18,
      computedScore: 18,
    });
    // Each row shows its share of the merged 分值 and its own share's score.
    expect(t.indicators.slice(0, 2).map((i) => [i.weight, i.reportedScore, i.computedScore])).toEqual([
      [10, 18, 10],
      [10, null, 8],
    ]);
  });

  it.each<[string, CellValue, CellValue, string[]]>([
    ["full marks on a group with a missed row", 20, "疫情停训两期", ["score-mismatch"]],
    ["a deduction with a reason on any row of the group", 18, "疫情停训两期", []],
    ["a deduction with no reason in the group", 18, null, ["missing-reason"]],
    ["rounded to an integer", 18.0, "x", []],
  ])("%s", (_label, score, reason, codes) => {
    const { report } = check(
      spec({ indicators: withGroup(score, reason), total: { label: "总分", weight: 100, score: 90 + Number(score) - 10 } }),
    );
    expect(report.issues.map((f) => f.code).sort()).toEqual(codes);
  });

  it("an empty group score is filled with the group's score, and the filled form adds up", () => {
    const { report, grid } = check(spec({ indicators: withGroup(null), total: { label: "总分", weight: 100, score: null } }));
    const [t] = report.tables;
    expect(t.fills.filter((f) => f.kind === "score").map((f) => f.value)).toEqual([18]);
    expect(t.fills.find((f) => f.kind === "total")!.value).toBe(t.total!.computedScore);
    const again = checkWorkbook({ sheets: [applyFills(grid, report)] }).report;
    expect(again.issues).toEqual([]);
  });
});

describe("invisible characters inside numbers, units, comparators and labels", () => {
  const INVISIBLE = ["\u200b", "\ufeff", "\u00a0", "\u3000", "\u2060", "\u202f", "\u200e"];
  const sprinkle = (v: CellValue, k: number): CellValue => {
    if (typeof v !== "string" || v === "") return v;
    const at = (k * 7) % (v.length + 1);
    return v.slice(0, at) + INVISIBLE[k % INVISIBLE.length] + v.slice(at) + INVISIBLE[(k + 3) % INVISIBLE.length];
  };
  it("give the verdicts of the clean form", () => {
    const noisy = ROWS.map((r, k) => ({
      ...r,
      target: sprinkle(r.target ?? null, k),
      actual: sprinkle(r.actual ?? null, k + 1),
      weight: sprinkle(`${r.weight}`, k + 2),
      score: sprinkle(`${r.score}分`, k + 3),
    }));
    const { report } = check(
      formSpec({ indicators: noisy, total: { ...TOTAL, score: "9\u200b4分" }, labelNoise: (t) => sprinkle(t, t.length) as string }),
    );
    const strip = (r: Report) => {
      const v = verdictsOf(r);
      return { ...v, tables: v.tables.map((t) => ({ ...t, indicators: t.indicators.map(({ target: _t, actual: _a, ...rest }) => rest) })) };
    };
    expect(strip(report)).toEqual(strip(clean.report));
  });
});

describe("the grade after the 总分", () => {
  // The reference form's parts add up to 94; by the rules (full marks on a miss, a deduction not required) it is 95.47.
  it.each<[string, CellValue, string, string[], string | null]>([
    ["优 beside 94", 94, "优", [], null],
    ["良 beside 94", 94, "良", ["warning"], "等级“良”与总分 94 不符：94 分应为“优”；按计算总分 95.47 应为“优”"],
    ["差 beside 94: claims less", 94, "差", ["warning"], "等级“差”与总分 94 不符：94 分应为“优”；按计算总分 95.47 应为“优”"],
    [
      "优 beside 85 (the parts add up to 94)",
      85,
      "优",
      ["error", "warning"],
      "等级“优”与总分 85 不符：85 分应为“良”；按计算总分 95.47 应为“优”",
    ],
    [
      "良 beside a wrong 85: the computed total gives 优",
      85,
      "良",
      ["error", "warning"],
      "等级“良”与所写总分 85 相符，但总分与计算不符：按计算总分 95.47 应为“优”",
    ],
    ["等级：优 beside 94", 94, "等级：优", [], null],
  ])("%s", (_label, score, grade, severities, message) => {
    const { report } = check(formSpec({ indicators: ROWS, total: { ...TOTAL, score, grade } }));
    const found = report.issues.filter((f) => f.code === "grade-mismatch" || f.code === "total-mismatch");
    expect(found.map((f) => f.severity).sort()).toEqual(severities.length ? [...severities].sort() : []);
    const gradeFinding = report.issues.find((f) => f.code === "grade-mismatch");
    expect(gradeFinding?.messages.zh ?? null).toBe(message);
    expect(report.tables[0].total).toMatchObject({ grade: grade.slice(-1), computedGrade: "优" });
  });

  it.each<[string, CellValue, string, "error" | "warning" | null]>([
    ["优 on a clean 92", 92, "优", null],
    ["优 on a clean 88 claims more than it earned", 88, "优", "error"],
    ["中 on a clean 88 claims less", 88, "中", "warning"],
    ["差 on 59.99", 59.99, "差", null],
    ["中 on 60 (60 included)", 60, "中", null],
    ["良 on 89.99", 89.99, "良", null],
  ])("%s", (_label, total, grade, severity) => {
    // One indicator of 90 scoring exactly total − 10: actual / 100 × 90 = total − 10.
    const actual = ((Number(total) - 10) / 90) * 100;
    const rows: IndicatorSpec[] = [
      {
        level1: "产出指标",
        level2: "数量指标",
        name: "数量",
        target: "≥100个",
        actual,
        weight: 90,
        score: Number(total) - 10,
        reason: "x",
      },
    ];
    const { report } = check(formSpec({ indicators: rows, total: { label: "总分", weight: 100, score: total, grade } }));
    expect(report.issues.filter((f) => f.code === "grade-mismatch").map((f) => f.severity)).toEqual(severity ? [severity] : []);
  });
});
