import { CHUNK, RECORD_MARKER, recordCells, recordTextOfColumn, textOfChunks } from "./recordSheetText";

describe("the record's cells", () => {
  it.each([
    ["a short record", "SELFEVAL-RECORD/2 0badc0de 4\nAAAA"],
    ["a record of exactly one chunk", "x".repeat(CHUNK)],
    ["a record over several cells", "长".repeat(CHUNK * 2 + 7)],
    ["text that would turn into a formula or a number", "+12345"],
  ])("round-trips %s in cells of at most 8,000 characters", (_, text) => {
    const cells = recordCells(text);
    expect(cells[0]).toBe(RECORD_MARKER);
    expect(cells.slice(1).every((c) => c.length <= 8000 && c.startsWith("~"))).toBe(true);
    expect(textOfChunks(cells.slice(1))).toBe(text);
  });

  it.each([
    ["a chunk typed as a number", ["~AB", 5], "AB5"],
    ["a cell without the chunk mark", ["~AB", "CD"], "ABCD"],
    ["an empty cell", ["~AB", null], "AB"],
  ])("keeps %s in the text, so that the record's checksum refuses it", (_, cells, text) => {
    expect(textOfChunks(cells)).toBe(text);
  });
});

describe("a record sheet's column", () => {
  it.each([
    ["ours", ["selfeval-checker record v2", "~AB", "~CD"], "ABCD"],
    ["ours, from an earlier version", ["selfeval-checker records v1", "~AB"], "AB"],
    ["ours, holding no record", ["selfeval-checker record v2"], ""],
    ["the user's sheet of that name", ["用户自己的表", "~AB"], null],
    ["an empty sheet", [], null],
  ])("%s", (_, column, text) => expect(recordTextOfColumn(column)).toBe(text));
});
