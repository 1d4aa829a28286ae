import { isDateFormat, isPercentFormat } from "./formats";

describe("number formats", () => {
  it.each([
    ["0%", true, false],
    ["0.00%", true, false],
    ['0.0"%"', false, false],
    ["General", false, false],
    ["0.00", false, false],
    ["yyyy-mm-dd", false, true],
    ["m/d/yy", false, true],
    ['yyyy"年"m"月"d"日"', false, true],
    ["[$-F800]dddd, mmmm dd, yyyy", false, true],
    ["h:mm", false, false],
    ['#,##0.00"元"', false, false],
    [null, false, false],
    [undefined, false, false],
    ["", false, false],
  ])("%j: percent %p, date %p", (format, percent, date) => {
    expect(isPercentFormat(format)).toBe(percent);
    expect(isDateFormat(format)).toBe(date);
  });
});
