import { recogniseSheet } from "../../src/engine/recognise";
import {
  SheetCanvas,
  buildFormSheet,
  formSpec,
  placeForm,
  SEED_LIKE_FUND,
  SEED_LIKE_INDICATORS,
  type ColumnRole,
  type FormSpec,
} from "../../src/engine/recognise/testing/formBuilder";
import { gridOf } from "../../src/engine/recognise/testing/gridOf";
import { expectPlaced } from "./expectForm";

const KIND_OF_LEVEL1: Record<string, string> = { 产出指标: "output", 效益指标: "effect", 满意度指标: "satisfaction" };

function recogniseOne(spec: FormSpec, top = 0, left = 0) {
  const { grid, placed } = buildFormSheet(spec, top, left);
  const forms = recogniseSheet(grid);
  expect(forms).toHaveLength(1);
  expectPlaced(forms[0], placed, spec);
  return forms[0];
}

describe("offsets", () => {
  it.each([
    [0, 0],
    [5, 0],
    [0, 7],
    [33, 12],
    [1000, 60],
  ])("a form starting at row %d, column %d", (top, left) => {
    recogniseOne(formSpec(), top, left);
  });
});

describe("header wordings (docs/rules.md §2)", () => {
  const cases: [ColumnRole, string][] = [
    ["target", "年度指标值(A)"],
    ["target", "指标值"],
    ["target", "年初目标值(A)"],
    ["target", "年初指标值"],
    ["target", "预期指标值"],
    ["target", "年度指标\n值"],
    ["actual", "实际完成值(B)"],
    ["actual", "全年实际值"],
    ["actual", "全年实际值(B)"],
    ["actual", "完成值"],
    ["actual", "全年完成值"],
    ["actual", "年终完成值"],
    ["actual", "单项指标实际完成值"],
    ["actual", "实际完成值\n（B）"],
    ["weight", "权重"],
    ["weight", "指标权重(分)"],
    ["weight", "指标分值"],
    ["score", "自评得分"],
    ["score", "指标得分(分)"],
    ["score", "自评分"],
    ["reason", "未完成原因分析"],
    ["reason", "未完成原因分析及改进措施"],
    ["reason", "未完成原因及拟采取的改进措施"],
    ["reason", "未完成原因和改进措施"],
    ["reason", "偏差大或目标未完成原因分析"],
    ["reason", "说明"],
    ["reason", "扣分原因和其他说明"],
    ["level1", "一 级 指 标"],
    ["level2", "二级\n指标"],
    ["name", "三 级 指 标"],
  ];
  it.each(cases)("%s headed %j", (role, text) => {
    recogniseOne(formSpec({ headers: { [role]: text } }));
  });
});

describe("column orders", () => {
  const withNature = SEED_LIKE_INDICATORS.map((i) => ({ ...i, nature: "≥", target: 5, unit: "套" }));
  it.each<[string, Partial<FormSpec>]>([
    ["standard", {}],
    [
      "Anhui/Sichuan 衔接资金: 三级/分值/年度指标值/全年实际值/得分/原因",
      { columns: ["level1", "level2", "name", "weight", "target", "actual", "score", "reason"], headers: { actual: "全年实际值" } },
    ],
    [
      "Sichuan split target 指标性质 + 指标值 + 度量单位",
      {
        columns: ["level1", "level2", "name", "nature", "target", "unit", "actual", "weight", "score"],
        headers: { target: "指标值", actual: "完成值", weight: "权重" },
        indicators: withNature,
      },
    ],
    [
      "split target with 计量单位",
      {
        columns: ["level1", "level2", "name", "nature", "target", "unit", "actual", "weight", "score", "reason"],
        headers: { target: "指标值", unit: "计量单位" },
        indicators: withNature,
      },
    ],
    [
      "Hubei: no per-row 分值, 复核分 beside 自评得分",
      {
        columns: ["level1", "level2", "name", "target", "actual", "score", "review", "reason"],
        headers: { target: "年初目标值(A)", actual: "实际完成值(B)", score: "自评得分" },
      },
    ],
    [
      "no 分值/得分 columns (衡山县)",
      {
        columns: ["level1", "level2", "name", "target", "actual", "reason"],
        headers: { actual: "全年完成值", reason: "未完成原因和改进措施" },
        total: null,
      },
    ],
    ["no reason column", { columns: ["level1", "level2", "name", "target", "actual", "weight", "score"] }],
    ["no 一级 column", { columns: ["level2", "name", "target", "actual", "weight", "score", "reason"] }],
  ])("%s", (_, overrides) => {
    const form = recogniseOne(formSpec(overrides));
    if (overrides.columns?.includes("review")) expect(form.columns.score).toBe(form.columns.actual! + 1);
  });
});

