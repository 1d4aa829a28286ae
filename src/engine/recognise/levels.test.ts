import { LevelCarry, inlineWeightOf, level1KindOf, level2KindOf, resolveLevel1 } from "./levels";

describe("level kinds", () => {
  it.each([
    ["产出指标", "output"],
    ["产出指标(50分)", "output"],
    ["效益指标", "effect"],
    ["满意度指标", "satisfaction"],
    ["服务对象满意度指标", "satisfaction"],
    ["项目管理", "unknown"],
  ])("一级 %j → %s", (text, kind) => expect(level1KindOf(text)).toBe(kind));

  it.each([
    ["数量指标", "output"],
    ["质量指标", "output"],
    ["时效指标", "output"],
    ["成本指标", "output"],
    ["经济效益指标", "effect"],
    ["社会效益指标", "effect"],
    ["生态效益指标", "effect"],
    ["可持续影响指标", "effect"],
    ["满意度指标", "satisfaction"],
    ["服务对象满意度指标", "satisfaction"],
    ["", "unknown"],
  ])("二级 %j → %s", (text, kind) => expect(level2KindOf(text)).toBe(kind));
});

describe("resolveLevel1", () => {
  it.each([
    ["产出指标", "数量指标", "产出指标", "output", false],
    ["产出指标", "社会效益指标", "效益指标", "effect", true],
    ["", "可持续影响指标", "效益指标", "effect", true],
    ["效益指标", "满意度指标", "满意度指标", "satisfaction", true],
    ["满意度指标", "满意度指标", "满意度指标", "satisfaction", false],
    ["项目管理", "数量指标", "项目管理", "output", true],
    ["", "", "", "unknown", false],
    ["产出指标(50分)", "", "产出指标(50分)", "output", false],
  ])("一级 %j + 二级 %j → %j %s inferred=%s", (l1, l2, label, kind, inferred) =>
    expect(resolveLevel1(l1, l2)).toEqual({ level1: label, level1Kind: kind, level1Inferred: inferred }),
  );
});

describe("inlineWeightOf", () => {
  it.each([
    ["产出指标(50分)", 50],
    ["产出指标（50分）", 50],
    ["效益指标 (30 分)", 30],
    ["满意度指标10分", 10],
    ["产出指标", null],
    ["产出指标(0分)", null],
  ])("%j → %s", (text, weight) => expect(inlineWeightOf(text)).toBe(weight));
});

describe("LevelCarry", () => {
  it("carries 一级/二级 down blank cells and forgets 二级 when 一级 changes", () => {
    const carry = new LevelCarry();
    const rows: [string, string][] = [
      ["产出指标", "数量指标"],
      ["", ""],
      ["", "质量指标"],
      ["效益指标", ""],
      ["", "社会效益指标"],
    ];
    const read = ([a, b]: [string, string]) => {
      carry.next(a, b);
      return { level1: carry.level1, level2: carry.level2 };
    };
    expect(rows.map(read)).toEqual([
      { level1: "产出指标", level2: "数量指标" },
      { level1: "产出指标", level2: "数量指标" },
      { level1: "产出指标", level2: "质量指标" },
      { level1: "效益指标", level2: "" },
      { level1: "效益指标", level2: "社会效益指标" },
    ]);
  });
});
