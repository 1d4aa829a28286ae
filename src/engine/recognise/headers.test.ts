import {
  FUND_HEADER_WORDS,
  INDICATOR_HEADER_WORDS,
  MAY_BE_FUND_HEADER,
  MAY_BE_INDICATOR_HEADER,
  fundColumnRole,
  headerKey,
  indicatorRole,
  budgetPreference,
} from "./headers";

describe("fast paths", () => {
  it.each(INDICATOR_HEADER_WORDS.map((w) => [w]))("the prefilter lets %j through", (word) =>
    expect(MAY_BE_INDICATOR_HEADER.test(word)).toBe(true),
  );
  it.each(FUND_HEADER_WORDS.map((w) => [w]))("the fund prefilter lets %j through", (word) =>
    expect(MAY_BE_FUND_HEADER.test(word)).toBe(true),
  );
});

describe("headerKey", () => {
  it.each([
    ["年度指标\n值（A）", "年度指标值"],
    ["一 级 指 标", "一级指标"],
    ["实际完成值(B)", "实际完成值"],
    ["指标权重(分)", "指标权重"],
    ["项目\n资金\n（万元）", "项目资金"],
    ["全年预算数（A）", "全年预算数"],
    ["得分：", "得分"],
    ["【得分】", ""],
  ])("%j → %j", (text, key) => expect(headerKey(text)).toBe(key));
});

describe("indicatorRole: every wording of RULES.md §2", () => {
  it.each([
    ["一级指标", "level1"],
    ["二级指标", "level2"],
    ["三级指标", "name"],
    ["年度绩效指标完成情况", "label"],
    ["绩效指标", "label"],
    ["年度指标值", "target"],
    ["年度指标值(A)", "target"],
    ["指标值", "target"],
    ["年初目标值(A)", "target"],
    ["年初指标值", "target"],
    ["预期指标值", "target"],
    ["年度指标\n值", "target"],
    ["指标性质", "nature"],
    ["度量单位", "unit"],
    ["计量单位", "unit"],
    ["实际完成值", "actual"],
    ["实际完成值（B）", "actual"],
    ["全年实际值", "actual"],
    ["全年实际值(B)", "actual"],
    ["完成值", "actual"],
    ["全年完成值", "actual"],
    ["年终完成值", "actual"],
    ["单项指标实际完成值", "actual"],
    ["分值", "weight"],
    ["权重", "weight"],
    ["指标权重(分)", "weight"],
    ["指标分值", "weight"],
    ["得分", "score"],
    ["自评得分", "score"],
    ["指标得分(分)", "score"],
    ["自评分", "score"],
    ["复核分", "review"],
    ["偏差原因分析及改进措施", "reason"],
    ["未完成原因分析", "reason"],
    ["未完成原因分析及改进措施", "reason"],
    ["未完成原因及拟采取的改进措施", "reason"],
    ["未完成原因和改进措施", "reason"],
    ["偏差大或目标未完成原因分析", "reason"],
    ["说明", "reason"],
    ["扣分原因和其他说明", "reason"],
    ["偏差原因分析\n及改进措施", "reason"],
  ])("%j → %s", (text, role) => expect(indicatorRole(text)).toBe(role));

  it.each([
    ["分值与得分按完成比例计算，未完成的按比例扣分。"],
    ["评分标准"],
    ["购置住房数量"],
    [""],
    ["产出指标"],
    ["原因是资金未到位，导致项目延期。"],
  ])("%j is no header", (text) => expect(indicatorRole(text)).toBeNull());
});

describe("fundColumnRole", () => {
  it.each([
    ["年初预算数", "initial"],
    ["全年预算数", "budget"],
    ["全年预算数（A）", "budget"],
    ["调整后预算数", "budget"],
    ["预算数", "budget"],
    ["全年执行数", "executed"],
    ["全年执行数(B)", "executed"],
    ["执行数", "executed"],
    ["分值", "weight"],
    ["执行率", "rate"],
    ["执行率(B/A)", "rate"],
    ["得分", "score"],
    ["项目\n资金\n（万元）", "label"],
    ["年度指标值", null],
  ])("%j → %s", (text, role) => expect(fundColumnRole(text)).toBe(role));

  it.each([
    ["全年预算数", 0],
    ["调整后预算数", 1],
    ["预算数", 2],
  ])("budget preference of %j is %d", (text, rank) => expect(budgetPreference(text)).toBe(rank));
});
