import fc from "fast-check";
import { dayNumber } from "./calendar";
import { MAY_BE_DATE_RE, readDate } from "./dates";
import { compactValueText } from "./normalize";
import { fcRuns } from "../../../test/fixtures/fcRuns";

const d = dayNumber;

describe("readDate", () => {
  it.each([
    ["2021.1.1-2021.12.31", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021.1.1-2021.12.31 ", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021.1.1-12.31", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021年1月1日至2021年12月31日", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021年1-12月", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021年3月-6月", d(2021, 3, 1), d(2021, 6, 30), null, false],
    ["2021.1-2021.12", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021-12-31", d(2021, 12, 31), d(2021, 12, 31), null, false],
    ["2021/12/31", d(2021, 12, 31), d(2021, 12, 31), null, false],
    ["2021年12月31日", d(2021, 12, 31), d(2021, 12, 31), null, false],
    ["2021年12月31日前", d(2021, 12, 31), d(2021, 12, 31), "<=", false],
    ["≤2021年12月31日", d(2021, 12, 31), d(2021, 12, 31), "<=", false],
    ["截至2021年12月31日", d(2021, 12, 31), d(2021, 12, 31), "<=", false],
    ["2023年12月", d(2023, 12, 1), d(2023, 12, 31), null, false],
    ["2021年12月完成", d(2021, 12, 1), d(2021, 12, 31), null, false],
    ["2021年12月底前", d(2021, 12, 31), d(2021, 12, 31), "<=", false],
    ["2021年12月底", d(2021, 12, 31), d(2021, 12, 31), null, false],
    ["2024年2月", d(2024, 2, 1), d(2024, 2, 29), null, false],
    ["2020年全年", d(2020, 1, 1), d(2020, 12, 31), null, false],
    ["2021年", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021年度", d(2021, 1, 1), d(2021, 12, 31), null, false],
    ["2021年底前完成", d(2021, 12, 31), d(2021, 12, 31), "<=", false],
    ["2021年上半年", d(2021, 1, 1), d(2021, 6, 30), null, false],
    ["2021年下半年", d(2021, 7, 1), d(2021, 12, 31), null, false],
    ["11月底完成", d(2000, 11, 30), d(2000, 11, 30), null, true],
    ["12月底之前完成", d(2000, 12, 31), d(2000, 12, 31), "<=", true],
    ["6月30日", d(2000, 6, 30), d(2000, 6, 30), null, true],
    ["2月29日前", d(2000, 2, 29), d(2000, 2, 29), "<=", true],
  ])("%j → %d..%d %s yearUnknown=%p", (text, start, end, comparator, yearUnknown) =>
    expect(readDate(compactValueText(text))).toEqual({ start, end, comparator, yearUnknown }),
  );

  it.each([
    "2021.12", // a decimal number
    "2021",
    "6月", // a duration as much as a month
    "≥20年",
    "2021年2月30日",
    "2021年13月",
    "2021.12.31-2021.1.1",
    "2021年11月30日前完成资金支付",
    "目标1:计划2021年购置",
    "1899年",
    "100%",
    "",
  ])("%j is no date", (text) => expect(readDate(compactValueText(text))).toBeNull());
});

describe("readDate: what every date writes (value.ts skips readDate for text without it)", () => {
  // Date-like pieces with 年, 月, the range signs and a second dot left out: nothing here may read as a date.
  const pieces = [
    "2021",
    "12",
    "31",
    "1",
    ".",
    "日",
    "底",
    "前",
    "≥",
    "≤",
    "截至",
    "计划",
    "完成",
    "全年",
    "上半年",
    "以内",
    "%",
    "万元",
    ":",
    "30",
    "·",
  ];
  const withoutDateMarks = fc
    .array(fc.constantFrom(...pieces), { maxLength: 8 })
    .map((a) => a.join(""))
    .filter((s) => !MAY_BE_DATE_RE.test(s));
  it("finds no date in text without 年, 月, a range or date sign, or two dots", () => {
    fc.assert(
      fc.property(withoutDateMarks, (s) => readDate(s) === null),
      fcRuns(3000),
    );
  });
  it.each([
    "2021年",
    "11月底完成",
    "2021-12",
    "2021/12/31",
    "2021.1.1",
    "2021.1~2021.12",
    "2021.1至2021.12",
    "2021.1到2021.12",
    "2021.1–2021.12",
  ])("the skip keeps %s: it is a date and has a mark", (s) => {
    expect(readDate(s)).not.toBeNull();
    expect(MAY_BE_DATE_RE.test(s)).toBe(true);
  });
});
