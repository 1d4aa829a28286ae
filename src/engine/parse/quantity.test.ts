import { compactValueText } from "./normalize";
import { readQuantity } from "./quantity";

const q = (text: string) => readQuantity(compactValueText(text));

describe("readQuantity", () => {
  it.each([
    ["=5套", 5, "套", "=", "symbol"],
    [">=95%", 95, "%", ">=", "symbol"],
    ["≧ 735 人次", 735, "人次", ">=", "symbol"],
    ["═ 100 %", 100, "%", "=", "symbol"],
    ["＞＝９５％", 95, "%", ">=", "symbol"],
    ["≥100百分比", 100, "%", ">=", "symbol"],
    ["不少于100人", 100, "人", ">=", "word"],
    ["不低于95%", 95, "%", ">=", "word"],
    ["达到90%", 90, "%", ">=", "word"],
    ["大于等于5家", 5, "家", ">=", "word"],
    ["95%以上", 95, "%", ">=", "word"],
    ["达95%以上", 95, "%", ">=", "word"],
    ["不高于5%", 5, "%", "<=", "word"],
    ["不超过10万元", 10, "万元", "<=", "word"],
    ["48小时以内", 48, "小时", "<=", "word"],
    ["5%以下", 5, "%", "<=", "word"],
    ["小于等于3次", 3, "次", "<=", "word"],
    ["低于2%", 2, "%", "<=", "word"],
    ["控制在30万元以内", 30, "万元", "<=", "word"],
    ["≥95%(含)", 95, "%", ">=", "symbol"],
    ["1,000人", 1000, "人", null, null],
    ["+5", 5, null, null, null],
    ["43.2", 43.2, null, null, null],
    ["按合同10.5万元", 10.5, "万元", null, null],
    ["约300人", 300, "人", null, null],
    ["共5套", 5, "套", null, null],
    ["每亩300", 300, "/亩", null, null],
    ["每亩300元", 300, "元/亩", null, null],
    ["每人每年75元", 75, "元/人*年", null, null],
    ["1600元/亩", 1600, "元/亩", null, null],
    ["500元/人*月", 500, "元/人*月", null, null],
    ["2万元/件", 2, "万元/件", null, null],
    ["百分之95", 95, "%", null, null],
    ["2万", 2, "万", null, null],
    ["3500公斤", 3500, "公斤", null, null],
    ["20万元左右", 20, "万元", null, null],
    ["100%完成", 100, "%", null, null],
    ["1.2万亩", 1.2, "万亩", null, null],
  ])("%j → %p %s %s (%s)", (text, value, unit, comparator, from) =>
    expect(q(text)).toEqual({ value, unit: unit === null ? null : expect.objectContaining({ text: unit }), comparator, comparatorFrom: from }),
  );

  it.each([
    "完成39户结亲户6次慰问、51户住户4次慰问",
    "完成39户结亲户6次慰问、51户住户4次",
    "目标1:计划2021年购置",
    "辖区企业满意率达95%以上",
    "5-10",
    "1 (=100%)",
    "工5%",
    "有效提高",
    "百分之95万元",
    "-",
    "",
    "5户结亲户",
    "6次慰问",
    "10户结亲",
  ])("%j is no quantity", (text) => expect(q(text)).toBeNull());
});
