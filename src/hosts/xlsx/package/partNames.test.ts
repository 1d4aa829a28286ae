import { relativeTarget, relsOfSource, resolveTarget, sourceOfRels } from "./partNames";

describe("part names", () => {
  it.each([
    ["xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet1.xml"],
    ["_rels/.rels", ""],
    ["xl/_rels/workbook.xml.rels", "xl/workbook.xml"],
    ["xl/worksheets/sheet1.xml", null],
  ])("the .rels %s belongs to %p", (rels, source) => expect(sourceOfRels(rels)).toBe(source));

  it("puts a part's .rels in _rels beside it", () =>
    expect(relsOfSource("xl/drawings/drawing1.xml")).toBe("xl/drawings/_rels/drawing1.xml.rels"));

  it.each([
    ["xl/worksheets/sheet1.xml", "../comments1.xml", "xl/comments1.xml"],
    ["xl/worksheets/sheet1.xml", "/xl/comments/comment1.xml", "xl/comments/comment1.xml"],
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/drawings/drawing1.xml", "./../media/image1.png", "xl/media/image1.png"],
  ])("from %s, %s names %s", (source, target, part) => expect(resolveTarget(source, target)).toBe(part));

  it.each([
    ["xl/worksheets/sheet1.xml", "xl/comments1.xml", "../comments1.xml"],
    ["xl/worksheets/sheet1.xml", "xl/drawings/vmlDrawing1.vml", "../drawings/vmlDrawing1.vml"],
    ["xl/workbook.xml", "xl/worksheets/sheet2.xml", "worksheets/sheet2.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/drawings/drawing1.xml", "xl/drawings/x.xml", "x.xml"],
  ])("from %s, %s is %s", (source, part, target) => {
    expect(relativeTarget(source, part)).toBe(target);
    expect(resolveTarget(source, target)).toBe(part);
  });
});
