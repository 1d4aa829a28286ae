import fc from "fast-check";
import { recogniseSheet, type Form } from "../../src/engine/recognise";
import type { CellRange, CellValue, SheetGrid } from "../../src/engine/grid/types";
import { buildFormSheet, formSpec } from "../../src/engine/recognise/testing/formBuilder";
import { specArb } from "./formArb";
import { fcRuns } from "../fixtures/fcRuns";

const WORDS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "指标值",
  "实际完成值",
  "全年实际值",
  "分值",
  "得分",
  "自评得分",
  "复核分",
  "指标性质",
  "度量单位",
  "偏差原因分析及改进措施",
  "年度绩效指标完成情况",
  "绩效指标",
  "总分",
  "合计",
  "项目名称",
  "主管部门",
  "实施单位",
  "项目支出绩效自评表",
  "项目资金\n（万元）",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "执行率",
  "年度资金总额",
  "其中：当年财政拨款",
  "上年结转资金",
  "其他资金",
  "产出指标",
  "效益指标",
  "满意度指标",
  "数量指标",
  "社会效益指标",
  "评价结论",
  "注：",
  "=5套",
  ">=95%",
  "90分",
  "优",
  "",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#REF!" }) },
  { weight: 1, arbitrary: fc.constant(undefined as unknown as CellValue) },
);

const mergeArb: fc.Arbitrary<CellRange> = fc
  .record({
    top: fc.integer({ min: -3, max: 40 }),
    left: fc.integer({ min: -3, max: 20 }),
    h: fc.integer({ min: -2, max: 12 }),
    w: fc.integer({ min: -2, max: 8 }),
  })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const gridArb: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.string({ maxLength: 5 }),
  originRow: fc.integer({ min: 0, max: 10 }),
  originCol: fc.integer({ min: 0, max: 5 }),
  values: fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 30 }),
  merges: fc.array(mergeArb, { maxLength: 12 }),
});

function checkInvariants(forms: Form[]): void {
  for (const f of forms) {
    expect(f.indicators.length).toBeGreaterThan(0);
    expect(f.range.top).toBeLessThanOrEqual(f.range.bottom);
    expect(f.range.left).toBeLessThanOrEqual(f.range.right);
    for (const r of f.indicators) {
      expect(r.row).toBeGreaterThan(f.indicatorHeaderRow);
      expect(r.row).toBeLessThanOrEqual(f.range.bottom);
    }
  }
}

