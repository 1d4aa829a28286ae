import { SheetView } from "../grid/sheetView";
import type { CellRange, CellValue } from "../grid/types";
import { findIndicatorHeaders } from "./findHeaders";
import { readIndicatorBlock } from "./indicatorBlock";
import { gridOf } from "./testing/gridOf";

const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

function read(rows: CellValue[][], merges: CellRange[] = []) {
  const view = new SheetView(gridOf([HEADER, ...rows], { merges }));
  const [header] = findIndicatorHeaders(view);
  return readIndicatorBlock(view, header, { left: 0, right: 20 }, () => []);
}

describe("readIndicatorBlock: where the block ends", () => {
  it.each([
    [
      "the 总分 row",
      [
        ["产出指标", "数量指标", "a", "=1", "1", 50, 50],
        ["总分", null, null, null, null, 100, "90分"],
      ],
      1,
      { kind: "total", row: 2, labelCol: 0 },
    ],
    [
      "合计",
      [
        ["产出指标", "数量指标", "a", "=1", "1", 50, 50],
        ["合计", null, null, null, null, 100, 90],
      ],
      1,
      { kind: "total", row: 2, labelCol: 0 },
    ],
    [
      "the trailer",
      [
        ["产出指标", "数量指标", "a", "=1", "1", 50, 50],
        ["评价结论", "良好"],
      ],
      1,
      { kind: "trailer", row: 2 },
    ],
    ["a note", [["产出指标", "数量指标", "a", "=1", "1", 50, 50], ["注：得分按比例计算"]], 1, { kind: "trailer", row: 2 }],
    ["the next form's title", [["产出指标", "数量指标", "a", "=1", "1", 50, 50], ["项目支出绩效自评表"]], 1, { kind: "next", row: 2 }],
    [
      "two blank rows",
      [["产出指标", "数量指标", "a", "=1", "1", 50, 50], [], [], ["产出指标", "数量指标", "b", "=1", "1", 50, 50]],
      1,
      { kind: "blank", row: 2 },
    ],
    [
      "the sheet's edge",
      [
        ["产出指标", "数量指标", "a", "=1", "1", 50, 50],
        [null, null, "b", "=2", "2", 50, 50],
      ],
      2,
      { kind: "edge", row: 3 },
    ],
  ])("stops at %s", (_, rows, count, end) => {
    const block = read(rows);
    expect(block.rows).toHaveLength(count);
    expect(block.end).toEqual(end);
  });

  it("skips the spacer and single blank rows, keeps rows with a name or a value", () => {
    const block = read([
      [],
      ["产出指标", "数量指标", "a", "=1", "1", 10, 10],
      [],
      [null, null, null, "=2", null, 10, null],
      [null, null, "c", null, null, 10, null],
      [null, null, null, null, null, 10, 10, "说明"],
      ["效益指标"],
    ]);
    expect(block.rows.map((r) => [r.row, r.name])).toEqual([
      [2, "a"],
      [4, ""],
      [5, "c"],
    ]);
  });
});

