import JSZip from "jszip";
import { readZipDirectory, ZipDirectoryError } from "./zipDirectory";

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "a comment after the directory" });
}

describe("readZipDirectory", () => {
  it("lists every entry with its declared sizes, without unpacking", async () => {
    const bytes = await zipOf({ "xl/workbook.xml": "x".repeat(5000), "表.xml": "短" });
    expect(readZipDirectory(bytes).filter((e) => !e.name.endsWith("/"))).toEqual([
      { name: "xl/workbook.xml", compressedSize: expect.any(Number), uncompressedSize: 5000 },
      { name: "表.xml", compressedSize: expect.any(Number), uncompressedSize: 3 },
    ]);
  });

  it("reads an archive with data before it (a self-extracting stub)", async () => {
    const bytes = await zipOf({ "a.xml": "a" });
    const prefixed = new Uint8Array(100 + bytes.length);
    prefixed.set(bytes, 100);
    expect(readZipDirectory(prefixed).map((e) => e.name)).toEqual(["a.xml"]);
  });

  it.each([
    ["no end record", (b: Uint8Array) => b.subarray(0, b.length - 40)],
    ["a directory cut short", (b: Uint8Array) => b.subarray(b.length - 60)],
  ])("refuses %s", async (_label, cut) => {
    const bytes = await zipOf({ "a.xml": "a", "b.xml": "b" });
    expect(() => readZipDirectory(cut(bytes))).toThrow(ZipDirectoryError);
  });
});
