import { sheetGridOf, type LoadedBand } from "./sheetGrid";

const band = (rowIndex: number, rows: unknown[][]): LoadedBand => ({
  rowIndex,
  columnIndex: 2,
  values: rows,
  valueTypes: rows.map((r) => r.map((v) => (v === "" ? "Empty" : v === "#DIV/0!" ? "Error" : typeof v === "number" ? "Double" : "String"))),
  formulas: rows.map((r) => r.map((v) => (v === "#DIV/0!" ? "=1/0" : v))),
  numberFormat: rows.map((r) => r.map((v) => (v === 0.5 ? "0%" : "General"))),
});

describe("sheetGridOf", () => {
  it("stacks bands in row order and types every cell", () => {
    const grid = sheetGridOf(
      "表1",
      [
        band(11, [["c", ""]]),
        band(10, [
          ["项目名称", 0.5],
          ["#DIV/0!", 3],
        ]),
      ],
      [{ top: 10, left: 2, bottom: 10, right: 3 }],
    );
    expect(grid).toEqual({
      name: "表1",
      originRow: 10,
      originCol: 2,
      values: [
        ["项目名称", 0.5],
        [{ error: "#DIV/0!" }, 3],
        ["c", null],
      ],
      formulas: [
        [null, null],
        ["=1/0", null],
        [null, null],
      ],
      numberFormats: [
        ["General", "0%"],
        ["General", "General"],
        ["General", "General"],
      ],
      merges: [{ top: 10, left: 2, bottom: 10, right: 3 }],
    });
  });

  it("gives an empty grid for no bands", () => expect(sheetGridOf("e", [], undefined).values).toEqual([]));
});