describe("readIndicatorBlock: levels", () => {
  const rows: CellValue[][] = [
    ["产出指标(50分)", "数量指标", "a", "=1", "1", 25, 25],
    [null, null, "b", "=1", "1", 25, 25],
    [null, "社会效益指标", "c", "=1", "1", 30, 30],
    ["满意度指标（10分）", "满意度指标", "d", ">=95%", 0.95, 10, 10],
  ];
  it.each([
    ["blank cells carried down", []],
    [
      "merged cells",
      [
        { top: 1, left: 0, bottom: 3, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
    ],
  ])("%s", (_, merges) => {
    const block = read(rows, merges as CellRange[]);
    expect(block.rows.map((r) => [r.level1, r.level1Kind, r.level1Inferred, r.level2])).toEqual([
      ["产出指标(50分)", "output", false, "数量指标"],
      ["产出指标(50分)", "output", false, "数量指标"],
      ["效益指标", "effect", true, "社会效益指标"],
      ["满意度指标（10分）", "satisfaction", false, "满意度指标"],
    ]);
    expect(block.inlineWeights).toEqual({ output: 50, satisfaction: 10 });
  });

  it("a 满意度 二级 under a carried 效益 一级 is satisfaction", () => {
    const block = read([
      ["效益指标", "社会效益指标", "a", "=1", "1", 30, 30],
      [null, "满意度指标", "b", ">=90%", "95%", 10, 10],
    ]);
    expect(block.rows.map((r) => r.level1Kind)).toEqual(["effect", "satisfaction"]);
  });
});

describe("readIndicatorBlock: slots", () => {
  it("gives every column's slot, empty cells included, at the merge's top-left", () => {
    const block = read([["产出指标", "数量指标", "a", "=1", "1", 10, null, null]], [{ top: 1, left: 3, bottom: 1, right: 3 }]);
    const row = block.rows[0];
    expect(row.target).toEqual({ row: 1, col: 3, value: "=1", formula: null, numberFormat: null });
    expect(row.score).toEqual({ row: 1, col: 6, value: null, formula: null, numberFormat: null });
    expect(row.nature).toBeNull();
    expect(row.unit).toBeNull();
  });
});

describe("readIndicatorBlock: the leading label column", () => {
  const LABEL = "年度绩效指标完成情况";
  const ROW = ["产出指标", "数量指标", "a", "=1", "1", 10, 10];
  // Our header starts at column 3, our label column is 2; columns 0–1 are the gap a left neighbour may write in.
  function leftmost(rows: CellValue[][], bandLeft: number, merges: CellRange[] = []): number {
    const view = new SheetView(gridOf([[null, null, null, ...HEADER], ...rows], { merges }));
    const [header] = findIndicatorHeaders(view);
    return readIndicatorBlock(view, header, { left: bandLeft, right: 20 }, () => []).leftmostCol;
  }

  it.each<[string, CellValue[][], number, CellRange[], number]>([
    [
      "the label column beside the header",
      [
        [null, null, LABEL, ...ROW],
        [null, null, null, ...ROW],
      ],
      0,
      [{ top: 1, left: 2, bottom: 2, right: 2 }],
      2,
    ],
    ["a label merged over two columns", [[null, LABEL, null, ...ROW]], 0, [{ top: 1, left: 1, bottom: 1, right: 2 }], 1],
    ["no label column", [[null, null, null, ...ROW]], 0, [], 3],
    ["a neighbour's text beyond a blank column", [["x", null, LABEL, ...ROW]], 0, [], 2],
    ["a neighbour's cell merged into the band", [["x", null, LABEL, ...ROW]], 1, [{ top: 1, left: 0, bottom: 1, right: 1 }], 2],
    ["text left of the band", [["x", "y", LABEL, ...ROW]], 1, [], 1],
  ])("%s", (_, rows, bandLeft, merges, expected) => expect(leftmost(rows, bandLeft, merges)).toBe(expected));
});

describe("readIndicatorBlock: page-break debris is read past, never an indicator", () => {
  /** Reads the first header's block, the other headers found in the sheet passed as they are in recogniseSheet. */
  function readAll(rows: CellValue[][], merges: CellRange[] = []) {
    const view = new SheetView(gridOf([HEADER, ...rows], { merges }));
    const headers = findIndicatorHeaders(view);
    const [header] = headers;
    return readIndicatorBlock(view, header, { left: 0, right: 20 }, (row) => headers.filter((h) => h !== header && h.row === row));
  }
  const A = ["产出指标", "数量指标", "a", "=1", "1", 25, 25];
  const B = [null, null, "b", "=1", "1", 25, 25];
  const C = ["效益指标", "社会效益指标", "c", "=1", "1", 30, 30];
  const TOTAL = ["总分", null, null, null, null, 100, 90];
  const FOOTER = [null, null, "第 1 页，共 2 页"];

  it.each<[string, CellValue[][], string[], number]>([
    ["the header repeated", [A, HEADER, B, TOTAL], ["a", "b"], 1],
    ["a footer and the header", [A, FOOTER, HEADER, B, TOTAL], ["a", "b"], 1],
    ["blank, footer, blank, header", [A, [], FOOTER, [], HEADER, B, TOTAL], ["a", "b"], 1],
    ["two blank rows, then the header", [A, [], [], HEADER, B, TOTAL], ["a", "b"], 1],
    ["three blank rows before our 总分", [A, [], [], [], B, TOTAL], ["a", "b"], 0],
    ["a footer alone", [A, FOOTER, B, TOTAL], ["a", "b"], 0],
    ["续表 and a page number", [A, [null, "续表"], [null, null, "- 2 -"], B, TOTAL], ["a", "b"], 0],
    ["a later 一级 after the header", [A, HEADER, C, TOTAL], ["a", "c"], 1],
    ["the header twice", [A, HEADER, HEADER, B, TOTAL], ["a", "b"], 2],
    [
      "the same 一级 written again after the header (the label repeated on the new page)",
      [A, HEADER, A.map((v) => (v === "a" ? "b" : v)), TOTAL],
      ["a", "b"],
      1,
    ],
  ])("%s", (_, rows, names, repeats) => {
    const block = readAll(rows);
    expect(block.rows.map((r) => r.name)).toEqual(names);
    expect(block.rows.map((r) => r.level1)).toEqual(names.map((n) => (n === "c" ? "效益指标" : "产出指标")));
    expect(block.repeats).toHaveLength(repeats);
    expect(block.end.kind).toBe("total");
  });

  it.each<[string, CellValue[][]]>([
    ["an earlier 一级 after the header: a new form", [C, HEADER, A, TOTAL]],
    ["产出 again after 满意度: a new form", [["满意度指标", "满意度指标", "d", ">=90%", "95%", 10, 10], HEADER, A, TOTAL]],
  ])("%s", (_, rows) => {
    const block = readAll(rows);
    expect(block.rows).toHaveLength(1);
    expect(block.end.kind).toBe("next");
  });

  it("two blank rows and the same 一级 again, no 总分 ahead: the block ends", () => {
    const block = readAll([A, [], [], A]);
    expect(block.end).toEqual({ kind: "blank", row: 2 });
  });
});

describe("readIndicatorBlock: subtotal rows", () => {
  const rows: CellValue[][] = [
    ["产出指标", "数量指标", "a", "=1", "1", 25, 25],
    [null, null, "b", "=1", "1", 25, 24],
    ["产出指标小计", null, null, null, null, 50, 49],
    ["效益指标", "社会效益指标", "c", "=1", "1", 30, 30],
    [null, "小计", null, null, null, 30, 30],
    ["满意度指标", "满意度指标", "d", ">=90%", "95%", 10, 10],
    ["合计", null, null, null, null, 90, 89],
    ["总分", null, null, null, null, 100, 99],
  ];
  it("are no indicators, feed no 一级, and say which rows they add", () => {
    const block = read(rows);
    expect(block.rows.map((r) => [r.name, r.level1])).toEqual([
      ["a", "产出指标"],
      ["b", "产出指标"],
      ["c", "效益指标"],
      ["d", "满意度指标"],
    ]);
    expect(block.subtotals.map((s) => [s.row, s.label, s.weight?.value, s.score?.value, s.covers])).toEqual([
      [3, "产出指标小计", 50, 49, [1, 2]],
      [5, "小计", 30, 30, [4]],
      [7, "合计", 90, 89, [6]],
    ]);
    expect(block.end).toEqual({ kind: "total", row: 8, labelCol: 0 });
  });
  it("a 合计 with nothing after it is the total", () => {
    const block = read(rows.slice(0, 7));
    expect(block.subtotals).toHaveLength(2);
    expect(block.end).toEqual({ kind: "total", row: 7, labelCol: 0 });
  });
  it("a row named …合计 with a target and an actual is an indicator", () => {
    const block = read([["产出指标", "数量指标", "资金合计", "=1", "1", 25, 25]]);
    expect(block.rows.map((r) => r.name)).toEqual(["资金合计"]);
    expect(block.subtotals).toEqual([]);
  });
});
