import { checkedFileName } from "./fileName";

describe("checkedFileName", () => {
  it.each<[string, string]>([
    ["表.xlsx", "表.checked.xlsx"],
    ["a.XLSX", "a.checked.xlsx"],
    ["report.xlsm", "report.checked.xlsx"],
    ["旧表.xls", "旧表.checked.xlsx"],
    ["wps.ET", "wps.checked.xlsx"],
    ["模板.ett", "模板.checked.xlsx"],
    ["no-extension", "no-extension.checked.xlsx"],
    ["x.checked.xlsx", "x.checked.checked.xlsx"],
    [".xlsx", "workbook.checked.xlsx"],
    ["dir/sub\\name.xlsx", "name.checked.xlsx"],
    ['bad:"name"?.xlsx', "bad__name__.checked.xlsx"],
    ["报告\u202excod.xlsx", "报告xcod.checked.xlsx"],
    ["\u2066a\u2069\u200f.xlsx", "a.checked.xlsx"],
  ])("%s → %s", (original, copy) => {
    expect(checkedFileName(original)).toBe(copy);
    expect(checkedFileName(original)).not.toBe(original);
  });
});