describe("layout options", () => {
  it.each<[string, Partial<FormSpec>]>([
    ["no label column", { labelColumn: false }],
    ["no spacer row", { spacer: false }],
    ["neither label column nor spacer", { labelColumn: false, spacer: false }],
    ["level cells blank below their first row", { levels: "blank" }],
    ["level cells repeated on every row", { levels: "repeated" }],
    ["fund block without 年初预算数", { fund: { ...SEED_LIKE_FUND, withInitial: false } }],
    ["fund label on one line", { fund: { ...SEED_LIKE_FUND, label: "项目资金（万元）" } }],
    ["fund label broken over three lines", { fund: { ...SEED_LIKE_FUND, label: "项目\n资金\n（万元）" } }],
    [
      "fund headers lettered and broken",
      {
        fund: {
          ...SEED_LIKE_FUND,
          withInitial: false,
          headers: { budget: "全年预算数\n（A）", executed: "全年执行数（B）", rate: "执行率\n（B/A）" },
        },
      },
    ],
    ["no fund block", { fund: null }],
    ["no head", { head: false }],
    ["no title", { title: null }],
    ["a title with the year", { title: "2022年度项目支出绩效自评表" }],
    ["no total row", { total: null }],
    ["a trailer after the total", { trailer: ["评价结论：良好", "存在问题：无", "项目负责人：张三", "注：本表金额单位为万元"] }],
  ])("%s", (_, overrides) => {
    recogniseOne(formSpec(overrides));
  });

  it.each(["总分", "合计", "总得分", "项目总得分", "自评总分", "总 分"])("total labelled %j", (label) => {
    const form = recogniseOne(formSpec({ total: { label, weight: 100, score: 91.44, grade: "优" } }));
    expect(form.total).toMatchObject({ weight: { value: 100 }, score: { value: 91.44 }, grade: "优" });
  });

  it("reads inline weights from 一级 labels", () => {
    const indicators = SEED_LIKE_INDICATORS.map((i) => ({
      ...i,
      level1: i.level1.replace(
        "指标",
        "指标(" + { 产出: 50, 效益: 30, 满意: 10 }[i.level1.slice(0, 2) as "产出" | "效益" | "满意"] + "分)",
      ),
    }));
    const form = recogniseOne(formSpec({ indicators }));
    expect(form.inlineWeights).toEqual({ output: 50, effect: 30, satisfaction: 10 });
  });

  it.each<[string, FormSpec["levels"]]>([
    ["merged", "merged"],
    ["blank", "blank"],
    ["repeated", "repeated"],
  ])("一级/二级 carried down (%s) give every row its levels", (_, levels) => {
    const form = recogniseOne(formSpec({ levels }));
    expect(form.indicators.map((r) => [r.level1, r.level2, r.level1Kind])).toEqual(
      SEED_LIKE_INDICATORS.map((i) => [i.level1, i.level2, KIND_OF_LEVEL1[i.level1]]),
    );
  });
});

describe("values of either type", () => {
  it("numbers written as text and text that looks like numbers are kept as given", () => {
    const indicators = SEED_LIKE_INDICATORS.map((i, k) => ({
      ...i,
      target: k % 2 ? 5 : "5",
      actual: k % 2 ? "5" : 5,
      weight: String(i.weight),
      score: Number(i.score),
    }));
    const form = recogniseOne(formSpec({ indicators, total: { label: "总分", weight: "100", score: 90 } }));
    expect(form.indicators.map((r) => [r.target!.value, r.actual!.value])).toEqual(indicators.map((i) => [i.target, i.actual]));
    expect(form.total).toMatchObject({ weight: { value: "100" }, score: { value: 90 } });
  });

  it("a project name that is a number", () => {
    const { grid } = buildFormSheet(formSpec({ project: "2021" }));
    const form = recogniseSheet(grid)[0];
    expect(form.project).toBe("2021");
  });
});

