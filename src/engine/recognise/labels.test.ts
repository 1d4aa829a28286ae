import {
  HEAD_LABEL_WORDS,
  MAY_BE_HEAD_LABEL,
  fundRowKind,
  gradeOf,
  headLabel,
  isFundLabel,
  isTitle,
  isTotalLabel,
  isTrailerLabel,
  subtotalLabel,
} from "./labels";

describe("isTitle", () => {
  it.each([
    ["项目支出绩效自评表", true],
    ["2022年度项目支出绩效自评表", true],
    ["部门预算项目支出绩效自评表", true],
    ["绩效目标自评表", true],
    ["项目支出绩效目标申报表", false],
    ["项目名称", false],
  ])("%j → %s", (text, expected) => expect(isTitle(text)).toBe(expected));
});

describe("headLabel", () => {
  it.each([
    ["项目名称", "project", ""],
    ["项 目 名 称", "project", ""],
    ["项目名称：道路维修", "project", "道路维修"],
    ["项目名称:", "project", ""],
    ["主管部门", "department", ""],
    ["主管部门及代码", "department", ""],
    ["实施单位", "implementer", ""],
    ["实施单位（盖章）", "implementer", ""],
  ])("%j → %s / %j", (text, field, inline) => expect(headLabel(text)).toEqual({ field, inlineValue: inline }));

  it.each([["项目资金"], ["回购统建房住宅经费"], ["一级指标"]])("%j is no head label", (text) => expect(headLabel(text)).toBeNull());

  it.each(HEAD_LABEL_WORDS.map((w) => [w]))("the prefilter lets %j through and it reads as a head label", (word) => {
    expect(MAY_BE_HEAD_LABEL.test(word)).toBe(true);
    expect(headLabel(word)).not.toBeNull();
  });
});

describe("fundRowKind", () => {
  it.each([
    ["年度资金总额", "total"],
    ["年度资金总额:", "total"],
    ["年度资金总额: (A / B)", "total"],
    ["年度财政资金总额", "total"],
    ["总额", "total"],
    ["年度总金额", "total"],
    ["其中：当年财政拨款", "fiscal"],
    ["其中当年财政拨款", "fiscal"],
    ["其中:本年财政拨款", "fiscal"],
    ["本年财政拨款", "fiscal"],
    ["      上年结转资金", "carryover"],
    ["  其他资金", "other"],
    ["年度指标值", null],
    ["", null],
  ])("%j → %s", (text, kind) => expect(fundRowKind(text)).toBe(kind));
});

describe("row labels", () => {
  it.each([
    ["项目资金\n（万元）", true],
    ["项目\n资金\n（万元）", true],
    ["项目名称", false],
  ])("isFundLabel(%j) → %s", (text, expected) => expect(isFundLabel(text)).toBe(expected));

  it.each([
    ["总分", true],
    ["总  分", true],
    ["合计", true],
    ["总得分", true],
    ["项目总得分", true],
    ["自评总分", true],
    ["总分：", true],
    ["总分值计算方法", false],
    ["产出指标", false],
  ])("isTotalLabel(%j) → %s", (text, expected) => expect(isTotalLabel(text)).toBe(expected));

  it.each([
    ["评价结论", true],
    ["存在问题", true],
    ["存在的问题及原因分析", true],
    ["改进措施", true],
    ["项目负责人：张三", true],
    ["注：1.得分按比例计算", true],
    ["注:", true],
    ["购置住房数量", false],
  ])("isTrailerLabel(%j) → %s", (text, expected) => expect(isTrailerLabel(text)).toBe(expected));

  it.each([
    ["优", "优"],
    ["良好", "良"],
    ["等级：优", "优"],
    ["中", "中"],
    ["较差", "差"],
    ["不合格", "差"],
    ["90分", null],
  ])("gradeOf(%j) → %s", (text, expected) => expect(gradeOf(text)).toBe(expected));
});

describe("subtotalLabel", () => {
  it.each<[string, { prefix: string; sure: boolean } | null]>([
    ["产出指标小计", { prefix: "产出指标", sure: true }],
    ["产出指标小计：", { prefix: "产出指标", sure: true }],
    ["小计", { prefix: "", sure: true }],
    ["小　计", { prefix: "", sure: true }],
    ["效益指标合计", { prefix: "效益指标", sure: true }],
    ["数量指标小计", { prefix: "数量指标", sure: true }],
    ["合计", { prefix: "", sure: false }], // may also be the form's total
    ["总计", { prefix: "", sure: false }],
    ["总分", null],
    ["资金合计完成率", null],
    ["2021年小计", null],
    ["这是一个很长很长很长的说明文字小计", null],
  ])("%j → %j", (text, want) => expect(subtotalLabel(text)).toEqual(want));
});
