import { noteOf, plainOf, solidFillOf } from "./sheetjsCell";
import type { CellObject } from "./sheetjs";

const cell = (c: Partial<CellObject> & { t: CellObject["t"] }) => c as CellObject;

describe("plainOf", () => {
  it.each([
    [cell({ t: "s", v: "≥95%" }), "≥95%"],
    [cell({ t: "n", v: 0.95 }), 0.95],
    [cell({ t: "n", v: 0 }), 0],
    [cell({ t: "n", v: Number.NaN }), null],
    [cell({ t: "b", v: false }), false],
    [cell({ t: "e", v: 0x07 }), { error: "#DIV/0!" }],
    [cell({ t: "e", v: 0x2a }), { error: "#N/A" }],
    [cell({ t: "e", v: 0x99, w: "#SPILL!" }), { error: "#SPILL!" }],
    [cell({ t: "e", v: 0x99 }), { error: "#VALUE!" }],
    [cell({ t: "z" }), null],
  ])("%p → %p", (input, value) => expect(plainOf(input)).toEqual(value));
});

describe("noteOf and solidFillOf", () => {
  it.each([
    [cell({ t: "s", c: [{ a: " ", t: "原有批注\u0000\u0005\u0000\u0000" }] as CellObject["c"] }), "原有批注"],
    [
      cell({
        t: "s",
        c: [
          { a: "x", t: "一" },
          { a: "y", t: "二" },
        ] as CellObject["c"],
      }),
      "一\n二",
    ],
    [cell({ t: "s", c: [{ a: "x", t: "\u0000" }] as CellObject["c"] }), null],
    [cell({ t: "s" }), null],
  ])("note of %p → %p", (input, note) => expect(noteOf(input)).toBe(note));

  it.each([
    [{ patternType: "solid", fgColor: { rgb: "ffff00" } }, "FFFFFF00"],
    [{ patternType: "gray125", fgColor: { rgb: "FFFF00" } }, null],
    [{ patternType: "solid", fgColor: { rgb: "red" } }, null],
    [undefined, null],
  ])("fill %p → %p", (s, argb) => expect(solidFillOf(cell({ t: "s", s }))).toBe(argb));
});
