import { areaLists, parseAreas, parseQualified, qualifiedCell, quoteSheet, splitAreas } from "./addresses";

describe("sheet-qualified addresses", () => {
  it.each([
    ["Sheet1", "'Sheet1'"],
    ["It's", "'It''s'"],
    ["绩效 自评", "'绩效 自评'"],
  ])("quotes %s as %s", (name, quoted) => expect(quoteSheet(name)).toBe(quoted));

  it("writes a qualified cell", () => expect(qualifiedCell({ sheet: "表1", row: 39, col: 7 })).toBe("'表1'!H40"));

  it.each([
    ["Sheet1!A1:B2", "Sheet1", { top: 0, left: 0, bottom: 1, right: 1 }],
    ["'It''s'!$C$3", "It's", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["D4", "", { top: 3, left: 3, bottom: 3, right: 3 }],
  ])("parses %s", (address, sheet, range) => expect(parseQualified(address)).toEqual({ sheet, range }));

  it("returns null for garbage", () => expect(parseQualified("Sheet1!#REF!")).toBeNull());
});

describe("RangeAreas addresses", () => {
  it.each([
    ["Sheet1!A1:B2, Sheet1!D4", ["Sheet1!A1:B2", "Sheet1!D4"]],
    ["'a,b'!A1,'a,b'!C3:D4", ["'a,b'!A1", "'a,b'!C3:D4"]],
    ["", []],
  ])("splits %s", (address, parts) => expect(splitAreas(address)).toEqual(parts));

  it("parses every rectangle", () =>
    expect(parseAreas("'a,b'!A1:B2, 'a,b'!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]));

  it.each([
    [["A1", "B2", "C3"], 255, ["A1,B2,C3"]],
    [["A1", "B2", "C3"], 5, ["A1,B2", "C3"]],
    [[], 255, []],
  ])("packs %j into lists of at most %d characters", (cells, limit, lists) => expect(areaLists(cells, limit)).toEqual(lists));

  it("never passes the limit with many cells", () => {
    const cells = Array.from({ length: 500 }, (_, i) => `H${i + 1}`);
    const lists = areaLists(cells);
    expect(lists.every((l) => l.length <= 255)).toBe(true);
    expect(lists.join(",").split(",")).toEqual(cells);
  });
});
