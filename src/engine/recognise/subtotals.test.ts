import type { IndicatorRow, Level1 } from "./types";
import { subtotalCovers } from "./subtotals";

const row = (r: number, level1: string, level1Kind: Level1, level2: string): IndicatorRow => ({
  row: r,
  level1,
  level1Kind,
  level1Inferred: false,
  level2,
  name: `指标${r}`,
  nature: null,
  target: null,
  unit: null,
  actual: null,
  weight: null,
  score: null,
  reason: null,
  improvement: null,
});

// Rows 10–13 产出 (数量, 数量, 质量, 成本), 14–15 效益, 16 满意度.
const ROWS = [
  row(10, "产出指标", "output", "数量指标"),
  row(11, "产出指标", "output", "数量指标"),
  row(12, "产出指标", "output", "质量指标"),
  row(13, "产出指标", "output", "成本指标"),
  row(14, "效益指标", "effect", "社会效益指标"),
  row(15, "效益指标", "effect", "可持续影响指标"),
  row(16, "满意度指标", "satisfaction", "满意度指标"),
];

describe("subtotalCovers: the rows a subtotal should add", () => {
  it.each<[string, string, number, number, number[]]>([
    ["产出指标小计 after the 产出 rows", "产出指标", 4, 0, [10, 11, 12, 13]],
    ["数量指标小计 after its 二级 group", "数量指标", 2, 0, [10, 11]],
    ["产出小计: the 一级 by its kind", "产出", 4, 0, [10, 11, 12, 13]],
    ["效益指标小计 since the previous subtotal", "效益指标", 6, 4, [14, 15]],
    ["a bare 小计: the 一级 group just above", "", 6, 0, [14, 15]],
    ["a bare 小计 after a 二级 subtotal: the rest of the group", "", 4, 2, [12, 13]],
    ["a name no row has: the group just above", "其他", 7, 6, [16]],
    ["nothing since the previous subtotal", "", 4, 4, []],
  ])("%s", (_label, prefix, readSoFar, since, want) => expect(subtotalCovers(prefix, ROWS.slice(0, readSoFar), since)).toEqual(want));
});
