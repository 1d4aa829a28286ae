import { contentKindOf } from "./contentKind";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PK = [0x50, 0x4b, 0x03, 0x04];

describe("contentKindOf", () => {
  it.each([
    ["nothing", bytes(), "empty"],
    ["an OLE header", bytes(CFB, new Array(100).fill(0)), "compound"],
    ["a zip naming xl/workbook.xml", bytes(PK, "....xl/workbook.xml...word/document.xml"), "zip"],
    ["a zip naming word/document.xml", bytes(PK, "....word/document.xml...."), "word-zip"],
    ["a zip naming ppt/presentation.xml", bytes(PK, "....ppt/presentation.xml"), "powerpoint-zip"],
    ["a zip naming nothing known", bytes(PK, "...."), "zip"],
    ["a PDF", bytes("%PDF-1.7\n"), "pdf"],
    ["an HTML page", bytes("  <!DOCTYPE html><html>"), "html"],
    ["an HTML table as .xls", bytes('<table border="1"><tr><td>项目</td></tr></table>'), "html"],
    ["XHTML", bytes('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'), "html"],
    ["an Excel 2003 XML spreadsheet", bytes('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook>'), "xml"],
    ["CSV in UTF-8 with a BOM", bytes([0xef, 0xbb, 0xbf], "项目名称,金额\r\n回购,178.37\r\n"), "text"],
    ["CSV in GBK", bytes([0xcf, 0xee, 0xc4, 0xbf, 0x2c, 0x31, 0x0a]), "text"],
    ["UTF-16 text", bytes([0xff, 0xfe, 0x61, 0x00]), "text"],
    ["binary", bytes([0x00, 0x01, 0x02, 0x03]), "unknown"],
  ])("%s → %s", (_label, input, kind) => expect(contentKindOf(input)).toBe(kind));
});
