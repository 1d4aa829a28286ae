import { gradeOfTotal, gradeText } from "./grade";

describe("gradeOfTotal", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.5, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
  ])("%p → %p", (total, grade) => expect(gradeOfTotal(total)).toBe(grade));
});

describe("gradeText", () => {
  it.each([
    ["优", "zh", "优"],
    ["良", "en", "good"],
    ["差", "en", "poor"],
    ["合格", "en", "合格"],
    [null, "zh", ""],
  ] as const)("%p in %s → %p", (grade, lang, text) => expect(gradeText(grade, lang)).toBe(text));
});
