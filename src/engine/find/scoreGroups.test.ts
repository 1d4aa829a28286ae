import type { IndicatorRow, Slot } from "../recognise/types";
import { slotOf } from "../recognise/testing/slotOf";
import type { Verdict } from "../score/verdict";
import type { RowRead } from "./indicatorRow";
import { scoreGroups } from "./scoreGroups";

const slot = (row: number, col: number, value: number | null): Slot => slotOf(row, col, value);
const verdict = (score: number | null, range: [number, number] | null = null, unmet = false): Verdict => ({
  status: unmet ? "unmet" : "met",
  score,
  range,
  unmet,
  explanation: { zh: "", en: "" },
  assumptions: [],
  achievement: null,
  manual: null,
});
function read(row: number, share: number | null, scoreCell: Slot | null, v: Verdict): RowRead {
  const r = {
    row,
    level1: "产出指标",
    level1Kind: "output",
    level1Inferred: false,
    level2: "数量指标",
    name: `r${row}`,
    nature: null,
    target: null,
    unit: null,
    actual: null,
    weight: null,
    score: scoreCell,
    reason: null,
    improvement: null,
  } as IndicatorRow;
  const reported = typeof scoreCell?.value === "number" ? scoreCell.value : null;
  const judgement = { reported, targetText: "", actualText: "", verdict: v, computed: null, scoreRange: null, scoreCheck: null, notes: [] };
  return { row: r, share, judgement };
}

describe("scoreGroups: rows sharing one score cell are judged as one", () => {
  it("rows with their own score cells stand alone, with their own verdicts", () => {
    const groups = scoreGroups([read(5, 10, slot(5, 6, 10), verdict(10)), read(6, 10, slot(6, 6, 8), verdict(8, null, true))]);
    expect(groups.map((g) => [g.reads.length, g.weight, g.reported, g.verdict.score])).toEqual([
      [1, 10, 10, 10],
      [1, 10, 8, 8],
    ]);
  });

  it.each<[string, RowRead[], { weight: number | null; score: number | null; range: [number, number] | null; unmet: boolean }]>([
    [
      "a merged score over two rows: shares and scores add up",
      [read(5, 10, slot(5, 6, 18), verdict(10)), read(6, 10, slot(5, 6, 18), verdict(8, null, true))],
      { weight: 20, score: 18, range: null, unmet: true },
    ],
    [
      "a tier range and a score: the range widens by the score",
      [read(5, 5, slot(5, 6, 9), verdict(5, [4, 5])), read(6, 5, slot(5, 6, 9), verdict(4))],
      { weight: 10, score: 9, range: [8, 9], unmet: false },
    ],
    [
      "a row no rule can score: no group score",
      [read(5, 5, slot(5, 6, 9), verdict(5)), read(6, 5, slot(5, 6, 9), verdict(null))],
      { weight: 10, score: null, range: null, unmet: false },
    ],
    [
      "a row without a weight: no group weight",
      [read(5, 5, slot(5, 6, 9), verdict(5)), read(6, null, slot(5, 6, 9), verdict(null))],
      { weight: null, score: null, range: null, unmet: false },
    ],
  ])("%s", (_label, reads, want) => {
    const [g, ...rest] = scoreGroups(reads);
    expect(rest).toEqual([]);
    expect({ weight: g.weight, score: g.verdict.score, range: g.verdict.range, unmet: g.verdict.unmet }).toEqual(want);
    expect(g.reported).toBe(reads[0].judgement.reported);
  });

  it("says the group's arithmetic, rows included", () => {
    const [g] = scoreGroups([
      read(4, 10, slot(4, 6, 18), verdict(10)),
      read(5, 10, slot(4, 6, 18), verdict(8, null, true)),
      read(6, 10, slot(4, 6, 18), verdict(10)),
    ]);
    expect(g.verdict.explanation.zh).toBe("第 5–7 行合并计分（分值、得分为一个合并单元格，分值 30 按行均分）：10 + 8 + 10 = 28");
    expect(g.verdict.explanation.en).toBe(
      "rows 5–7 scored as one (one merged weight and score cell, the weight 30 shared equally): 10 + 8 + 10 = 28",
    );
  });
});
