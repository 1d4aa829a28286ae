import { checkWorkbook, planEdits, DEFAULT_PLAN_OPTIONS, a1, type Edit } from "../../src/engine";
import { PESSIMISTIC, READINGS, getCell } from "../../src/hosts/excel/testing/fakeExcel";
import { SETTINGS, excelWith, hostErrorOf, markedCells, reopen } from "./harness";
import { seedWorkbook } from "./workbooks";

/** What the host tests cannot leave to the scenario suite: the readings that contradict its driver, and API changes. */

const blank = () => seedWorkbook(1, 1, { blankScores: true });
const firstFill = () =>
  planEdits(checkWorkbook({ sheets: blank() }).report, { ...DEFAULT_PLAN_OPTIONS, fill: true, mark: [], notes: false }).edits[0];
const firstMark = () =>
  planEdits(checkWorkbook({ sheets: seedWorkbook(1, 1) }).report, DEFAULT_PLAN_OPTIONS).edits.find(
    (e): e is Extract<Edit, { kind: "mark" }> => e.kind === "mark",
  )!;

describe("Ctrl+Z between two clicks", () => {
  it.each(READINGS)("after 填充得分 (%s): 撤销填充 keeps what the user typed since and takes back nothing else", async (_, semantics) => {
    const { fake, host } = excelWith(blank(), "1.20", semantics);
    const before = fake.snapshot();
    const fill = firstFill();
    await host.fill(SETTINGS, false);
    expect(fake.userUndo()).toBe(true);
    expect(fake.snapshot()).toEqual(before);
    fake.userSetValue(fill.at.sheet, fill.at.row, fill.at.col, 7);
    const typed = fake.snapshot();

    const outcome = await host.undoFill();
    expect(fake.snapshot()).toEqual(typed);
    // The record survived Ctrl+Z under one reading: then the retyped cell is listed; under the other there is nothing of ours.
    const listed = semantics.undoRevertsParts === "no" ? [`${fill.at.sheet}!${a1(fill.at.row, fill.at.col)}`] : [];
    expect(outcome.leftAlone.map((x) => `${x.sheet}!${x.cell}`)).toEqual(listed);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it.each(READINGS)("after 校验 (%s): 清除标记 finds nothing of ours left and changes nothing", async (_, semantics) => {
    const { fake, host } = excelWith(seedWorkbook(2, 1), "1.20", semantics);
    const before = fake.snapshot();
    await host.check(SETTINGS);
    fake.userUndo();
    expect(fake.snapshot()).toEqual(before);
    expect((await host.clearMarks()).leftAlone).toEqual([]);
    expect(fake.snapshot()).toEqual(before);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it("on ExcelApi 1.18 (no undo group) Ctrl+Z reverts only the last batch, the notes: the rules and the record stay", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 1), "1.18");
    const before = fake.snapshot();
    await host.check(SETTINGS);
    const marked = markedCells(fake).size;
    fake.userUndo();
    expect(fake.book.annotations.filter((a) => a.alive)).toEqual([]);
    expect(markedCells(fake).size).toBe(marked);
    expect(fake.book.parts.filter((p) => p.alive)).toHaveLength(1);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
    expect(fake.book.parts.filter((p) => p.alive)).toEqual([]);
  });
});

describe("notes the API cannot see", () => {
  it.each([["throws"], ["succeeds"]] as const)(
    "on ExcelApi 1.14 (a comment over a note %s): the user's note on a cell to be marked is kept, " +
      "nothing is added beside it, and the report arrives",
    async (answer) => {
      const mark = firstMark();
      const { fake, host } = excelWith(seedWorkbook(1, 1), "1.14", { ...PESSIMISTIC, commentOverNote: answer });
      fake.userSetNote(mark.at.sheet, mark.at.row, mark.at.col, "用户自己的注释");
      const report = await host.check(SETTINGS);
      expect(report.tables).toHaveLength(1);
      expect(markedCells(fake).get(`${mark.at.sheet}|${mark.at.row}|${mark.at.col}`)).toBe(mark.severity);
      expect(fake.book.annotations.filter((a) => a.alive).map((a) => a.content)).toEqual(["用户自己的注释"]);
      expect(report.notices.some((n) => n.messages.zh.includes("未添加批注"))).toBe(true);
    },
  );

  it.each(READINGS)(
    "checked on ExcelApi 1.20, cleared on 1.14 (Office 2021), finished on 1.20 (%s): the notes 1.14 cannot see stay owed, then go",
    async (_, semantics) => {
      const { fake, host } = excelWith(seedWorkbook(2, 1), "1.20", semantics);
      const before = fake.snapshot();
      await host.check(SETTINGS);
      const notes = fake.book.annotations.filter((a) => a.alive).length;
      expect(notes).toBeGreaterThan(0);

      const old = reopen(fake, { api: "1.14", otherMachine: true });
      expect((await old.host.clearMarks()).leftAlone).toEqual([]);
      expect(markedCells(old.fake).size).toBe(0);
      expect(old.fake.book.annotations.filter((a) => a.alive)).toHaveLength(notes);

      const back = reopen(old.fake, { api: "1.20", otherMachine: true });
      expect(await back.host.clearMarks()).toEqual({ restored: notes, leftAlone: [] });
      expect(back.fake.snapshot()).toEqual(before);
      expect(back.fake.book.parts.filter((p) => p.alive)).toEqual([]);
    },
  );
});

describe("notes are not needed for a check", () => {
  it("when a note cannot be added (someone added one meanwhile), the check still marks every cell and says so", async () => {
    const grids = seedWorkbook(2, 1);
    const mark = firstMark();
    const { fake, host } = excelWith(grids, "1.20");
    // Between the read and the notes' sync, a co-author writes a note on a cell we are about to annotate.
    fake.beforeSync = (n) => (n === 6 ? fake.userSetNote(mark.at.sheet, mark.at.row, mark.at.col, "同事的注释") : undefined);
    const report = await host.check(SETTINGS);
    fake.beforeSync = null;
    expect(report.tables).toHaveLength(2);
    expect(report.notices.filter((n) => n.messages.zh.includes("部分批注未能添加"))).toHaveLength(1);
    expect(markedCells(fake).get(`${mark.at.sheet}|${mark.at.row}|${mark.at.col}`)).toBe(mark.severity);
    expect(fake.book.annotations.filter((a) => a.alive && a.row === mark.at.row && a.col === mark.at.col).map((a) => a.content)).toEqual([
      "同事的注释",
    ]);
    // 清除标记 takes back what landed and leaves the colleague's note.
    expect((await host.clearMarks()).leftAlone).toEqual([]);
    expect(fake.book.annotations.filter((a) => a.alive).map((a) => a.content)).toEqual(["同事的注释"]);
    expect(markedCells(fake).size).toBe(0);
  });
});

describe("hidden sheets and the calculation mode", () => {
  it("marks a hidden sheet and says it is hidden; leaves a very hidden sheet unread and says so; shows neither", async () => {
    const grids = seedWorkbook(3, 3);
    const { fake, host } = excelWith(grids, "1.20");
    fake.userSetVisibility("表2", "Hidden");
    fake.userSetVisibility("表3", "VeryHidden");
    const report = await host.check(SETTINGS);
    expect([...new Set(report.tables.map((t) => t.sheet))].sort()).toEqual(["表1", "表2"]);
    expect([...markedCells(fake).keys()].some((k) => k.startsWith("表2|"))).toBe(true);
    expect([...markedCells(fake).keys()].some((k) => k.startsWith("表3|"))).toBe(false);
    const says = (text: string) => report.notices.some((n) => n.messages.zh.includes(text));
    expect([says("隐藏的工作表也已校验并标记：表2"), says("深度隐藏的工作表未校验：表3")]).toEqual([true, true]);
    expect(fake.book.sheets.map((x) => x.visibility)).toEqual(["Visible", "Hidden", "VeryHidden"]);
    // 清除标记 still finds our rules on every sheet, hidden or not.
    fake.userSetVisibility("表3", "Visible");
    await host.check(SETTINGS);
    fake.userSetVisibility("表3", "VeryHidden");
    await host.clearMarks();
    expect(markedCells(fake).size).toBe(0);
  });

  it.each([
    ["Manual", true],
    ["Automatic", false],
    ["AutomaticExceptTables", false],
  ] as const)("says when Excel's calculation mode is %s that the values may be stale", async (mode, says) => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    fake.userSetCalculation(mode);
    const report = await host.check(SETTINGS);
    expect(report.notices.some((n) => n.messages.zh.includes("手动") && n.messages.en.includes("F9"))).toBe(says);
  });
});

