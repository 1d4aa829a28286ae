import { isPercentUnit, lookupUnit, MULTIPLIER_BASE } from "./units";

describe("lookupUnit", () => {
  it.each([
    ["元", "元", 1],
    ["万元", "元", 1e4],
    ["亿元", "元", 1e8],
    ["亩", "亩", 1],
    ["万亩", "亩", 1e4],
    ["粒", "粒", 1],
    ["万粒", "粒", 1e4],
    ["米", "米", 1],
    ["厘米", "米", 0.01],
    ["公里", "米", 1000],
    ["千米", "米", 1000],
    ["平方米", "平方米", 1],
    ["公斤", "公斤", 1],
    ["千克", "公斤", 1],
    ["吨", "公斤", 1000],
    ["小时", "小时", 1],
    ["天", "小时", 24],
    ["人", "人", 1],
    ["人次", "人次", 1],
    ["万人次", "人次", 1e4],
    ["户", "户", 1],
    ["家", "家", 1],
    ["套", "套", 1],
    ["辆", "辆", 1],
    ["次", "次", 1],
    ["个", "个", 1],
    ["年", "年", 1],
    ["起", "起", 1],
    ["只", "只", 1],
    ["头", "头", 1],
    ["株", "株", 1],
    ["%", "%", 1],
    ["百分比", "%", 1],
    ["%(百分比)", "%", 1],
    ["(%)", "%", 1],
    ["‰", "%", 0.1],
    ["元/人*月", "元/人*月", 1],
    ["元/人·月", "元/人*月", 1],
    ["元/户", "元/户", 1],
    ["元/亩", "元/亩", 1],
    ["万元/亩", "元/亩", 1e4],
    ["件/件", "件/件", 1],
    ["/亩", "/亩", 1],
    ["万", MULTIPLIER_BASE, 1e4],
    ["亿", MULTIPLIER_BASE, 1e8],
    ["个村", "个村", 1],
    ["批次", "批次", 1],
    ["盒", "盒", 1],
  ])("%j → base %j × %p", (text, base, factor) => expect(lookupUnit(text)).toMatchObject({ base, factor }));

  it.each(["", "完成", "满意", "户结亲户", "不合格", "5户", "次慰问", "户结亲", "户数", "万%", "元/", "/", "abc/def/ghi"])("%j is no unit", (text) =>
    expect(lookupUnit(text)).toBeNull(),
  );
  it("strict lookup refuses unknown words", () => expect(lookupUnit("盒", false)).toBeNull());
});

describe("isPercentUnit", () => {
  it.each([
    ["%", true],
    ["百分比", true],
    ["万元", false],
  ])("%j → %p", (text, expected) => expect(isPercentUnit(lookupUnit(text))).toBe(expected));
  it("null is not a percent", () => expect(isPercentUnit(null)).toBe(false));
});
