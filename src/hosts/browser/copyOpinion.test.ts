import type { SheetGrid, WorkbookGrid } from "../../engine";
import { DEFAULT_SETTINGS } from "../../app/host";
import { EMPTY_REVIEWS, type Reviews } from "../../app/review/decision";
import { OPINION_SHEET } from "../../app/review/opinionSheet";
import { seedSheet } from "../../sample/seedFile";
import { copyOpinion } from "./copyOpinion";
import type { WrittenSheet } from "./protocol";

const passed: Reviews = { findings: [], forms: [{ form: "x", decision: "pass", note: "", at: "2026-01-01T00:00:00.000Z" }] };
const sheetWith = (a1: string): SheetGrid => ({ name: OPINION_SHEET, originRow: 0, originCol: 0, values: [[a1]] });
const exported: WrittenSheet = { requested: OPINION_SHEET, name: OPINION_SHEET, replace: false, content: { values: [["x"]] } };

describe("copyOpinion", () => {
  it.each<[string, Reviews, SheetGrid[], WrittenSheet[], { name: string; replace: boolean } | null]>([
    ["no decision: no sheet", EMPTY_REVIEWS, [], [], null],
    ["decisions: a new 审核意见", passed, [], [], { name: OPINION_SHEET, replace: false }],
    ["exported in the session already: none more", passed, [], [exported], null],
    ["replaces a 审核意见 of ours", passed, [sheetWith("项目支出绩效自评审核意见")], [], { name: OPINION_SHEET, replace: true }],
    [
      "keeps the user's 审核意见, takes the next name",
      passed,
      [sheetWith("我的意见")],
      [],
      { name: `${OPINION_SHEET} (2)`, replace: false },
    ],
  ])("%s", (_, reviews, extra, written, expected) => {
    const grid: WorkbookGrid = { sheets: [seedSheet(), ...extra] };
    const sheet = copyOpinion(grid, "a.xlsx", DEFAULT_SETTINGS, reviews, written);
    expect(sheet && { name: sheet.name, replace: sheet.replace }).toEqual(expected);
    if (sheet) {
      const text = sheet.content.values.flat().join("\n");
      expect(text).toContain("项目支出绩效自评审核意见");
      expect(text).toContain("a.xlsx");
    }
  });
});
