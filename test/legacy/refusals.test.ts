import { loadLegacyWorkbook } from "../../src/hosts/legacy";
import { loadWorkbook, XlsxError } from "../../src/hosts/xlsx";
import { compoundOf, encryptStream, insertInLastSheet, record, withWorkbookStream, xlsOf, zipOf } from "./craft";

const goodXls = () =>
  xlsOf({
    表一: [
      ["项目名称", "回购统建房住宅经费"],
      ["年度指标值", 0.95],
    ],
    表二: [["x", 1]],
  });

async function failure(bytes: Uint8Array, name: string): Promise<XlsxError> {
  const error = await loadWorkbook(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxError);
  return error as XlsxError;
}

describe("files that are not a readable .xls get a clear message in both languages", () => {
  it.each([
    ["an .xls with a password to open", "表.xls", () => withWorkbookStream(goodXls(), encryptStream), "encrypted", /密码/, /password/],
    [
      "an encrypted .xlsx (an OLE container)",
      "表.xlsx",
      () => compoundOf({ EncryptionInfo: Uint8Array.of(4, 0, 4, 0), EncryptedPackage: new Uint8Array(64) }),
      "encrypted",
      /密码/,
      /password/,
    ],
    [
      "an .xls cut in half",
      "表.xls",
      () => goodXls().subarray(0, Math.floor(goodXls().length / 2)),
      "truncated",
      /不完整|损坏/,
      /incomplete or damaged/,
    ],
    [
      "a workbook stream cut short in a whole container",
      "表.xls",
      () => withWorkbookStream(goodXls(), (s) => s.subarray(0, s.length - 40)),
      "truncated",
      /截断/,
      /cut short/,
    ],
    [
      "a .docx renamed .xls",
      "报告.xls",
      () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      "not-a-workbook",
      /Word 文档/,
      /Word document/,
    ],
    [
      "a .docx renamed .xlsx",
      "报告.xlsx",
      () => zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      "not-a-workbook",
      /Word 文档/,
      /Word document/,
    ],
    [
      "a .doc renamed .xls",
      "报告.xls",
      () => compoundOf({ WordDocument: new Uint8Array(64) }),
      "not-a-workbook",
      /Word 97-2003/,
      /Word 97-2003/,
    ],
    [
      "a .csv renamed .xls",
      "数据.xls",
      () => Uint8Array.from(Buffer.from("项目名称,金额\n回购统建房住宅经费,178.37\n", "utf8")),
      "not-a-workbook",
      /文本文件.*csv/,
      /text file.*csv/,
    ],
    [
      "an HTML export named .xls",
      "导出.xls",
      () => Uint8Array.from(Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>")),
      "not-a-workbook",
      /网页/,
      /web page/,
    ],
    ["a PDF named .et", "表.et", () => Uint8Array.from(Buffer.from("%PDF-1.4\n")), "not-a-workbook", /PDF/, /PDF/],
    ["an OLE file with no workbook", "表.et", () => compoundOf({ Other: new Uint8Array(8) }), "not-a-workbook", /OLE/, /OLE/],
  ])("%s → %s", async (_label, name, make, code, zh, en) => {
    const e = await failure(make(), name);
    expect(e.code).toBe(code);
    expect(e.messages.zh).toMatch(zh);
    expect(e.messages.en).toMatch(en);
    expect(e.messages.zh).toContain(name);
    expect(`${e.messages.zh}${e.messages.en}`).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["bytes", { maxBytes: 1000 }, /MB/],
    ["cells", { maxCells: 3 }, /6 cells \(at most 3\)/],
    ["sheets", { maxSheets: 1 }, /2 sheets/],
  ])("beyond its limit of %s: refused before parsing", async (_label, limit, en) => {
    const limits = { maxBytes: 1 << 20, maxCells: 1000, maxMerges: 100, maxMergedCells: 1000, maxSheets: 10, ...limit };
    const e = (await loadLegacyWorkbook(goodXls(), "大.xls", limits).catch((x: unknown) => x)) as XlsxError;
    expect(e.code).toBe("too-large");
    expect(e.messages.en).toMatch(en);
    expect(e.messages.zh).toMatch(/上限/);
  });

  it("reads a good .xls under any of its names, and a text file named .xlsx stays with the .xlsx reader's message", async () => {
    for (const name of ["表.xls", "表.et", "表.ett", "表.xlt", "表.xlsx", undefined]) {
      const wb = await loadWorkbook(goodXls(), name);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(["表一", "表二"]);
      expect(wb.getWorksheet("表一")!.getCell("B2").value).toBe(0.95);
    }
    const e = await failure(Uint8Array.from(Buffer.from("a,b\n1,2\n")), "t.xlsx");
    expect(e.code).toBe("not-zip");
  });

  it("passes over records it does not know (as WPS writes some), and says nothing on the console", async () => {
    const spy = jest.spyOn(console, "error");
    const odd = withWorkbookStream(goodXls(), (s) => insertInLastSheet(s, [...record(0x0999, [1, 2, 3, 4]), ...record(0x0998)]));
    const wb = await loadWorkbook(odd, "wps.et");
    expect(wb.getWorksheet("表二")!.getCell("B1").value).toBe(1);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(console.error).not.toBe(undefined);
  });

  it("sheets named __proto__ and constructor pollute nothing; the second is read", async () => {
    const wb = await loadWorkbook(
      xlsOf([
        ["__proto__", [["x", 1]]],
        ["constructor", [["y", 2]]],
      ]),
      "p.xls",
    );
    expect(wb.getWorksheet("constructor")!.getCell("B1").value).toBe(2);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("!data");
    expect(({} as Record<string, unknown>)["!data"]).toBeUndefined();
  });
});
