import { SheetView } from "../grid/sheetView";
import { findIndicatorHeaders } from "./findHeaders";
import { gridOf } from "./testing/gridOf";
import type { CellValue } from "../grid/types";

const STANDARD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

describe("findIndicatorHeaders", () => {
  it.each([
    ["standard order", [STANDARD], { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 }],
    [
      "Anhui order 三级/分值/年度指标值/全年实际值/得分/原因",
      [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因分析"]],
      { name: 2, weight: 3, target: 4, actual: 5, score: 6, reason: 7 },
    ],
    [
      "Sichuan split target",
      [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"]],
      { nature: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8, reason: null },
    ],
    [
      "Hubei without 分值, 复核分 beside 自评得分",
      [["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "自评得分", "复核分", "偏差大或目标未完成原因分析"]],
      { target: 3, actual: 4, weight: null, score: 5, reason: 7 },
    ],
    [
      "broken and spaced headers",
      [["一 级 指 标", "二级\n指标", "三级指标", "年度指标\n值", "实际完成值（B）", "分 值", "得分"]],
      { level1: 0, target: 3, actual: 4, weight: 5, score: 6 },
    ],
    [
      "指标 as the name header",
      [["二级指标", "指标", "指标值", "全年完成值", "未完成原因和改进措施"]],
      { level2: 0, name: 1, target: 2, actual: 3 },
    ],
    ["no name header: 二级 names the row", [["二级指标", "指标值", "全年完成值", "说明"]], { level2: 0, name: 0, target: 1, actual: 2 }],
  ])("%s", (_, rows, expected) => {
    const [header] = findIndicatorHeaders(new SheetView(gridOf(rows)));
    expect(header.columns).toMatchObject(expected);
    expect(header.row).toBe(0);
    expect(header.dataStart).toBe(1);
  });

  it("reads a second header row under merged parents (年度指标值 → 指标性质 | 指标值 | 度量单位; 得分 → 自评得分 | 复核分)", () => {
    const grid = gridOf(
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", null, null, "实际完成值", "得分", null],
        [null, null, null, "指标性质", "指标值", "计量单位", null, "自评得分", "复核分"],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 1, right: 2 },
          { top: 0, left: 3, bottom: 0, right: 5 },
          { top: 0, left: 6, bottom: 1, right: 6 },
          { top: 0, left: 7, bottom: 0, right: 8 },
        ],
      },
    );
    const headers = findIndicatorHeaders(new SheetView(grid));
    expect(headers).toHaveLength(1);
    expect(headers[0].columns).toMatchObject({ nature: 3, target: 4, unit: 5, actual: 6, score: 7 });
    expect(headers[0].dataStart).toBe(2);
  });

  it("splits a shared header row into side-by-side forms", () => {
    const headers = findIndicatorHeaders(new SheetView(gridOf([[...STANDARD, null, ...STANDARD]], { originCol: 3 })));
    expect(headers.map((h) => [h.left, h.right, h.columns.name])).toEqual([
      [3, 10, 5],
      [12, 19, 14],
    ]);
  });

  const FUND_HEADER = ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
  const HUBEI = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "自评得分", "复核分", "偏差大或目标未完成原因分析"];
  const FIRST_ROW = ["年度绩效指标完成情况", "产出指标", "数量指标", "购置住房数量", "=5套", "5套", 10, 10, "无偏差"];
  it.each<[string, CellValue[], [number, number][]]>([
    ["a neighbour's fund header on the right", [...STANDARD, null, ...FUND_HEADER], [[0, 7]]],
    ["a neighbour's fund header on the right, our header without 分值", [...HUBEI, null, ...FUND_HEADER], [[0, 7]]],
    ["a neighbour's fund header on the left", [...FUND_HEADER, null, null, ...STANDARD], [[10, 17]]],
    ["a neighbour's first indicator row (its label column) on the left", [...FIRST_ROW, null, null, ...STANDARD], [[11, 18]]],
    ["a label column right beside our header stays ours", [...FIRST_ROW, null, "绩效指标", ...STANDARD], [[10, 18]]],
    ["a stray naming cell before our header", [null, "指标", null, ...STANDARD], [[3, 10]]],
  ])("a header row shared with %s", (_, row, spans) => {
    const headers = findIndicatorHeaders(new SheetView(gridOf([row])));
    expect(headers.map((h) => [h.left, h.right])).toEqual(spans);
  });

  it("a header on the row under a neighbour's two-row header is still found", () => {
    const grid = gridOf(
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", null, null, "实际完成值", "得分", null],
        [null, null, null, "指标性质", "指标值", "计量单位", null, "自评得分", "复核分", null, ...STANDARD],
      ],
      {
        merges: [
          { top: 0, left: 3, bottom: 0, right: 5 },
          { top: 0, left: 7, bottom: 0, right: 8 },
        ],
      },
    );
    const headers = findIndicatorHeaders(new SheetView(grid));
    expect(headers.map((h) => [h.row, h.left, h.right, h.dataStart])).toEqual([
      [0, 0, 8, 2],
      [1, 10, 17, 2],
    ]);
  });

  it.each([
    ["a targets-only 申报表", [["一级指标", "二级指标", "三级指标", "指标值"]]],
    ["a fund header", [["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]],
    [
      "a scoring guide",
      [
        ["分值", "评分标准", "得分"],
        ["10", "完成值达到指标值得满分，否则按比例扣分", ""],
      ],
    ],
    ["prose naming the headers", [["本表一级指标、二级指标、三级指标、年度指标值、实际完成值由单位填写"]]],
    ["a header without a name or target", [["实际完成值", "得分", "说明"]]],
  ])("finds nothing in %s", (_, rows) => expect(findIndicatorHeaders(new SheetView(gridOf(rows)))).toEqual([]));
});

describe("findIndicatorHeaders: the reason split over two columns", () => {
  const head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  it.each<[string, CellValue[][], { reason: number | null; improvement: number | null }, number]>([
    ["偏差原因分析 | 改进措施", [[...head, "偏差原因分析", "改进措施"]], { reason: 7, improvement: 8 }, 1],
    ["原因分析 | 改进措施", [[...head, "原因分析", "改进措施"]], { reason: 7, improvement: 8 }, 1],
    ["未完成原因 | 改进措施", [[...head, "未完成原因", "改进措施"]], { reason: 7, improvement: 8 }, 1],
    ["one reason column", [[...head, "偏差原因分析及改进措施"]], { reason: 7, improvement: null }, 1],
    ["a reason and a 备注 beside it: the note is no half", [[...head, "偏差原因分析", "备注"]], { reason: 7, improvement: null }, 1],
    ["a reason and a 说明 beside it", [[...head, "未完成原因分析", "说明"]], { reason: 7, improvement: null }, 1],
    ["the halves a column apart are not one reason", [[...head, "原因分析", null, "改进措施"]], { reason: 7, improvement: null }, 1],
  ])("%s", (_, rows, expected, count) => {
    const headers = findIndicatorHeaders(new SheetView(gridOf(rows)));
    expect(headers).toHaveLength(count);
    expect(headers[0].columns).toMatchObject(expected);
  });

  it("偏差原因分析及改进措施 merged over 原因分析 | 改进措施 sub-headers", () => {
    const grid = gridOf(
      [
        [...head, "偏差原因分析及改进措施", null],
        [null, null, null, null, null, null, null, "原因分析", "改进措施"],
      ],
      {
        merges: [{ top: 0, left: 7, bottom: 0, right: 8 }],
      },
    );
    const [header] = findIndicatorHeaders(new SheetView(grid));
    expect(header.columns).toMatchObject({ reason: 7, improvement: 8 });
    expect(header.dataStart).toBe(2);
  });
});
