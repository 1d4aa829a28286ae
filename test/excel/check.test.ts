import { checkWorkbook, planEdits, DEFAULT_PLAN_OPTIONS, a1, type Edit } from "../../src/engine";
import { MARK_COLORS, NOTE_PREFIX } from "../../src/engine/plan/colors";
import { markFormula } from "../../src/app/ownership/marks";
import { getCell, READINGS, setCell } from "../../src/hosts/excel/testing/fakeExcel";
import { RECORD_NAMESPACE, recordXml } from "../../src/hosts/common/recordXml";
import { rectangles } from "../../src/hosts/excel/markAreas";
import { PESSIMISTIC } from "../../src/hosts/excel/testing/fakeExcel";
import { ALL_SEVERITIES, API_VERSIONS, AREAS_KEPT, SETTINGS, excelWith, markedCells, reopen, syncsOf } from "./harness";
import { seedWorkbook } from "./workbooks";

/** Notes only where Excel can read them (1.18): below it a cell may hold a note the add-in cannot see. */
const annotationKindFor = (api: string) => (Number(api.split(".")[1]) >= 18 ? "note" : null);
type Mark = Extract<Edit, { kind: "mark" }>;
const marksOf = (edits: Edit[]) => edits.filter((e): e is Mark => e.kind === "mark");
const cellOf = (e: Edit) => `${e.at.sheet}|${e.at.row}|${e.at.col}`;