describe("several forms on a sheet", () => {
  it.each([0, 1, 3])("two forms side by side, %d blank columns apart", (gap) => {
    const canvas = new SheetCanvas();
    const a = formSpec({ project: "左项目" });
    const b = formSpec({
      project: "右项目",
      indicators: SEED_LIKE_INDICATORS.slice(0, 4),
      fund: { ...SEED_LIKE_FUND, withInitial: false },
    });
    const pa = placeForm(canvas, a, 2, 0);
    const pb = placeForm(canvas, b, 2, pa.right + 1 + gap);
    const forms = recogniseSheet(canvas.toGrid("s"));
    expect(forms.map((f) => f.project)).toEqual(["左项目", "右项目"]);
    expectPlaced(forms[0], pa, a);
    expectPlaced(forms[1], pb, b);
    expect(forms[0].range.right).toBeLessThan(forms[1].range.left);
  });

  it("side by side at different heights", () => {
    const canvas = new SheetCanvas();
    const a = formSpec({ project: "左项目" });
    const b = formSpec({ project: "右项目", labelColumn: false });
    const pa = placeForm(canvas, a, 0, 0);
    const pb = placeForm(canvas, b, 9, pa.right + 2);
    const forms = recogniseSheet(canvas.toGrid("s"));
    expectPlaced(forms[0], pa, a);
    expectPlaced(forms[1], pb, b);
  });

  it.each([[[0, 0]], [[1, 1]], [[2, 7]], [[3, 0]]])("three forms stacked with gaps %j", (gaps) => {
    const canvas = new SheetCanvas();
    const specs = [
      formSpec({ project: "一" }),
      formSpec({ project: "二", fund: null, spacer: false, levels: "blank" }),
      formSpec({ project: "三", labelColumn: false, title: null }),
    ];
    let row = 4;
    const placed = specs.map((spec, i) => {
      const p = placeForm(canvas, spec, row, 1);
      row = p.bottom + 1 + (gaps[i] ?? 0);
      return p;
    });
    const forms = recogniseSheet(canvas.toGrid("s"));
    expect(forms.map((f) => f.project)).toEqual(["一", "二", "三"]);
    forms.forEach((f, i) => expectPlaced(f, placed[i], specs[i]));
  });

  it("stacked forms without totals or titles are split at the next header", () => {
    const canvas = new SheetCanvas();
    const spec = formSpec({ total: null, title: null, head: false, fund: null });
    const p1 = placeForm(canvas, spec, 0, 0);
    const p2 = placeForm(canvas, spec, p1.bottom + 1, 0);
    const forms = recogniseSheet(canvas.toGrid("s"));
    expect(forms.map((f) => f.indicators.map((r) => r.row))).toEqual([p1.indicatorRows, p2.indicatorRows]);
  });
});

describe("not a form", () => {
  it.each([
    ["a blank sheet", gridOf([])],
    ["a sheet of empty rows", gridOf([[], [null, null], ["", "  "]])],
    [
      "a scoring guide mentioning 分值 and 得分",
      gridOf([
        ["项目支出绩效自评评分标准"],
        ["一级指标", "分值", "评分标准", "得分"],
        ["产出指标", 50, "实际完成值达到年度指标值的得满分，未达到的按完成比例计算得分", null],
        ["效益指标", 30, "分值按完成程度分档：达成100%-80%，部分达成80%-60%", null],
        ["总分", 100, null, null],
      ]),
    ],
    [
      "a 绩效目标申报表 with targets only",
      gridOf([
        ["项目支出绩效目标申报表"],
        ["项目名称", "道路维修"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "主体班培训人次", "280人次"],
        [null, "质量指标", "开设课程数量", 220],
      ]),
    ],
    [
      "a header and no indicator rows",
      gridOf([
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        [],
        [],
        ["总分", null, null, null, null, 100, 90],
      ]),
    ],
    [
      "a fund block alone",
      gridOf([
        ["项目资金", null, "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 1, 1, 10, 1, 10],
      ]),
    ],
  ])("%s → []", (_, grid) => expect(recogniseSheet(grid)).toEqual([]));
});
