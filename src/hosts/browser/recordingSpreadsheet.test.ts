import type { Edit, WorkbookGrid } from "../../engine";
import { MemorySpreadsheet } from "../common/memorySpreadsheet";
import { RecordingSpreadsheet } from "./recordingSpreadsheet";

const S = "表";
const at = (row: number, col: number) => ({ sheet: S, row, col });
const grid = (): WorkbookGrid => ({
  sheets: [
    {
      name: S,
      originRow: 0,
      originCol: 0,
      values: [
        [1, null, "x"],
        [2, 5, null],
      ],
      formulas: [
        [null, null, null],
        [null, "=A2+3", null],
      ],
      numberFormats: [
        [null, null, null],
        [null, "0.00", null],
      ],
    },
  ],
});

function opened() {
  return new RecordingSpreadsheet(grid(), {
    notes: new Map([[MemorySpreadsheet.key(at(0, 2)), "用户的批注"]]),
    marks: [{ sheet: S, severity: "warning", cells: [{ row: 0, col: 0 }] }],
  });
}

describe("RecordingSpreadsheet.copyEdits", () => {
  it.each<[string, (s: RecordingSpreadsheet) => void, Edit[]]>([
    ["as opened: the file's own marks, nothing else", () => undefined, [{ kind: "mark", at: at(0, 0), severity: "warning" }]],
    ["marks removed", (s) => s.removeMarks(), []],
    [
      "a value written, a note and a mark added",
      (s) => {
        s.removeMarks();
        s.apply([
          { kind: "value", at: at(0, 1), value: 7 },
          { kind: "note", at: at(0, 1), text: "我们的" },
          { kind: "mark", at: at(0, 1), severity: "error" },
        ]);
      },
      [
        { kind: "value", at: at(0, 1), value: 7 },
        { kind: "note", at: at(0, 1), text: "我们的" },
        { kind: "mark", at: at(0, 1), severity: "error" },
      ],
    ],
    [
      "a value written then put back, a note added then removed",
      (s) => {
        s.removeMarks();
        s.apply([
          { kind: "value", at: at(0, 1), value: 7 },
          { kind: "note", at: at(0, 1), text: "我们的" },
        ]);
        s.apply([{ kind: "value", at: at(0, 1), value: null }]);
        s.removeNotes([at(0, 1)]);
      },
      [],
    ],
    [
      "a formula overwritten with a formatted number",
      (s) => {
        s.removeMarks();
        s.apply([{ kind: "value", at: at(1, 1), value: 0.5, numberFormat: "0.00%" }]);
      },
      [{ kind: "value", at: at(1, 1), value: 0.5, numberFormat: "0.00%" }],
    ],
    [
      "a formula overwritten then put back (its last value, its format)",
      (s) => {
        s.removeMarks();
        s.apply([{ kind: "value", at: at(1, 1), value: 0.5, numberFormat: "0.00%" }]);
        s.apply([{ kind: "value", at: at(1, 1), value: 5, formula: "=A2+3", numberFormat: "0.00" }]);
      },
      [],
    ],
    [
      "a cell grown past the used area",
      (s) => {
        s.removeMarks();
        s.apply([{ kind: "value", at: at(5, 4), value: 3 }]);
      },
      [{ kind: "value", at: at(5, 4), value: 3 }],
    ],
  ])("%s", (_label, act, expected) => {
    const s = opened();
    act(s);
    expect(s.copyEdits()).toEqual(expected);
  });

  it("keeps a sheet written whole, and the values written into it after", () => {
    const s = opened();
    s.writeSheet("示例", { values: [["a", null]] }, false);
    s.apply([{ kind: "value", at: { sheet: "示例", row: 0, col: 1 }, value: 9 }]);
    expect(s.written.map((w) => w.name)).toEqual(["示例"]);
    expect(s.copyEdits().filter((e) => e.kind === "value")).toEqual([{ kind: "value", at: { sheet: "示例", row: 0, col: 1 }, value: 9 }]);
  });
});
