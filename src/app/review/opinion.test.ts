import { opinionPages } from "./opinion";
import { EMPTY_REVIEWS, withFindingReview, withFormReview, type Reviews } from "./decision";
import type { Report } from "../../engine";
import { REVIEW_FACTS, reviewReport } from "./testing/reviewReport";

const DATE = new Date(2025, 2, 4);

describe("opinionPages", () => {
  const [first, second] = opinionPages(reviewReport(), { file: "昌吉州.xlsx", lang: "zh", date: DATE, facts: REVIEW_FACTS });

  it("names the form, its unit and file, and compares the totals and grades", () => {
    expect(first.title).toBe("项目支出绩效自评审核意见");
    expect(Object.fromEntries(first.fields.map((f) => [f.label, f.value]))).toEqual({
      项目名称: "回购统建房住宅经费",
      主管部门: "昌吉州机关事务管理局",
      实施单位: "昌吉州住房保障中心",
      文件: "昌吉州.xlsx",
      工作表: "表1（A1:I30）",
      填报总分: "95，表中等级：优",
      计算总分: "88.75（良）",
      复核结果: "填报总分比按规则计算的总分高 6.25 分；等级应为“良”，表中为“优”；错误 1 条，警告 1 条，提示 1 条",
    });
  });

  it("lists each open finding, errors first, with the indicator and the arithmetic it lacks", () => {
    expect(first.findingsHeading).toBe("需要更正或说明的问题（共 3 条：错误 1 条，警告 1 条，提示 1 条）");
    expect(first.findings).toEqual([
      {
        no: 1,
        severity: "error",
        place: "H20",
        kind: "错误 · 得分与计算不符",
        text: "“购置周转住房套数”：填报得分 5 高于计算得分 3.75：9 / 12 × 5 = 3.75",
      },
      {
        no: 2,
        severity: "warning",
        place: "I20",
        kind: "警告 · 扣分未说明原因",
        text: "“购置周转住房套数”：扣分但未说明原因（计算：9 / 12 × 5 = 3.75）",
      },
      { no: 3, severity: "info", place: "H21", kind: "提示 · 得分为空（可填充）", text: "得分为空，可填 10" },
    ]);
    expect(first.noFindings).toBeNull();
  });

  it("says so when a form has nothing open, and leaves the unit blank where the form has none", () => {
    expect(second.findings).toEqual([]);
    expect(second.noFindings).toBe("未发现需要更正或说明的问题。");
    expect(second.fields.find((f) => f.label === "实施单位")?.value).toBe("（未填写）");
    expect(second.fields.find((f) => f.label === "复核结果")?.value).toBe(
      "填报总分与按规则计算的总分一致；错误 0 条，警告 0 条，提示 0 条",
    );
  });

  it.each([
    [null, "", "审核结论：□ 通过　□ 退回修改　□ 待定", ""],
    ["revise" as const, "请补充偏差原因", "审核结论：□ 通过　☑ 退回修改　□ 待定", "请补充偏差原因"],
    ["pass" as const, "", "审核结论：☑ 通过　□ 退回修改　□ 待定", ""],
  ])("prints the decision %p as boxes, and the notes", (decision, note, line, notes) => {
    const reviews = withFormReview(EMPTY_REVIEWS, reviewReport(), 0, decision, note);
    const [page] = opinionPages(reviewReport(), { file: "x", lang: "zh", date: DATE, reviews });
    expect(page.decisionLine).toBe(line);
    expect(page.notes).toBe(notes);
    expect(page.signatureLine).toMatch(/审核日期：2025年3月4日$/);
  });

  it("gives the grade of the reported total when the form writes none", () => {
    const [page] = opinionPages(reviewReport(), { file: "x", lang: "zh", date: DATE });
    expect(page.fields.find((f) => f.label === "复核结果")?.value).toMatch(/等级应为“良”，表中为“优”/);
    expect(page.fields.find((f) => f.label === "填报总分")?.value).toBe("95");
  });

  it("speaks English", () => {
    const [page] = opinionPages(reviewReport(), { file: "x", lang: "en", date: DATE, facts: REVIEW_FACTS });
    expect(page.fields.map((f) => f.label)).toEqual([
      "Project",
      "Department",
      "Implementer",
      "File",
      "Sheet",
      "Reported total",
      "Computed total",
      "Outcome",
    ]);
    expect(page.fields[6].value).toBe("88.75 (good)");
    expect(page.findings[1]).toMatchObject({
      kind: "Warning · Deduction without a reason",
      text: '"购置周转住房套数": a deduction without a reason (computed: 9 / 12 × 5 = 3.75)',
    });
    expect(page.signatureLine).toMatch(/Date: 2025-03-04$/);
    expect(page.decisionLine).toBe("Decision: □ Passed   □ Returned for correction   □ Pending");
  });
});

describe("opinionPages with decisions on findings", () => {
  const DATE = new Date(2025, 2, 4);
  const report = reviewReport();
  const [mismatch, reason, empty] = report.issues;
  /** The same report, checked again after the unit changed the reported score of the mismatch. */
  const retyped = (): Report => {
    const r = reviewReport();
    r.issues[0] = { ...r.issues[0], messages: { zh: "填报得分 4.5 高于计算得分 3.75：9 / 12 × 5 = 3.75", en: "reported 4.5" } };
    return r;
  };
  const decidedTwo = withFindingReview(withFindingReview(EMPTY_REVIEWS, report, reason, "accept"), report, empty, "ignore");
  const ignoredMismatch = withFindingReview(EMPTY_REVIEWS, report, mismatch, "ignore", "已说明");
  const cases: [string, Reviews, () => Report, string[], string | null][] = [
    ["none", EMPTY_REVIEWS, reviewReport, ["H20", "I20", "H21"], null],
    ["one accepted, one ignored", decidedTwo, reviewReport, ["H20"], "另有 2 条问题经审核不再要求更正（接受 1 条，忽略 1 条）。"],
    ["one ignored, its values changed since", ignoredMismatch, retyped, ["H20", "I20", "H21"], null],
  ];
  it.each(cases)("%s: lists the open findings, counts the decided ones", (_, reviews, later, places, decided) => {
    const [page] = opinionPages(later(), { file: "x", lang: "zh", date: DATE, reviews });
    expect(page.findings.map((f) => f.place)).toEqual(places);
    expect(page.decided).toBe(decided);
    expect(page.findingsHeading.startsWith(`需要更正或说明的问题（共 ${places.length} 条`)).toBe(true);
  });

  it("flags a decision taken on other values as 情况已变化, with its note", () => {
    const reviews = withFindingReview(EMPTY_REVIEWS, report, mismatch, "ignore", "已说明");
    const [page] = opinionPages(retyped(), { file: "x", lang: "zh", date: DATE, reviews });
    expect(page.findings[0].text).toMatch(/【情况已变化：原审核为“忽略”，已说明，数值已不同，请重新审核】$/);
    expect(page.findings.slice(1).some((f) => f.text.includes("情况已变化"))).toBe(false);
  });
});
