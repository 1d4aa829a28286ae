import { comparatorFromColumn, readPrefixWordComparator, readSuffixWordComparator, readSymbolComparator } from "./comparator";

describe("readSymbolComparator", () => {
  it.each([
    [">=95%", ">=", 2],
    ["≥95%", ">=", 1],
    ["≥=95%", ">=", 2],
    ["=>5", ">=", 2],
    ["<=161万元", "<=", 2],
    ["=<5", "<=", 2],
    ["≤5%", "<=", 1],
    ["=5套", "=", 1],
    [">5", ">", 1],
    ["<5", "<", 1],
  ])("%j → %s (%d chars)", (input, comparator, length) => {
    expect(readSymbolComparator(input)).toEqual({ comparator, from: "symbol", length });
  });
  it.each(["95%", "不少于5", "", "-5"])("%j has none", (input) => expect(readSymbolComparator(input)).toBeNull());
});

describe("readPrefixWordComparator", () => {
  it.each([
    ["不少于100人", ">="],
    ["不低于95%", ">="],
    ["达到90%", ">="],
    ["大于等于5", ">="],
    ["大于或等于5", ">="],
    ["不高于5%", "<="],
    ["不超过10万元", "<="],
    ["小于等于3", "<="],
    ["低于2%", "<="],
    ["大于5", ">"],
    ["小于5", "<"],
  ])("%j → %s", (input, comparator) => expect(readPrefixWordComparator(input)?.comparator).toBe(comparator));
  it("reads 大于等于 whole, not 大于", () => expect(readPrefixWordComparator("大于等于5")?.length).toBe(4));
});

describe("readSuffixWordComparator", () => {
  it.each([
    ["95%以上", ">=", 2],
    ["95%及以上", ">=", 3],
    ["5%以下", "<=", 2],
    ["48小时以内", "<=", 2],
    ["48小时内", "<=", 1],
  ])("%j → %s", (input, comparator, length) => expect(readSuffixWordComparator(input)).toEqual({ comparator, from: "word", length }));
  it("95% has none", () => expect(readSuffixWordComparator("95%")).toBeNull());
});

describe("comparatorFromColumn", () => {
  it.each([
    ["≥", ">=", "symbol"],
    [">=", ">=", "symbol"],
    ["=", "=", "symbol"],
    ["≤", "<=", "symbol"],
    ["以上", ">=", "word"],
    ["不超过", "<=", "word"],
    ["正向", ">=", "word"],
    ["反向指标", "<=", "word"],
  ])("%j → %s", (input, comparator, from) => expect(comparatorFromColumn(input)).toMatchObject({ comparator, from }));
  it.each(["定性", "", "≥5", "优良中低差"])("%j → null", (input) => expect(comparatorFromColumn(input)).toBeNull());
});
