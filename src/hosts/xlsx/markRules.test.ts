import ExcelJS from "exceljs";
import { markFormula } from "../../app/ownership/marks";
import { addMarkRules, areasOf, readOwnMarks, removeOwnMarkRules, sqrefOf } from "./markRules";

const cells = (...a1s: [number, number][]) => a1s.map(([row, col]) => ({ row, col }));
type Rules = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
const rulesOf = (ws: ExcelJS.Worksheet) => (ws as unknown as Rules).conditionalFormattings;

describe("sqrefOf", () => {
  it.each([
    ["one cell", cells([13, 7]), "H14"],
    ["a column's consecutive rows join", cells([13, 7], [14, 7], [15, 7]), "H14:H16"],
    ["a gap splits the run", cells([13, 7], [15, 7]), "H14 H16"],
    ["columns stay apart, top to bottom", cells([20, 9], [13, 7], [14, 7], [13, 4]), "E14 H14:H15 J21"],
    ["duplicates count once", cells([13, 7], [13, 7]), "H14"],
  ])("%s", (_label, given, sqref) => expect(sqrefOf(given)).toBe(sqref));
});

describe("areasOf", () => {
  it.each([
    [
      "H14:H16 J20",
      [
        { top: 13, bottom: 15, left: 7, right: 7 },
        { top: 19, bottom: 19, left: 9, right: 9 },
      ],
    ],
    [
      "$A$1  B2",
      [
        { top: 0, bottom: 0, left: 0, right: 0 },
        { top: 1, bottom: 1, left: 1, right: 1 },
      ],
    ],
    ["nonsense A1", [{ top: 0, bottom: 0, left: 0, right: 0 }]],
  ])("%p", (sqref, areas) => expect(areasOf(sqref)).toEqual(areas.map((a) => expect.objectContaining(a))));
});

function sheetWithUserRule(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ws.addConditionalFormatting({ ref: "A1:A9", rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0"], priority: 1, style: {} }] });
  return { wb, ws };
}

describe("our mark rules in a workbook", () => {
  it("adds one rule per severity, first in priority, the user's rule after them", () => {
    const { ws } = sheetWithUserRule();
    addMarkRules(
      ws,
      new Map([
        ["warning", cells([1, 1])],
        ["error", cells([0, 0], [1, 0])],
      ]),
    );
    const rules = rulesOf(ws).map((cf) => [
      cf.ref,
      cf.rules[0].type,
      cf.rules[0].priority,
      (cf.rules[0] as ExcelJS.ExpressionRuleType).formulae?.[0],
    ]);
    expect(rules).toEqual([
      ["A1:A9", "cellIs", 3, "0"],
      ["A1:A2", "expression", 1, markFormula("error").slice(1)],
      ["B2", "expression", 2, markFormula("warning").slice(1)],
    ]);
  });

  it("removes only ours, on every sheet", () => {
    const { wb, ws } = sheetWithUserRule();
    addMarkRules(ws, new Map([["error", cells([0, 0])]]));
    const other = wb.addWorksheet("二");
    addMarkRules(other, new Map([["info", cells([4, 4])]]));
    expect(removeOwnMarkRules(wb)).toBe(2);
    expect(rulesOf(ws).map((cf) => cf.ref)).toEqual(["A1:A9"]);
    expect(rulesOf(other)).toEqual([]);
  });

  it("reads ours back per sheet, clipped to the bounds it is given", () => {
    const { wb, ws } = sheetWithUserRule();
    addMarkRules(
      ws,
      new Map([
        ["error", cells([0, 0], [1, 0])],
        ["warning", cells([5, 3])],
      ]),
    );
    ws.addConditionalFormatting({
      ref: "A1:XFD1048576",
      rules: [{ type: "expression", priority: 9, formulae: [markFormula("info").slice(1)], style: {} }],
    });
    const read = readOwnMarks(wb, () => ({ top: 0, left: 0, bottom: 2, right: 1 }));
    expect(read.map((m) => [m.sheet, m.severity, m.cells.length])).toEqual([
      ["表", "error", 2],
      ["表", "info", 6],
    ]);
  });
});