describe("校验 marks the workbook", () => {
  it.each(API_VERSIONS)(
    "on ExcelApi %s: a tagged rule over every planned cell, notes where it can, and 清除标记 takes it all back",
    async (api) => {
      const grids = seedWorkbook(6, 2);
      const { fake, host } = excelWith(grids, api);
      const before = fake.snapshot();
      const report = await host.check(ALL_SEVERITIES);
      expect(report.tables).toHaveLength(6);

      const plan = planEdits(checkWorkbook({ sheets: grids }).report, { ...DEFAULT_PLAN_OPTIONS, mark: ALL_SEVERITIES.mark });
      const marks = marksOf(plan.edits);
      expect(marks.length).toBeGreaterThan(0);
      expect(markedCells(fake)).toEqual(new Map(marks.map((m) => [cellOf(m), m.severity])));
      for (const s of fake.book.sheets)
        for (const cf of s.cfs.filter((c) => c.alive))
          expect([cf.type, cf.fill]).toEqual(["Custom", MARK_COLORS[/mark:(\w+)/.exec(cf.formula!)![1] as Mark["severity"]]]);
      expect(fake.snapshot().sheets.map((s) => s.cells)).toEqual(before.sheets.map((s) => s.cells));

      const kind = annotationKindFor(api);
      const annotations = fake.book.annotations.filter((a) => a.alive);
      expect(annotations).toHaveLength(kind ? marks.length : 0);
      expect(annotations.every((a) => a.kind === kind && a.content.startsWith(NOTE_PREFIX))).toBe(true);
      expect(report.notices.some((n) => n.messages.zh.includes("未添加批注"))).toBe(kind === null);
      expect(fake.runs.every((r) => r.mergeUndoGroup === (api === "1.20"))).toBe(true);
      expect(await host.state()).toEqual({ marks: marks.length, fills: 0 });

      expect(await host.clearMarks()).toEqual({ restored: marks.length + annotations.length, leftAlone: [] });
      expect(fake.snapshot()).toEqual(before);
      expect(await host.state()).toEqual({ marks: 0, fills: 0 });
    },
  );

  it.each([
    ["known to keep every area", true, AREAS_KEPT, "few"],
    ["not probed, and they keep every area", null, AREAS_KEPT, "few"],
    ["not probed, and they keep only the first area", null, PESSIMISTIC, "fixed"],
    ["known to keep only the first area", false, PESSIMISTIC, "per-rectangle"],
  ] as const)("marks every planned cell when rules over several areas are %s", async (_, probed, semantics, rules) => {
    const grids = seedWorkbook(50, 20);
    const { fake, host } = excelWith(grids, "1.20", semantics, { semantics: () => ({ multiAreaConditionalFormats: probed }) });
    const syncs = await syncsOf(fake, () => host.check(SETTINGS));
    const marks = marksOf(planEdits(checkWorkbook({ sheets: grids }).report, DEFAULT_PLAN_OPTIONS).edits);
    expect(markedCells(fake)).toEqual(new Map(marks.map((m) => [cellOf(m), m.severity])));
    expect(syncs).toBe(rules === "fixed" ? 6 : 5);
    for (const s of fake.book.sheets) {
      const bySeverity = new Map<string, number>();
      for (const cf of s.cfs) bySeverity.set(cf.formula!, (bySeverity.get(cf.formula!) ?? 0) + 1);
      for (const [formula, n] of bySeverity) {
        const cells = marks.filter((m) => m.at.sheet === s.name && markFormula(m.severity) === formula).map((m) => m.at);
        if (rules === "few") expect(n).toBeLessThanOrEqual(Math.ceil(rectangles(cells).length / 20));
        else if (rules === "per-rectangle") expect(n).toBe(rectangles(cells).length);
        else expect(n).toBeLessThanOrEqual(rectangles(cells).length + Math.ceil(rectangles(cells).length / 20));
      }
    }
    await host.clearMarks();
    expect(markedCells(fake).size).toBe(0);
  });

  it.each(["1.14", "1.20"] as const)("on ExcelApi %s never touches the user's own fills, and leaves their own rules alone", async (api) => {
    const { fake, host } = excelWith(seedWorkbook(6, 1), api);
    const sheet = fake.sheet("表1");
    for (let row = 0; row < 200; row += 1)
      for (let col = 0; col < 9; col += 2) setCell(sheet, row, col, { fill: row % 3 ? "#00B050" : "#FFFF00" });
    fake.userAddRule("表1", "H1:H300", "=H1>5", "#FF0000");
    const before = fake.snapshot();
    await host.check(ALL_SEVERITIES);
    expect(fake.snapshot().sheets[0].cells).toEqual(before.sheets[0].cells);
    expect(fake.written.every((w) => w.what === "mark" || w.what === "note" || w.what === "comment")).toBe(true);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it("never writes over the user's own note, and leaves it when clearing", async () => {
    const grids = seedWorkbook(1, 1);
    const plan = planEdits(checkWorkbook({ sheets: grids }).report, DEFAULT_PLAN_OPTIONS);
    const target = plan.edits.find((e) => e.kind === "note")!.at;
    const { fake, host } = excelWith(grids, "1.20");
    fake.userSetNote(target.sheet, target.row, target.col, "审核人：请核实");
    const before = fake.snapshot();
    await host.check(SETTINGS);
    const at = fake.book.annotations.filter((a) => a.alive && a.row === target.row && a.col === target.col);
    expect(at.map((a) => a.content)).toEqual(["审核人：请核实"]);
    expect(markedCells(fake).has(`${target.sheet}|${target.row}|${target.col}`)).toBe(true);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it.each([
    ["notes off", { ...SETTINGS, notes: false }, 0],
    ["errors only", { ...SETTINGS, mark: ["error" as const] }, -1],
    ["nothing marked", { ...SETTINGS, mark: [] }, 0],
  ])("follows the settings: %s", async (_, settings, expectedNotes) => {
    const grids = seedWorkbook(6, 1);
    const { fake, host } = excelWith(grids, "1.20");
    await host.check(settings);
    const plan = planEdits(checkWorkbook({ sheets: grids }).report, {
      ...DEFAULT_PLAN_OPTIONS,
      mark: settings.mark,
      notes: settings.notes,
    });
    const marked = markedCells(fake);
    expect(marked.size).toBe(marksOf(plan.edits).length);
    if (settings.mark.length === 1) expect(new Set(marked.values())).toEqual(new Set(["error"]));
    expect(fake.book.annotations.filter((a) => a.alive).length).toBe(expectedNotes === -1 ? marked.size : expectedNotes);
  });

  it("writes nothing and needs no write sync on a workbook without forms", async () => {
    const { fake, host } = excelWith([
      {
        name: "清单",
        originRow: 0,
        originCol: 0,
        values: [
          ["名称", "金额"],
          ["纸", 12],
        ],
      },
    ]);
    const report = await host.check(SETTINGS);
    expect(report.tables).toEqual([]);
    expect(fake.written).toEqual([]);
    expect(fake.syncs).toBe(2);
  });
});

describe("校验 again", () => {
  it.each(API_VERSIONS)("on ExcelApi %s gives the same workbook, not doubled marks", async (api) => {
    const { fake, host } = excelWith(seedWorkbook(12, 3), api);
    const first = await host.check(SETTINGS);
    const once = fake.snapshot();
    const state = await host.state();
    const second = await host.check(SETTINGS);
    expect(second).toEqual(first);
    expect(fake.snapshot()).toEqual(once);
    expect(await host.state()).toEqual(state);
  });

  it("with other settings replaces the rules and the notes", async () => {
    const { fake, host } = excelWith(seedWorkbook(6, 1), "1.20");
    const before = fake.snapshot();
    await host.check(ALL_SEVERITIES);
    await host.check({ ...SETTINGS, mark: ["error"], notes: false });
    expect(new Set(markedCells(fake).values())).toEqual(new Set(["error"]));
    expect(fake.book.annotations.filter((a) => a.alive)).toEqual([]);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  it("after a fix no longer marks the fixed cell", async () => {
    const grids = seedWorkbook(1, 1);
    const { fake, host } = excelWith(grids, "1.20");
    const report = await host.check(SETTINGS);
    const issue = report.issues.find((f) => f.severity === "error" || f.severity === "warning")!;
    expect(markedCells(fake).has(`表1|${issue.row - 1}|${issue.col - 1}`)).toBe(true);
    setCell(fake.sheet("表1"), issue.row - 1, issue.col - 1, { value: "已修正" });
    const again = await host.check(SETTINGS);
    const stillFlagged = again.issues.some((f) => f.row === issue.row && f.col === issue.col && f.severity !== "info");
    expect(markedCells(fake).has(`表1|${issue.row - 1}|${issue.col - 1}`)).toBe(stillFlagged);
  });
});

describe("sync counts", () => {
  it.each([
    ["1.14", 4],
    ["1.17", 4],
    ["1.18", 5],
    ["1.20", 5],
  ] as const)(
    "on ExcelApi %s: %d for the whole 校验 (the notes in a sync of their own from 1.18), " +
      "for 1 form and for 50 forms on 20 sheets, the first time and again",
    async (api, n) => {
      const one = excelWith(seedWorkbook(1, 1), api, AREAS_KEPT);
      const many = excelWith(seedWorkbook(50, 20), api, AREAS_KEPT);
      const counts = [];
      for (let i = 0; i < 2; i++)
        counts.push(await syncsOf(one.fake, () => one.host.check(SETTINGS)), await syncsOf(many.fake, () => many.host.check(SETTINGS)));
      expect(counts).toEqual([n, n, n, n]);
    },
  );

  type Host = ReturnType<typeof excelWith>["host"];
  it.each([
    ["填充得分", false, (h: Host) => h.fill(SETTINGS, false), 5],
    ["the fill preview", false, (h: Host) => h.previewFill(SETTINGS), 2],
    ["清除标记", true, (h: Host) => h.clearMarks(), 3],
    ["撤销填充", true, (h: Host) => h.undoFill(), 3],
    ["state", true, (h: Host) => h.state(), 3],
  ])(
    "%s (after a check and a fill: %p) takes the same number of syncs whatever the size, at every API level",
    async (_, filled, call, n) => {
      for (const api of API_VERSIONS) {
        const counts = [];
        for (const [forms, sheets] of [
          [1, 1],
          [50, 20],
        ]) {
          const { fake, host } = excelWith(seedWorkbook(forms, sheets, { blankScores: true }), api, AREAS_KEPT);
          if (filled) {
            await host.check(SETTINGS);
            await host.fill(SETTINGS, false);
          }
          counts.push(await syncsOf(fake, () => call(host)));
        }
        expect([api, counts]).toEqual([api, [n, n]]);
      }
    },
  );
});

describe("the record lives in the workbook", () => {
  it.each(API_VERSIONS.flatMap((api) => READINGS.map(([reading, semantics]) => [api, reading, semantics] as const)))(
    "on ExcelApi %s (%s): marks and fills survive save and reopen, on this machine or another, and can still be taken back",
    async (api, _, semantics) => {
      const { fake, host } = excelWith(seedWorkbook(8, 3, { blankScores: true }), api, semantics);
      const before = fake.snapshot();
      await host.check(SETTINGS);
      const filled = await host.fill(SETTINGS, false);
      const state = await host.state();
      expect(filled).toBeGreaterThan(0);
      expect(fake.book.parts.filter((p) => p.alive)).toHaveLength(1);

      const again = reopen(fake, { otherMachine: true });
      expect(await again.host.state()).toEqual(state);
      expect((await again.host.undoFill()).leftAlone).toEqual([]);
      expect((await again.host.clearMarks()).leftAlone).toEqual([]);
      expect(again.fake.snapshot()).toEqual(before);
      expect(again.fake.book.parts.filter((p) => p.alive)).toEqual([]);
    },
  );

  it("refuses a damaged record, says so, and replaces it on the next check", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    fake.plantPart(recordXml("SELFEVAL-RECORD/2 00000000 4\nAAAA"));
    expect(await host.state()).toEqual({ marks: 0, fills: 0, recordProblem: expect.objectContaining({ zh: expect.any(String) }) });
    const report = await host.check(SETTINGS);
    expect(report.notices.some((n) => n.messages.zh.includes("记录无法使用"))).toBe(true);
    expect(fake.book.parts.filter((p) => p.alive)).toHaveLength(1);
    const state = await host.state();
    expect(state.marks).toBeGreaterThan(0);
    expect(state.recordProblem).toBeUndefined();
  });

  it("without its record, removes the marks but leaves the notes it cannot prove are its own, and lists them", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1));
    await host.check(SETTINGS);
    for (const p of fake.book.parts) p.alive = false;
    const notes = fake.book.annotations.filter((a) => a.alive);
    const outcome = await host.clearMarks();
    expect(markedCells(fake).size).toBe(0);
    expect(fake.book.annotations.filter((a) => a.alive)).toEqual(notes);
    expect(outcome.leftAlone.map((x) => [x.sheet, x.cell, x.what])).toEqual(notes.map((n) => [n.sheet.name, a1(n.row, n.col), "note"]));
  });

  it("reads two parts of our namespace as one record only when they say the same", async () => {
    const { fake, host } = excelWith(seedWorkbook(1, 1, { blankScores: true }));
    await host.fill(SETTINGS, false);
    const part = fake.book.parts.find((p) => p.alive)!;
    fake.plantPart(part.xml.replace(`xmlns="${RECORD_NAMESPACE}"`, `xmlns="${RECORD_NAMESPACE}" `));
    expect((await host.state()).recordProblem).toBeUndefined();
    fake.plantPart(recordXml("other"));
    expect((await host.state()).recordProblem).toBeDefined();
  });
});

describe("where the forms sit", () => {
  it("finds and marks forms that do not start at A1", async () => {
    const grids = seedWorkbook(2, 1, { originRow: 30, originCol: 4 });
    const { fake, host } = excelWith(grids);
    const report = await host.check(SETTINGS);
    expect(report.tables).toHaveLength(2);
    const marked = [...markedCells(fake).keys()].map((k) => k.split("|").map(Number));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every(([, row, col]) => row >= 30 && col >= 4)).toBe(true);
    expect(report.issues.every((f) => f.cell === a1(f.row - 1, f.col - 1))).toBe(true);
    expect(getCell(fake.sheet("表1"), 30, 4).fill).toBeNull();
  });
});
