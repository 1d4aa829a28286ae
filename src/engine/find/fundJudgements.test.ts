import type { CellValue } from "../grid/types";
import type { FundBlock, FundRow, Slot } from "../recognise/types";
import { PROFILES } from "../score/profiles";
import { slotOf } from "../recognise/testing/slotOf";
import { FindingList } from "./findingList";
import { judgeFund } from "./fundJudgement";
import { FundJudgements } from "./fundJudgements";
import { evaluateFund } from "./fundRows";

const slot = slotOf;

type Figures = Partial<Record<"initial" | "budget" | "executed" | "weight" | "rate" | "score", CellValue>>;

/** A fund row at `row`: 年初预算数 in column 2, then 全年预算数, 全年执行数, 分值, 执行率, 得分. */
function fundRow(row: number, figures: Figures, more: Partial<Slot> = {}): FundRow {
  const at = (col: number, key: keyof Figures) => (figures[key] === undefined ? null : slot(row, col, figures[key], more));
  return {
    row,
    label: "年度资金总额",
    kind: "total",
    initial: at(2, "initial"),
    budget: at(3, "budget"),
    executed: at(4, "executed"),
    weight: at(5, "weight"),
    rate: at(6, "rate"),
    score: at(7, "score"),
  } as FundRow;
}

const TOTAL: Figures = { initial: 100, budget: 100, executed: 80, weight: 10, rate: 0.8, score: 9 };

describe("FundJudgements: one judgement per distinct fund block (shared only where the content is the same)", () => {
  const profile = PROFILES["mof-2020"];

  it.each<[label: string, b: FundRow, bParts: FundRow[], same: boolean]>([
    ["the same figures further down", fundRow(40, TOTAL), [fundRow(41, { budget: 100 })], true],
    ["another reported score", fundRow(40, { ...TOTAL, score: 8 }), [fundRow(41, { budget: 100 })], false],
    ["a blank 执行率", fundRow(40, { ...TOTAL, rate: null }), [fundRow(41, { budget: 100 })], false],
    ["no 执行率 cell", fundRow(40, { ...TOTAL, rate: undefined }), [fundRow(41, { budget: 100 })], false],
    ["another sub-row", fundRow(40, TOTAL), [fundRow(41, { budget: 90 })], false],
    ["one more sub-row", fundRow(40, TOTAL), [fundRow(41, { budget: 100 }), fundRow(42, { budget: 0 })], false],
    ["formulas without results", fundRow(40, TOTAL, { formula: "=E41/D41" }), [fundRow(41, { budget: 100 })], false],
  ])("%s", (_label, b, bParts, same) => {
    const judgements = new FundJudgements(profile);
    const first = judgements.of(fundRow(5, TOTAL), [fundRow(6, { budget: 100 })]);
    expect(judgements.of(b, bParts) === first).toBe(same);
    expect(judgements.of(b, bParts)).toEqual(judgeFund(b, bParts, profile));
  });

  it("puts a shared judgement's findings and fills on each block's own cells", () => {
    const judgements = new FundJudgements(profile);
    const out = new FindingList("表", 0, "zh");
    const block = (row: number): FundBlock => ({ headerRow: row - 1, total: fundRow(row, { ...TOTAL, rate: null, score: 7 }), parts: [] });
    const fills = [5, 40].flatMap((row) => evaluateFund(block(row), "表", profile, null, out, judgements)!.fills);
    expect(out.items.map((f) => `${f.code}@${f.cell}`)).toEqual(["execution-mismatch@H6", "execution-mismatch@H41"]);
    expect(fills.map((f) => `${f.kind}@${f.row},${f.col}`)).toEqual(["rate@5,6", "rate@40,6"]);
  });
});