describe("recogniseSheet never throws", () => {
  it("on random grids of header words, strings, numbers, nulls, errors and random merges", () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        checkInvariants(recogniseSheet(grid));
      }),
      fcRuns(8000),
    );
  });

  it("on a real form with random cells overwritten and random merges added", () => {
    const { grid } = buildFormSheet(formSpec());
    const height = grid.values.length;
    const width = grid.values[0].length;
    const edit = fc.record({ row: fc.nat(height - 1), col: fc.nat(width + 1), value: cellArb });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), fc.array(mergeArb, { maxLength: 6 }), (edits, merges) => {
        const values = grid.values.map((r) => [...r]);
        for (const e of edits) values[e.row][e.col] = e.value;
        checkInvariants(recogniseSheet({ ...grid, values, merges: [...(grid.merges ?? []), ...merges] }));
      }),
      fcRuns(4000),
    );
  });

  it("on form-shaped random grids: a header row of shuffled header words over random rows", () => {
    const naming = ["绩效指标", "一级指标", "二级指标", "三级指标"];
    const namingRank = (word: string) => (naming.includes(word) ? naming.indexOf(word) : naming.length);
    const headerWords = [
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "指标性质",
      "度量单位",
      "实际完成值",
      "分值",
      "得分",
      "复核分",
      "说明",
      "绩效指标",
    ];
    const shaped = fc
      .record({
        above: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 6 }),
        header: fc.shuffledSubarray(headerWords, { minLength: 3 }),
        // Real headers name the row (绩效指标, 一级, 二级, 三级) before the value columns; half the headers are put so.
        namingFirst: fc.boolean(),
        below: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 20 }),
        merges: fc.array(mergeArb, { maxLength: 8 }),
        originRow: fc.nat(20),
      })
      .map(({ above, header, namingFirst, below, merges, originRow }) => {
        const ordered = namingFirst ? [...header].sort((a, b) => namingRank(a) - namingRank(b)) : header;
        return { name: "r", originRow, originCol: 0, values: [...above, ordered, ...below], merges };
      });
    let withForms = 0;
    const runs = fcRuns(8000);
    fc.assert(
      fc.property(shaped, (grid) => {
        const forms = recogniseSheet(grid);
        if (forms.length) withForms++;
        checkInvariants(forms);
      }),
      runs,
    );
    // The generator must reach the deep paths, not only the early exits: more than one grid in ten gives a form.
    expect(withForms).toBeGreaterThan(runs.numRuns / 10);
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["no values", { name: "x", originRow: 0, originCol: 0 }],
    ["rows that are not arrays", { name: "x", originRow: 0, originCol: 0, values: [null, "abc", 5, undefined, [["一级指标"]]] }],
    ["merges that are not an array", { name: "x", originRow: 0, originCol: 0, values: [["a"]], merges: "A1:B2" }],
    [
      "a huge merge",
      {
        name: "x",
        originRow: 0,
        originCol: 0,
        values: [
          ["一级指标", "三级指标", "年度指标值", "实际完成值"],
          [null, "a", 1, 1],
        ],
        merges: [{ top: 0, left: 0, bottom: 1e9, right: 1e6 }],
      },
    ],
    [
      "merges outside the used area",
      { name: "x", originRow: 5, originCol: 5, values: [["a"]], merges: [{ top: 1e6, left: 0, bottom: 1e6 + 4000, right: 400 }] },
    ],
    [
      "NaN origin",
      {
        name: "x",
        originRow: NaN,
        originCol: -1,
        values: [
          ["一级指标", "三级指标", "年度指标值", "实际完成值"],
          [null, "a", 1, 1],
        ],
      },
    ],
  ])("on %s", (_, grid) => {
    expect(() => recogniseSheet(grid as SheetGrid)).not.toThrow();
  });
});

describe("a generated form is recognised whatever the noise in its labels", () => {
  it("right indicator count, names, project, levels and total", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { grid, placed } = buildFormSheet(spec);
        const forms = recogniseSheet(grid);
        expect(forms).toHaveLength(1);
        const [form] = forms;
        expect(form.indicators.map((r) => r.row)).toEqual(placed.indicatorRows);
        expect(form.indicators.map((r) => r.name)).toEqual(spec.indicators.map((i) => i.name));
        expect(form.project).toBe(spec.project);
        expect(form.indicators.map((r) => r.level2)).toEqual(spec.indicators.map((i) => i.level2));
        expect(form.total?.row ?? null).toBe(placed.totalRow);
        expect(form.fund?.total?.row ?? null).toBe(placed.fundHeaderRow === null ? null : placed.fundHeaderRow + 1);
      }),
      fcRuns(3000),
    );
  });
});

function shifted(form: Form, dr: number, dc: number): Form {
  return JSON.parse(JSON.stringify(form), (key, value) => {
    if (typeof value !== "number") return value;
    if (["row", "top", "bottom", "headerRow", "indicatorHeaderRow"].includes(key)) return value + dr;
    if (
      ["col", "left", "right", "level1", "level2", "name", "nature", "target", "unit", "actual", "weight", "score", "reason"].includes(key)
    )
      return value + dc;
    return value;
  });
}

describe("the result does not depend on where the form sits", () => {
  it("shifting the form shifts every row and column by the same amount", () => {
    fc.assert(
      fc.property(specArb, fc.nat(300), fc.nat(40), (spec, dr, dc) => {
        const base = recogniseSheet(buildFormSheet(spec, 0, 0).grid);
        const moved = recogniseSheet(buildFormSheet(spec, dr, dc).grid);
        expect(moved).toEqual(base.map((f) => shifted(f, dr, dc)));
      }),
      fcRuns(1500),
    );
  });
});
