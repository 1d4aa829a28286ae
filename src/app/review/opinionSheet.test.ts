import { opinionPages } from "./opinion";
import { OPINION_SHEET, OPINION_WIDTHS, opinionSheet } from "./opinionSheet";
import { REVIEW_FACTS, reviewReport } from "./testing/reviewReport";

const pages = opinionPages(reviewReport(), { file: "昌吉州.xlsx", lang: "zh", date: new Date(2025, 2, 4), facts: REVIEW_FACTS });

describe("opinionSheet", () => {
  const sheet = opinionSheet(pages, "没有");
  const rowOf = (text: string, from = 0) => sheet.values.findIndex((r, i) => i >= from && r.includes(text));

  it("is one rectangle, four columns wide, with a height for every row", () => {
    expect(sheet.name).toBe(OPINION_SHEET);
    expect(sheet.values.every((r) => r.length === OPINION_WIDTHS.length)).toBe(true);
    expect(sheet.heights).toHaveLength(sheet.values.length);
    expect(sheet.widths).toEqual(OPINION_WIDTHS);
  });

  it("starts each form on a new page: a break just before each title but the first", () => {
    const titles = sheet.values.flatMap((r, i) => (r[0] === "项目支出绩效自评审核意见" ? [i] : []));
    expect(titles).toHaveLength(2);
    expect(sheet.breaks).toEqual([titles[1] - 1]);
  });

  it("puts each field's value across the three right columns, and the findings in a table", () => {
    const project = rowOf("项目名称");
    expect(sheet.values[project]).toEqual(["项目名称", "回购统建房住宅经费", "", ""]);
    expect(sheet.merges).toContainEqual({ top: project, left: 1, bottom: project, right: 3 });
    const head = rowOf("序号");
    expect(sheet.values[head]).toEqual(["序号", "位置", "问题", "说明"]);
    expect(sheet.values[head + 1]).toEqual([
      "1",
      "H20",
      "错误 · 得分与计算不符",
      "“购置周转住房套数”：填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75",
    ]);
    expect(sheet.blocks).toContainEqual({ range: { top: head + 1, left: 0, bottom: head + 1, right: 3 }, role: "cell" });
  });

  it("leaves a box for the notes and prints the decision and the date", () => {
    const notes = rowOf("审核意见");
    expect(sheet.blocks).toContainEqual({ range: { top: notes + 1, left: 0, bottom: notes + 1, right: 3 }, role: "notes" });
    expect(sheet.heights[notes + 1]).toBeGreaterThanOrEqual(5 * 16);
    expect(sheet.values.flat()).toEqual(
      expect.arrayContaining(["审核结论：□ 通过　□ 退回修改　□ 待定", expect.stringMatching(/审核日期：2025年3月4日/)]),
    );
  });

  it("gives a long finding the height of its wrapped lines", () => {
    const long = { ...pages[0], findings: [{ ...pages[0].findings[0], text: "偏差".repeat(60) }] };
    const s = opinionSheet([long], "");
    const r = s.values.findIndex((row) => row[3] === "偏差".repeat(60));
    expect(s.heights[r]).toBe(Math.ceil(240 / (OPINION_WIDTHS[3] - 1)) * 16 + 4);
  });

  it("says so when there is no form", () => {
    expect(opinionSheet([], "没有找到可出具审核意见的自评表。").values).toEqual([["没有找到可出具审核意见的自评表。", "", "", ""]]);
  });
});
