import { parseSpreadsheetXml } from "./spreadsheetXml";

const book = (styles: string, table: string) =>
  `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ` +
  `xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles>${styles}</Styles>` +
  `<Worksheet ss:Name="S"><Table>${table}</Table></Worksheet></Workbook>`;

describe("parseSpreadsheetXml", () => {
  it.each([
    ["not XML", "abc"],
    ["a number", 5],
    ["XML without a table", "<Workbook></Workbook>"],
  ])("gives null for %s", (_, input) => expect(parseSpreadsheetXml(input)).toBeNull());

  it("reads merges (across, down, and cells skipped under a merge without ss:Index) and formats (named, coded, inherited)", () => {
    const xml = book(
      `<Style ss:ID="Default"><NumberFormat/></Style><Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style>` +
        `<Style ss:ID="c"><NumberFormat ss:Format="0.0%"/></Style><Style ss:ID="k" ss:Parent="c"/>`,
      `<Row><Cell ss:MergeAcross="2"><Data>t</Data></Cell></Row>` +
        `<Row><Cell ss:MergeDown="1"/><Cell ss:StyleID="p"/><Cell ss:StyleID="k"/></Row>` +
        `<Row><Cell ss:StyleID="c"/></Row>` +
        `<Row ss:Index="6"><Cell ss:Index="3" ss:StyleID="Default"/></Row>`,
    );
    const layout = parseSpreadsheetXml(xml)!;
    expect(layout.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
    expect([...layout.formats]).toEqual([
      ["1,1", "0.00%"],
      ["1,2", "0.0%"],
      ["2,1", "0.0%"],
    ]);
  });

  it.each([
    [
      "a Data element marks its cell, merged or not",
      `<Row><Cell ss:MergeAcross="1"><Data>t</Data></Cell><Cell><Data>1</Data></Cell></Row>`,
      ["0,0", "0,2"],
    ],
    [
      "a comment's Data is not the cell's value",
      `<Row><Cell><Comment><Data>note</Data></Comment></Cell><Cell><Data>x</Data></Cell></Row>`,
      ["0,1"],
    ],
    ["a Row with Span stands for the rows after it too", `<Row ss:Span="2"><Cell/></Row><Row><Cell><Data>x</Data></Cell></Row>`, ["3,0"]],
    [
      "an ss:Index after a Span still counts from the sheet's first row",
      `<Row ss:Span="2"/><Row ss:Index="2"><Cell><Data>x</Data></Cell></Row>`,
      ["1,0"],
    ],
  ])("%s", (_, table, cells) => expect([...parseSpreadsheetXml(book("", table))!.dataCells].sort()).toEqual(cells));
});
