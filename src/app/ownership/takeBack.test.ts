import { FILL_NOTE_PREFIX, NOTE_PREFIX, type CellValue, type SheetGrid } from "../../engine";
import type { WrittenValue } from "./record";
import { rowKey } from "./rowKey";
import { takeBackNotes, takeBackValues } from "./takeBack";

/** A four-row form fragment: name, target, weight, score. Row 1 and row 3 carry the same name and target. */
const rows = (scores: CellValue[]): SheetGrid => ({
  name: "表",
  originRow: 0,
  originCol: 0,
  values: [
    ["三级指标", "年度指标值", "分值", "得分"],
    ["购置数量", "≥5套", 10, scores[0]],
    ["购置及时率", "≥95%", 10, scores[1]],
    ["购置数量", "≥5套", 10, scores[2]],
  ],
});
const original = rows([null, null, 8]);
const grid = (values: CellValue[][]): SheetGrid => ({ name: "表", originRow: 0, originCol: 0, values });
const entry = (
  row: number,
  wrote = 10,
  before: WrittenValue["before"] = { value: null, formula: null, numberFormat: null },
): WrittenValue => ({
  sheetId: "id",
  row,
  col: 3,
  wrote: { value: wrote, numberFormat: null },
  before,
  rowKey: rowKey(original, row, 3),
});
const anyCell = () => true;
const run = (entries: WrittenValue[], sheet: SheetGrid, writable = anyCell) =>
  takeBackValues(entries, [{ id: "id", name: "表" }], { sheets: [sheet] }, [{ id: "id", name: sheet.name }], writable);

describe("which written scores 撤销填充 takes back", () => {
  it.each([
    ["a cell still holding our score", [entry(1)], rows([10, null, 8]), ["D2"], []],
    ["the score as text in a Text-formatted cell", [entry(1)], rows(["10", null, 8]), ["D2"], []],
    ["a cell retyped by the user", [entry(1)], rows([9.5, null, 8]), [], ["D2 changed"]],
    [
      "a cell turned into a formula",
      [entry(2)],
      { ...rows([null, 10, 8]), formulas: [[], [], [null, null, null, "=C3"]] },
      [],
      ["D3 changed"],
    ],
    ["a cell already back to what it held (Ctrl+Z)", [entry(1)], rows([null, null, 8]), [], []],
    [
      "a row that moved down one (a row inserted above)",
      [entry(2)],
      grid([["三级指标"], [], ["购置数量", "≥5套", 10, null], ["购置及时率", "≥95%", 10, 10]]),
      ["D4"],
      [],
    ],
    [
      "two rows with the same fingerprint and our value: ambiguous, left alone",
      [entry(1)],
      grid([["三级指标"], ["新行"], ["购置数量", "≥5套", 10, 10], [], ["购置数量", "≥5套", 10, 10]]),
      [],
      ["D2 changed"],
    ],
  ])("%s", (_, entries, sheet, restoredAt, left) => {
    const out = run(entries, sheet);
    expect(out.restore.map((e) => `D${e.at.row + 1}`)).toEqual(restoredAt);
    expect(out.leftAlone.map((x) => `${x.cell} ${x.reason}`)).toEqual(left);
  });

  it("puts back exactly what the cell held: value, formula and number format", () => {
    const out = run(
      [{ ...entry(1, 0.75, { value: "待评", formula: null, numberFormat: "@" }), wrote: { value: 0.75, numberFormat: "0.00%" } }],
      rows([0.75, null, 8]),
    );
    expect(out.restore).toEqual([{ kind: "value", at: { sheet: "表", row: 1, col: 3 }, value: "待评", numberFormat: "@" }]);
    const formula = run([entry(1, 10, { value: 10, formula: "=C2", numberFormat: null })], rows([10, null, 8]));
    expect(formula.restore).toEqual([{ kind: "value", at: { sheet: "表", row: 1, col: 3 }, value: 10, formula: "=C2" }]);
  });

  it("refuses a cell that is no score cell now, and a formula it will not write", () => {
    const notScore = run([entry(1)], rows([10, null, 8]), () => false);
    expect(notScore.leftAlone.map((x) => x.reason)).toEqual(["unsafe"]);
    const link = run([entry(1, 10, { value: null, formula: '=HYPERLINK("http://x","y")', numberFormat: null })], rows([10, null, 8]));
    expect(link.restore).toEqual([]);
    expect(link.leftAlone.map((x) => x.reason)).toEqual(["unsafe"]);
  });

  it("keeps the entries of a sheet that is gone", () => {
    const out = takeBackValues([entry(1)], [{ id: "id", name: "表" }], { sheets: [] }, [], anyCell);
    expect(out.keep).toHaveLength(1);
    expect(out.leftAlone).toEqual([{ sheet: "表", cell: "D2", what: "value", reason: "sheet-missing" }]);
  });
});

describe("which notes 清除标记 removes", () => {
  const ours = `${NOTE_PREFIX}\n缺少偏差原因`;
  it.each([
    ["our note where we wrote it", [{ sheet: "表", row: 1, col: 3, text: ours }], 1, 0],
    ["our note moved to another row", [{ sheet: "表", row: 7, col: 3, text: ours }], 1, 0],
    ["our note with the user's words added", [{ sheet: "表", row: 1, col: 3, text: `${ours}\n已核实` }], 0, 1],
    ["a note with our prefix we never recorded", [{ sheet: "表", row: 1, col: 3, text: `${NOTE_PREFIX}\n别的` }], 0, 1],
    ["the user's own note", [{ sheet: "表", row: 1, col: 3, text: "用户批注" }], 0, 0],
    [
      "two copies of our text, recorded once",
      [
        { sheet: "表", row: 1, col: 3, text: ours },
        { sheet: "表", row: 2, col: 3, text: ours },
      ],
      1,
      1,
    ],
  ])("%s", (_, notes, removed, left) => {
    const out = takeBackNotes([{ sheetId: "id", row: 1, col: 3, text: ours, purpose: "check" }], notes);
    expect(out.remove).toHaveLength(removed);
    expect(out.leftAlone).toHaveLength(left);
  });
});

describe("notes of one purpose are taken back apart from the other's", () => {
  const check = `${NOTE_PREFIX}\n缺少偏差原因`;
  const fill = `${FILL_NOTE_PREFIX}9 / 12 × 5 = 3.75`;
  const recorded = [
    { sheetId: "id", row: 1, col: 3, text: check, purpose: "check" as const },
    { sheetId: "id", row: 2, col: 3, text: fill, purpose: "fill" as const },
  ];
  const notes = [
    { sheet: "表", row: 1, col: 3, text: check },
    { sheet: "表", row: 2, col: 3, text: fill },
    { sheet: "表", row: 3, col: 3, text: `${FILL_NOTE_PREFIX}1 / 2 × 5 = 2.5` },
  ];
  it.each([
    ["check", [{ sheet: "表", row: 1, col: 3 }], []],
    ["fill", [{ sheet: "表", row: 2, col: 3 }], ["D4"]],
  ] as const)("a take-back of %s's notes", (purpose, removed, left) => {
    const out = takeBackNotes(recorded, notes, purpose);
    expect(out.remove).toEqual(removed);
    expect(out.leftAlone.map((x) => x.cell)).toEqual(left);
  });
});
