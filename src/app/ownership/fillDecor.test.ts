import { FILL_NOTE_PREFIX, type Edit, type FillTarget, type Report, type TableReport } from "../../engine";
import { fillDecor, fillNoteText } from "./fillDecor";

const target = (kind: FillTarget["kind"], row: number, value: number): FillTarget => ({
  kind,
  sheet: "表",
  row,
  col: 7,
  value,
  current: null,
  formula: null,
});
const indicator = (row: number, scoreCell: string, zh: string) => ({ row, scoreCell, explanation: { zh, en: `en ${zh}` } });

const table = {
  sheet: "表",
  fund: { explanation: { zh: "执行率 9 / 10 = 90%；10 × 90% = 9", en: "execution rate 9 / 10 = 90%; 10 × 90% = 9" } },
  indicators: [indicator(14, "H14", "9 / 12 × 5 = 3.75"), indicator(16, "H16", "得满分 2"), indicator(17, "H16", "得满分 3")],
  fills: [target("rate", 6, 0.9), target("rate-score", 6, 9), target("score", 13, 3.75), target("score", 15, 5), target("total", 30, 95.5)],
} as unknown as TableReport;
const report = { tables: [table] } as unknown as Report;

describe("the note on a score 填充得分 wrote", () => {
  it.each([
    ["an indicator's score: its arithmetic", 13, "zh", "9 / 12 × 5 = 3.75"],
    ["a merged group's score: each row's reason, then the sum", 15, "zh", "得满分 2；得满分 3 → 5"],
    ["the execution rate: the fund's arithmetic", 6, "zh", "执行率 9 / 10 = 90%；10 × 90% = 9"],
    ["the total", 30, "zh", "总分 = 执行率得分 + 各项指标得分 = 95.5"],
    ["in English, after our prefix", 13, "en", "en 9 / 12 × 5 = 3.75"],
  ] as const)("%s", (_, row, lang, text) => {
    expect(fillNoteText(report, { sheet: "表", row, col: 7 }, lang)).toBe(`${FILL_NOTE_PREFIX}${text}`);
  });

  it.each([
    ["a cell no fill targets", { sheet: "表", row: 99, col: 7 }],
    ["another sheet", { sheet: "别的表", row: 13, col: 7 }],
  ])("none for %s", (_, at) => {
    expect(fillNoteText(report, at, "zh")).toBeNull();
  });

  it("marks every score written and notes it only where the cell has no note", () => {
    const values: Edit[] = [13, 15].map((row) => ({ kind: "value", at: { sheet: "表", row, col: 7 }, value: 1 }));
    const decor = fillDecor(report, values, "zh", (at) => at.row === 15);
    expect(decor.map((e) => `${e.kind}:${e.at.row}`)).toEqual(["mark:13", "note:13", "mark:15"]);
    expect(decor.filter((e) => e.kind === "mark").every((e) => e.kind === "mark" && e.severity === "filled")).toBe(true);
  });
});
