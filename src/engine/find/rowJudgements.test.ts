import type { IndicatorRow, Slot } from "../recognise/types";
import { PROFILES } from "../score/profiles";
import { slotOf } from "../recognise/testing/slotOf";
import { FindingList } from "./findingList";
import { readIndicator } from "./indicatorRow";
import { judgeRow } from "./rowJudgement";
import { RowJudgements } from "./rowJudgements";

const slot = slotOf;

/** An indicator row at `row`: target in column 4, actual in 5, score in 7 (the name in column 3). */
interface Cells {
  target?: Slot | null;
  actual?: Slot | null;
  score?: Slot | null;
  unit?: Slot | null;
  nature?: Slot | null;
  name?: string;
}

function rowAt(row: number, cells: Cells = {}): IndicatorRow {
  return {
    row,
    level1: "产出指标",
    level1Kind: "output",
    level1Inferred: false,
    level2: "数量指标",
    name: cells.name ?? "完成数量",
    nature: cells.nature ?? null,
    target: cells.target === undefined ? slot(row, 4, "≥10个") : cells.target,
    unit: cells.unit ?? null,
    actual: cells.actual === undefined ? slot(row, 5, "8个") : cells.actual,
    weight: slot(row, 6, 10),
    score: cells.score === undefined ? slot(row, 7, 8) : cells.score,
    reason: null,
    improvement: null,
  };
}

describe("RowJudgements: one judgement per distinct row content (shared only where the content is the same)", () => {
  const profile = PROFILES["mof-2020"];

  const formula = { formula: "=B2/C2" };
  it.each<[label: string, a: IndicatorRow, b: IndicatorRow, shareB: number | null, same: boolean]>([
    ["the same content on another row", rowAt(5), rowAt(40), 10, true],
    ["another share of the 分值", rowAt(5), rowAt(40), 5, false],
    ["another actual", rowAt(5), rowAt(40, { actual: slot(40, 5, "9个") }), 10, false],
    ["the actual 8 as a number, not the text 8", rowAt(5, { actual: slot(5, 5, "8") }), rowAt(40, { actual: slot(40, 5, 8) }), 10, false],
    ["another number format", rowAt(5), rowAt(40, { actual: slot(40, 5, "8个", { numberFormat: "0%" }) }), 10, false],
    ["a formula without a result", rowAt(5, { actual: slot(5, 5, null) }), rowAt(40, { actual: slot(40, 5, null, formula) }), 10, false],
    ["no actual cell against an empty one", rowAt(5, { actual: null }), rowAt(40, { actual: slot(40, 5, null) }), 10, false],
    ["0 against -0", rowAt(5, { score: slot(5, 7, 0) }), rowAt(40, { score: slot(40, 7, -0) }), 10, false],
    ["another name", rowAt(5), rowAt(40, { name: "完成数量（二期）" }), 10, false],
  ])("%s", (_label, a, b, shareB, same) => {
    const judgements = new RowJudgements(profile);
    const first = judgements.of(a, 10);
    expect(judgements.of(b, shareB) === first).toBe(same);
    expect(judgements.of(b, shareB)).toEqual(judgeRow(b, profile, shareB));
  });

  // Rows of another content may share the parsed target: only where it is read the same way.
  it.each<[label: string, a: Cells, b: Cells]>([
    ["the same target under another actual", {}, { actual: slot(40, 5, "12个") }],
    ["the same target text with a unit column", { target: slot(5, 4, "10") }, { target: slot(40, 4, "10"), unit: slot(40, 8, "%") }],
    [
      "the same target text with a comparator column",
      { target: slot(5, 4, "10个") },
      { target: slot(40, 4, "10个"), nature: slot(40, 9, "≤") },
    ],
    ["the same target number in another format", { target: slot(5, 4, 0.9) }, { target: slot(40, 4, 0.9, { numberFormat: "0%" }) }],
    [
      "the same target number in the same format",
      { target: slot(5, 4, 0.9, { numberFormat: "0%" }) },
      { target: slot(40, 4, 0.9, { numberFormat: "0%" }), actual: slot(40, 5, 0.8, { numberFormat: "0%" }) },
    ],
  ])("%s: judged as on its own", (_label, a, b) => {
    const judgements = new RowJudgements(profile);
    judgements.of(rowAt(5, a), 10);
    expect(judgements.of(rowAt(40, b), 10)).toEqual(judgeRow(rowAt(40, b), profile, 10));
  });

  it("puts a shared judgement's findings on each row's own cells", () => {
    const judgements = new RowJudgements(profile);
    const cells = (row: number) => ({ target: slot(row, 4, "≥10个"), actual: slot(row, 5, "≥10个"), score: slot(row, 7, "十分") });
    const out = new FindingList("表", 0, "zh");
    const form = { columns: { name: 3 } } as Parameters<typeof readIndicator>[1];
    for (const row of [5, 40]) readIndicator(rowAt(row, cells(row)), form, 10, judgements, out);
    const placed = out.items.map((f) => `${f.code}@${f.cell}`);
    expect(placed).toEqual(["manual-review@H6", "target-copied@F6", "manual-review@H41", "target-copied@F41"]);
  });
});
