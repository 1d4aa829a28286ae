import { SheetView } from "../grid/sheetView";
import type { CellValue } from "../grid/types";
import { findFundBlock } from "./fundBlock";
import { gridOf } from "./testing/gridOf";

const band = { left: 0, right: 20 };

function find(rows: CellValue[][]) {
  const view = new SheetView(gridOf(rows));
  return findFundBlock(view, 0, rows.length, band);
}

describe("findFundBlock", () => {
  it.each([
    [
      "with 年初预算数",
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      { initial: 2, budget: 3, executed: 4, weight: 5, rate: 6, score: 7 },
    ],
    [
      "without 年初预算数, labels broken over lines and lettered",
      ["项目\n资金\n（万元）", null, "全年预算数\n（A）", "全年执行数（B）", "分值", "执行率\n(B/A)", "得分"],
      { initial: null, budget: 2, executed: 3, weight: 4, rate: 5, score: 6 },
    ],
    [
      "Sichuan 调整后预算数 beside 年初预算数",
      ["项目资金", null, "年初预算数", "调整后预算数", "执行数", "分值", "执行率", "得分"],
      { initial: 2, budget: 3, executed: 4, weight: 5, rate: 6, score: 7 },
    ],
  ])("%s", (_, headerRow, cols) => {
    const width = headerRow.length;
    const values = (a: CellValue[]) => [...a, ...new Array(width - 2 - a.length).fill(null)];
    const fund = find([
      headerRow,
      [null, "年度资金总额:", ...values([100, 100, 80, 10, 0.8, 8].slice(6 - (width - 2)))],
      [null, "其中:本年财政拨款", ...values([100, 100, 80, "—", "—", "—"].slice(6 - (width - 2)))],
      [null, "      上年结转资金", ...values([0, 0, 0].slice(6 - (width - 2)))],
      [null, "其他资金", ...values([0, 0, 0].slice(6 - (width - 2)))],
      [null, "一级指标"],
    ])!;
    expect(fund.headerRow).toBe(0);
    expect(fund.total?.row).toBe(1);
    expect(fund.total?.label).toBe("年度资金总额:");
    expect(fund.parts.map((p) => [p.row, p.kind, p.label])).toEqual([
      [2, "fiscal", "其中:本年财政拨款"],
      [3, "carryover", "上年结转资金"],
      [4, "other", "其他资金"],
    ]);
    const slotCols = (r: typeof fund.total) => ({
      initial: r!.initial?.col ?? null,
      budget: r!.budget?.col ?? null,
      executed: r!.executed?.col ?? null,
      weight: r!.weight?.col ?? null,
      rate: r!.rate?.col ?? null,
      score: r!.score?.col ?? null,
    });
    expect(slotCols(fund.total)).toEqual(cols);
    expect(fund.total!.budget!.value).toBe(100);
  });

  it.each([
    ["total spelled 年度财政资金总额", "年度财政资金总额", "total"],
    ["total spelled 总额", "总额", "total"],
    ["total spelled 年度总金额", "年度总金额", "total"],
  ])("%s", (_, label, kind) => {
    const fund = find([
      ["项目资金", null, "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, label, 1, 1, 10, 1, 10],
    ]);
    expect(fund?.total?.kind).toBe(kind);
  });

  it("a block of sub-rows only has no total", () => {
    const fund = find([
      ["项目资金", null, "全年预算数", "全年执行数"],
      [null, "本年财政拨款", 1, 1],
    ]);
    expect(fund?.total).toBeNull();
    expect(fund?.parts.map((p) => p.kind)).toEqual(["fiscal"]);
  });

  it.each([
    [
      "no fund header",
      [
        ["项目名称", "x"],
        [null, "年度资金总额", 1, 1],
      ],
    ],
    [
      "a budget column alone",
      [
        ["项目资金", null, "全年预算数", "分值"],
        [null, "年度资金总额", 1, 10],
      ],
    ],
  ])("none with %s", (_, rows) => expect(find(rows)).toBeNull());
});
