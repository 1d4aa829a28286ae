import { csvField, UTF8_BOM } from "./csv";
import { EMPTY_REVIEWS, withFindingReview, withFormReview } from "./decision";
import { formSummaries, summaryCsv, summaryTable, unreadableSummary } from "./summary";
import { REVIEW_FACTS, reviewReport } from "./testing/reviewReport";

describe("formSummaries", () => {
  it("gives one row per form with unit, totals, grades and counts", () => {
    const rows = formSummaries(reviewReport(), { file: "a/昌吉州.xlsx", facts: REVIEW_FACTS });
    expect(rows).toEqual([
      expect.objectContaining({
        file: "a/昌吉州.xlsx",
        sheet: "表1",
        project: "回购统建房住宅经费",
        department: "昌吉州机关事务管理局",
        implementer: "昌吉州住房保障中心",
        reportedTotal: 95,
        computedTotal: 88.75,
        reportedGrade: "优",
        computedGrade: "良",
        errors: 1,
        warnings: 1,
        infos: 1,
        decision: null,
      }),
      expect.objectContaining({ sheet: "表2", implementer: "", reportedGrade: null, computedGrade: "差", errors: 0, note: null }),
    ]);
    expect(rows[0].note?.zh).toBe("工作表“表1”：只读取了前 100 行");
  });

  it.each([
    ["no facts", undefined, ""],
    ["facts for the first form only", [REVIEW_FACTS[0]], ""],
  ])("leaves the unit empty with %s", (_name, facts, unit) => {
    expect(formSummaries(reviewReport(), { file: "x", facts })[1].department).toBe(unit);
  });

  it.each([
    [
      "no decision",
      EMPTY_REVIEWS,
      [null, null],
      [
        [3, 0, 0],
        [0, 0, 0],
      ],
    ],
    [
      "the second form returned",
      withFormReview(EMPTY_REVIEWS, reviewReport(), 1, "revise"),
      [null, "revise"],
      [
        [3, 0, 0],
        [0, 0, 0],
      ],
    ],
    [
      "two findings decided, the first form passed",
      withFormReview(
        withFindingReview(
          withFindingReview(EMPTY_REVIEWS, reviewReport(), reviewReport().issues[1], "accept"),
          reviewReport(),
          reviewReport().issues[2],
          "ignore",
        ),
        reviewReport(),
        0,
        "pass",
      ),
      ["pass", null],
      [
        [1, 1, 1],
        [0, 0, 0],
      ],
    ],
  ])("%s: the decision and the open / accepted / ignored counts", (_, reviews, decisions, counts) => {
    const rows = formSummaries(reviewReport(), { file: "x", reviews });
    expect(rows.map((r) => r.decision)).toEqual(decisions);
    expect(rows.map((r) => [r.open, r.accepted, r.ignored])).toEqual(counts);
  });

  it("gives a file without forms one row that says so, with its sheet notices", () => {
    const report = { ...reviewReport(), tables: [], issues: [] };
    const [row] = formSummaries(report, { file: "空.xlsx" });
    expect(row).toMatchObject({ file: "空.xlsx", sheet: "", errors: null, computedTotal: null });
    expect(row.note).toEqual({
      zh: "未找到自评表；工作表“表1”：只读取了前 100 行",
      en: 'no self-evaluation form found; sheet "表1": only the first 100 rows read',
    });
  });
});

describe("summaryTable and summaryCsv", () => {
  const rows = [
    ...formSummaries(reviewReport(), { file: "昌吉州.xlsx", facts: REVIEW_FACTS }),
    unreadableSummary("坏.xlsx", { zh: "文件已损坏", en: "the file is damaged" }),
  ];

  it.each([
    [
      "zh",
      [
        "文件",
        "工作表",
        "区域",
        "项目名称",
        "主管部门",
        "实施单位",
        "填报总分",
        "计算总分",
        "填报等级",
        "计算等级",
        "错误",
        "警告",
        "提示",
        "待处理问题",
        "已接受",
        "已忽略",
        "审核结论",
        "说明",
      ],
    ],
    [
      "en",
      [
        "File",
        "Sheet",
        "Range",
        "Project",
        "Department",
        "Implementing unit",
        "Reported total",
        "Computed total",
        "Reported grade",
        "Computed grade",
        "Errors",
        "Warnings",
        "Info",
        "Open findings",
        "Accepted",
        "Ignored",
        "Decision",
        "Note",
      ],
    ],
  ] as const)("names the columns in %s", (lang, header) => expect(summaryTable(rows, lang).header).toEqual(header));

  it("keeps numbers as numbers and says why a file has no row of its own", () => {
    const t = summaryTable(rows, "zh");
    expect(t.body[0]).toEqual([
      "昌吉州.xlsx",
      "表1",
      "A1:I30",
      "回购统建房住宅经费",
      "昌吉州机关事务管理局",
      "昌吉州住房保障中心",
      95,
      88.75,
      "优",
      "良",
      1,
      1,
      1,
      3,
      0,
      0,
      "",
      "工作表“表1”：只读取了前 100 行",
    ]);
    expect(t.body[2]).toEqual([
      "坏.xlsx",
      "",
      "",
      "",
      "",
      "",
      null,
      null,
      "",
      "",
      null,
      null,
      null,
      null,
      null,
      null,
      "",
      "无法读取：文件已损坏",
    ]);
    expect(t.numeric.filter(Boolean)).toHaveLength(8);
  });

  it("writes CSV with a BOM, CRLF, numbers bare and a formula-like project neutralised", () => {
    const csv = summaryCsv(rows, "zh");
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      "文件,工作表,区域,项目名称,主管部门,实施单位,填报总分,计算总分,填报等级,计算等级,错误,警告,提示,待处理问题,已接受,已忽略,审核结论,说明",
    );
    expect(lines[1]).toContain(",95,88.75,优,良,1,1,1,3,0,0,,");
    expect(lines[2]).toContain(csvField('=HYPERLINK("x")公务用车'));
    expect(lines[2].split(",")[3]).toBe('"\'=HYPERLINK(""x"")公务用车"');
    expect(lines[3]).toBe("坏.xlsx,,,,,,,,,,,,,,,,,无法读取：文件已损坏");
    expect(lines[4]).toBe("");
  });

  it("makes each column as wide as its widest text, Chinese counting double, within bounds", () => {
    const t = summaryTable(rows, "zh");
    expect(t.widths[3]).toBe('=HYPERLINK("x")'.length + 2 * "公务用车".length + 2);
    expect(t.widths[4]).toBe(2 * "昌吉州机关事务管理局".length + 2);
    expect(t.widths[6]).toBe(10);
    const long = summaryTable([unreadableSummary("x", { zh: "长".repeat(100), en: "" })], "zh");
    expect(long.widths[17]).toBe(60);
  });

  it("speaks English grades in English", () => {
    expect(summaryTable(rows, "en").body[0].slice(8, 10)).toEqual(["excellent", "good"]);
  });
});