describe("a record the workbook does not keep whole", () => {
  const alter = (xml: string) =>
    xml.replace(/([A-Za-z0-9+/=])(\s*<\/changeRecord>)$/, (_, c: string, end: string) => `${c === "A" ? "B" : "A"}${end}`);

  it("stops 填充得分 before any cell changes, and leaves the earlier record as it was", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 1, { blankScores: true }));
    const fill = firstFill();
    fake.userSetValue(fill.at.sheet, fill.at.row, fill.at.col, null);
    await host.fill(SETTINGS, false, [fill.at]);
    const parts = fake.book.parts.filter((p) => p.alive).map((p) => p.xml);
    const before = fake.snapshot();
    // A host that alters long text only: the earlier, shorter record can still be put back.
    fake.storePart = (xml) => (xml.length > parts[0].length ? alter(xml) : xml);
    const error = await hostErrorOf(host.fill(SETTINGS, false));
    expect(error.messages.zh).toContain("没有修改单元格");
    expect(fake.snapshot()).toEqual(before);
    expect(fake.book.parts.filter((p) => p.alive).map((p) => p.xml)).toEqual(parts);
    fake.storePart = null;
    expect((await host.undoFill()).restored).toBe(1);
    expect(getCell(fake.sheet(fill.at.sheet), fill.at.row, fill.at.col).value).toBeNull();
  });

  it("stops 校验 before any mark is drawn", async () => {
    const { fake, host } = excelWith(seedWorkbook(2, 1));
    const before = fake.snapshot();
    fake.storePart = alter;
    await hostErrorOf(host.check(SETTINGS));
    expect(fake.snapshot()).toEqual(before);
    expect(fake.book.parts.filter((p) => p.alive)).toEqual([]);
  });
});
