import { csvField, csvLine, csvText, UTF8_BOM } from "./csv";

describe("csvField", () => {
  it.each([
    ["plain", "abc", "abc"],
    ["Chinese unchanged", "回购统建房住宅经费", "回购统建房住宅经费"],
    ["empty", "", ""],
    ["comma quoted", "a,b", '"a,b"'],
    ["semicolon quoted", "a;b", '"a;b"'],
    ["quote doubled", 'say "hi"', '"say ""hi"""'],
    ["line break quoted", "a\r\nb", '"a\r\nb"'],
    ["edge space kept by quoting", " x", '" x"'],
    ["= neutralised", "=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+ neutralised", "+1", "'+1"],
    ["- neutralised", "-2+3", "'-2+3"],
    ["@ neutralised", "@cmd", "'@cmd"],
    ["tab-led neutralised", "\t=1", "'\t=1"],
    ["neutralised then quoted", '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["= inside text untouched", "9 / 12 × 5 = 3.75", "9 / 12 × 5 = 3.75"],
  ])("%s", (_name, input, expected) => expect(csvField(input)).toBe(expected));
});

describe("csvLine", () => {
  it.each([
    [["a", 1.5, null, "b"], "a,1.5,,b"],
    [[-3, "-3"], "-3,'-3"],
    [[Number.NaN, ""], ","],
  ])("%j → %s", (values, line) => expect(csvLine(values)).toBe(line));
});

describe("csvText", () => {
  it("puts the BOM first and ends every line with CRLF", () => {
    expect(
      csvText([
        ["文件", "错误"],
        ["a.xlsx", 2],
      ]),
    ).toBe(`${UTF8_BOM}文件,错误\r\na.xlsx,2\r\n`);
  });
});
