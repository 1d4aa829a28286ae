import { commentsWithRuns } from "./commentRuns";

describe("commentsWithRuns", () => {
  it.each([
    ["<text><t>批注</t></text>", "<text><r><t>批注</t></r></text>"],
    ['<text> <t xml:space="preserve"> a </t></text>', '<text> <r><t xml:space="preserve"> a </t></r></text>'],
    ["<x:text><x:t>b</x:t></x:text>", "<x:text><x:r><x:t>b</x:t></x:r></x:text>"],
  ])("%s → %s", (xml, out) => expect(commentsWithRuns(xml)).toBe(out));

  it.each([["<text><r><t>a</t></r></text>"], ["<text><r><t>a</t></r><rPh><t>b</t></rPh></text>"]])("leaves runs as they are: %s", (xml) => {
    expect(commentsWithRuns(xml)).toBeNull();
  });
});
