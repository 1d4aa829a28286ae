import { readRelationships, rewriteTargets } from "./relationships";

const OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS =
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Type="${OD}/comments" Target="/xl/comments/comment1.xml" Id="comments"/>` +
  `<Relationship Id="rId2" Type="${OD}/hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/>` +
  `</Relationships>`;

describe("relationships", () => {
  it("reads kind, target and the part named; an external target names no part", () => {
    expect(readRelationships("xl/worksheets/_rels/sheet1.xml.rels", RELS)).toEqual([
      {
        relsPart: "xl/worksheets/_rels/sheet1.xml.rels",
        source: "xl/worksheets/sheet1.xml",
        id: "comments",
        kind: "comments",
        target: "/xl/comments/comment1.xml",
        part: "xl/comments/comment1.xml",
      },
      {
        relsPart: "xl/worksheets/_rels/sheet1.xml.rels",
        source: "xl/worksheets/sheet1.xml",
        id: "rId2",
        kind: "hyperlink",
        target: "https://example.org/?a=1&b=2",
        part: null,
      },
    ]);
  });

  it("rewrites only the targets asked for, leaving the rest as written", () => {
    const out = rewriteTargets(RELS, new Map([["comments", "../comments1.xml"]]));
    expect(out).toBe(RELS.replace('Target="/xl/comments/comment1.xml"', 'Target="../comments1.xml"'));
  });
});
