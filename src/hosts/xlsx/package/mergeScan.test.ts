import { cellsOfRef, MergeScanner, OversizedMergeTagError } from "./mergeScan";

const bytes = (s: string) => new TextEncoder().encode(s);

function scanInChunks(xml: string, size: number) {
  const scanner = new MergeScanner();
  const all = bytes(xml);
  for (let at = 0; at < all.length; at += size) scanner.push(all.subarray(at, at + size));
  return scanner.end();
}

describe("cellsOfRef", () => {
  it.each([
    ["A1", 1],
    ["A1:B2", 4],
    ["B2:A1", 4],
    ["a1:c3", 9],
    ["$A$1:$C$2", 6],
    ["A1:XFD1048576", 16384 * 1048576],
    ["A1:B2 C3:C4", 6],
    ["nonsense", 1],
  ])("%s covers %i cells", (ref, cells) => expect(cellsOfRef(ref)).toBe(cells));
});

describe("MergeScanner", () => {
  const sheet =
    '<worksheet><sheetData/><mergeCells count="3"><mergeCell ref="A1:B2"/>' +
    "<x:mergeCell ref='C1:C3'/><mergeCell  ref=\"D1:&#x45;1\"/></mergeCells></worksheet>";

  it.each([1, 2, 7, 64, 4096])("counts the same whatever the chunk size (%i bytes)", (size) => {
    expect(scanInChunks(sheet, size)).toEqual({ areas: 3, cells: 4 + 3 + 2 });
  });

  it.each([
    ['<mergeCellsX ref="A1:Z99"/>', 0],
    ['<c r="A1"><v>1</v></c>', 0],
    ['<mergeCell xr:ref="A1:Z99" ref="A1"/>', 1],
  ])("%s → %i cells", (xml, cells) => expect(scanInChunks(xml, 5).cells).toBe(cells));

  it("refuses a <mergeCell> tag longer than any honest one rather than lose it between chunks", () => {
    expect(() => scanInChunks(`<mergeCell${" ".repeat(70_000)}ref="A1:B2"/>`, 1000)).toThrow(OversizedMergeTagError);
  });

  it("drops a long unfinished tag that is not a <mergeCell> and keeps counting after it", () => {
    expect(scanInChunks(`<row${" ".repeat(70_000)}r="1"/><mergeCell ref="A1:A2"/>`, 1000)).toEqual({ areas: 1, cells: 2 });
  });
});
