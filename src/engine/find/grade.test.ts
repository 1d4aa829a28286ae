import { FindingList } from "./findingList";
import { checkGrade, gradeFor } from "./grade";

describe("gradeFor (RULES.md §4: 优 90–100, 良 80–90, 中 60–80, 差 below 60, lower bounds included)", () => {
  it.each<[number, number | null, string]>([
    [100, 100, "优"],
    [90, 100, "优"],
    [89.99, 100, "良"],
    [80, 100, "良"],
    [79.99, 100, "中"],
    [60, 100, "中"],
    [59.99, 100, "差"],
    [0, 100, "差"],
    [45, 50, "优"], // a 总分 out of 50
    [91, null, "优"],
  ])("%p of %p → %s", (total, outOf, grade) => expect(gradeFor(total, outOf)).toBe(grade));
});

describe("checkGrade", () => {
  const cell = { row: 20, col: 7, value: "优", formula: null, numberFormat: null };
  const run = (grade: string, written: number | null, computed: number | null, totalWrong: boolean) => {
    const out = new FindingList("表", 0, "zh");
    checkGrade({ grade, cell: { ...cell, value: grade }, written, computed, totalWrong, outOf: 100 }, out);
    return out.items.map((f) => [f.code, f.severity, f.cell, f.messages.zh]);
  };
  it.each<[string, string, number | null, number | null, boolean, (string | null)[] | null]>([
    ["a matching grade", "优", 92, 92, false, null],
    ["claims more than the total gives", "优", 85, 85, false, ["error", "等级“优”与总分 85 不符：85 分应为“良”"]],
    ["claims less", "中", 85, 85, false, ["warning", "等级“中”与总分 85 不符：85 分应为“良”"]],
    [
      "the total is wrong: the computed total's grade is said (the grade is right by it: a warning)",
      "良",
      95,
      85,
      true,
      ["warning", "等级“良”与总分 95 不符：95 分应为“优”；按计算总分 85 应为“良”"],
    ],
    [
      "matches a wrong total, the computed one gives another",
      "优",
      95,
      85,
      true,
      ["error", "等级“优”与所写总分 95 相符，但总分与计算不符：按计算总分 85 应为“良”"],
    ],
    ["matches a wrong total, the computed one gives the same", "优", 95, 92, true, null],
    ["no written total: against the computed one", "良", null, 92, false, ["warning", "等级“良”与总分 92 不符：92 分应为“优”"]],
    ["no total at all", "良", null, null, false, null],
  ])("%s", (_label, grade, written, computed, wrong, want) => {
    const found = run(grade, written, computed, wrong);
    expect(found).toEqual(want ? [["grade-mismatch", want[0], "H21", want[1]]] : []);
  });
});
