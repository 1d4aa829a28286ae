import { EMPTY_RECORD, type OwnRecord } from "../../app/ownership/record";
import { encodeRecord } from "../../app/ownership/recordCodec";
import { RECORD_NAMESPACE, recordReadOfParts, recordTextOfXml, recordXml } from "./recordXml";

const record: OwnRecord = {
  version: 3,
  reviews: { findings: [], forms: [{ form: "项目 <1>", decision: "pass", note: "& ]]>", at: "2026-03-04T08:00:00.000Z" }] },
  sheets: [{ id: "{00000000-0001-0000-0000-000000000000}", name: "表<1> & 'x'" }],
  values: [
    {
      sheetId: "{00000000-0001-0000-0000-000000000000}",
      row: 9,
      col: 7,
      wrote: { value: 0.78, numberFormat: "0.00%" },
      before: { value: null, formula: "=B2/C2", numberFormat: "General" },
      rowKey: "0123abcd",
    },
  ],
  notes: [
    {
      sheetId: "{00000000-0001-0000-0000-000000000000}",
      row: 3,
      col: 7,
      text: '【自评表校验】得分 5 > 分值 4 & "引号" ]]>',
      purpose: "check",
    },
  ],
};
const text = encodeRecord(record);
const NS = RECORD_NAMESPACE;
const body = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");

describe("the record's custom XML part", () => {
  it.each([
    ["as written", recordXml(text)],
    ["with a namespace prefix", `<ns0:changeRecord xmlns:ns0="${NS}">${body(text)}</ns0:changeRecord>`],
    [
      "in a CDATA section, indented",
      `<?xml version="1.0" standalone="yes"?>\n<changeRecord xmlns='${NS}'>\n  <![CDATA[${text}]]>\n</changeRecord>\n`,
    ],
    [
      "split over CDATA and text, with a comment",
      `<changeRecord xmlns="${NS}"><![CDATA[${text.slice(0, 20)}]]><!-- x -->${body(text.slice(20))}</changeRecord>`,
    ],
    [
      "with character references",
      `<changeRecord xmlns="${NS}">${[...text].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join("")}</changeRecord>`,
    ],
    ["with a byte-order mark and attributes in another order", `\uFEFF<changeRecord a="1" xmlns="${NS}" >${body(text)}</changeRecord >`],
  ])("gives back the record's text %s", (_, xml) => {
    expect(recordReadOfParts([xml])).toEqual({ status: "ok", record });
  });

  it("reads a self-closing root as empty text", () => expect(recordTextOfXml(`<changeRecord xmlns="${NS}"/>`)).toBe(""));

  it.each([
    ["another namespace", `<changeRecord xmlns="urn:other">${text}</changeRecord>`],
    ["a prefix bound to another namespace", `<a:changeRecord xmlns:a="urn:other" xmlns="${NS}">${text}</a:changeRecord>`],
    ["another root element", `<record xmlns="${NS}">${text}</record>`],
    ["a child element", `<changeRecord xmlns="${NS}"><x/>${text}</changeRecord>`],
    ["an unknown entity", `<changeRecord xmlns="${NS}">&nbsp;${text}</changeRecord>`],
    ["a bare ampersand", `<changeRecord xmlns="${NS}">a & b</changeRecord>`],
    ["a close tag of another name", `<changeRecord xmlns="${NS}">${text}</other>`],
    ["content after the root", `<changeRecord xmlns="${NS}">${text}</changeRecord><x/>`],
  ])("refuses %s", (_, xml) => expect(recordTextOfXml(xml)).toBeNull());

  it.each([
    ["no part", "none", []],
    ["one empty record part", "none", [recordXml("")]],
    ["two identical parts", "ok", [recordXml(text), `<p:changeRecord xmlns:p="${NS}"><![CDATA[${text}]]></p:changeRecord>`]],
    ["two parts that differ", "invalid", [recordXml(text), recordXml(encodeRecord(EMPTY_RECORD))]],
    ["a part that is not a record", "invalid", [recordXml(text), `<other xmlns="${NS}"/>`]],
    ["a version-1 record (JSON)", "invalid", [recordXml('{"version":1,"entries":[]}')]],
    ["a truncated record", "invalid", [recordXml(text.slice(0, -8))]],
  ])("reads %s as %s", (_, status, xmls) => expect(recordReadOfParts(xmls).status).toBe(status));

  it("writes well-formed XML whatever the text holds", () => {
    const xml = recordXml("a<b>&c]]>");
    expect(xml.match(/</g)).toHaveLength(3);
    expect(recordTextOfXml(xml)).toBe("a<b>&c]]>");
  });
});
