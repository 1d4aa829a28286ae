import type { Before, Edit } from "../../engine";
import { EditJournal } from "./editJournal";

const at = { sheet: "S", row: 4, col: 7 };
const noFill: Before = { kind: "fill", color: null };
const red: Edit = { kind: "fill", at, color: "#FFC7CE" };
const clear: Edit = { kind: "fill", at, color: null };
const emptyValue: Before = { kind: "value", value: null, formula: null, numberFormat: null };
const write5: Edit = { kind: "value", at, value: 5 };
const restoreEmpty: Edit = { kind: "value", at, value: null };
const writeRate: Edit = { kind: "value", at, value: 0.78, numberFormat: "0.00%" };
const restoreRate: Edit = { kind: "value", at, value: null, numberFormat: "General" };

describe("EditJournal.netEdits", () => {
  it.each<[string, [Edit, Before][], Edit[]]>([
    ["nothing applied", [], []],
    ["a mark", [[red, noFill]], [red]],
    ["a mark then cleared", [[red, noFill], [clear, { kind: "fill", color: "#FFC7CE" }]], []],
    ["a mark over the file's own fill, cleared", [[red, { kind: "fill", color: "#00ff00" }], [{ kind: "fill", at, color: "#00FF00" }, { kind: "fill", color: "#FFC7CE" }]], []],
    ["a fill then undone", [[write5, emptyValue], [restoreEmpty, { kind: "value", value: 5, formula: null, numberFormat: null }]], []],
    ["a rate with its format", [[writeRate, emptyValue]], [writeRate]],
    ["a rate undone restores General", [[writeRate, emptyValue], [restoreRate, { kind: "value", value: 0.78, formula: null, numberFormat: "0.00%" }]], []],
    ["a note then removed", [[{ kind: "note", at, text: "【自评表校验】x" }, { kind: "note", text: null }], [{ kind: "note", at, text: null }, { kind: "note", text: "x" }]], []],
    ["a note over the user's note kept", [[{ kind: "note", at, text: "mine\nx" }, { kind: "note", text: "mine" }]], [{ kind: "note", at, text: "mine\nx" }]],
    [
      "an error value overwritten then restored as its text",
      [[write5, { kind: "value", value: { error: "#DIV/0!" }, formula: null, numberFormat: null }], [{ kind: "value", at, value: "#DIV/0!" }, { kind: "value", value: 5, formula: null, numberFormat: null }]],
      [],
    ],
    [
      "a formula overwritten then restored",
      [[write5, { kind: "value", value: 3, formula: "=A1", numberFormat: null }], [{ kind: "value", at, value: 3, formula: "=A1" }, { kind: "value", value: 5, formula: null, numberFormat: null }]],
      [],
    ],
  ])("%s", (_name, steps, expected) => {
    const journal = new EditJournal();
    for (const [edit, before] of steps) journal.record([edit], [before]);
    expect(journal.netEdits()).toEqual(expected);
  });

  it("keeps the order cells were first touched and the last edit of each", () => {
    const journal = new EditJournal();
    const other = { ...at, row: 9 };
    journal.record([red, { kind: "fill", at: other, color: "#FFEB9C" }], [noFill, noFill]);
    journal.record([{ kind: "fill", at, color: "#DDEBF7" }], [{ kind: "fill", color: "#FFC7CE" }]);
    expect(journal.netEdits()).toEqual([{ kind: "fill", at, color: "#DDEBF7" }, { kind: "fill", at: other, color: "#FFEB9C" }]);
  });
});
