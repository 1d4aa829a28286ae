import type { Before, Edit } from "./types";
import { recordOf, undoEdits } from "./undo";

const at = (row: number) => ({ sheet: "S", row, col: 7 });
const edits: Edit[] = [
  { kind: "fill", at: at(1), color: "#FFC7CE", severity: "error" },
  { kind: "note", at: at(1), text: "【自评表校验】x" },
  { kind: "value", at: at(2), value: 3.75 },
  { kind: "value", at: at(3), value: 0.7843, numberFormat: "0.00%" },
  { kind: "value", at: at(4), value: 5 },
];
const befores: Before[] = [
  { kind: "fill", color: null },
  { kind: "note", text: "the user's own note" },
  { kind: "value", value: null, formula: null, numberFormat: "General" },
  { kind: "value", value: "", formula: null, numberFormat: "0.0" },
  { kind: "value", value: 4, formula: "=G5*0.8", numberFormat: null },
];
const record = recordOf(edits, (e) => befores[edits.indexOf(e)]);

describe("undoEdits", () => {
  it.each([
    ["marks", [{ kind: "note", at: at(1), text: "the user's own note" }, { kind: "fill", at: at(1), color: null }]],
    [
      "fills",
      [
        { kind: "value", at: at(4), value: 4, formula: "=G5*0.8" },
        { kind: "value", at: at(3), value: "", numberFormat: "0.0" },
        { kind: "value", at: at(2), value: null },
      ],
    ],
  ] as const)("%s: restores exactly what was there, newest first", (which, want) => {
    expect(undoEdits(record, which)).toEqual(want);
  });

  it("all undoes every edit", () => {
    expect(undoEdits(record, "all")).toHaveLength(edits.length);
  });

  it("restores an error value as its text", () => {
    const r = recordOf([{ kind: "value", at: at(1), value: 1 }], () => ({ kind: "value", value: { error: "#DIV/0!" }, formula: null, numberFormat: null }));
    expect(undoEdits(r, "fills")).toEqual([{ kind: "value", at: at(1), value: "#DIV/0!" }]);
  });
});
