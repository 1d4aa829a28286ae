import { projectOfSeedForm, splitSeedForms } from "./seedForms";

describe("splitSeedForms", () => {
  it("starts a form at every title row and finds its project", () => {
    const rows = [["前言"], ["项目支出绩效自评表"], ["项目名称", " 甲 "], ["总分"], ["部门项目支出绩效自评表"], ["项 目 名 称", "乙"]];
    const forms = splitSeedForms(rows);
    expect(forms.map((f) => f.length)).toEqual([3, 2]);
    expect(forms.map(projectOfSeedForm)).toEqual(["甲", "乙"]);
  });
});
