import fc from "fast-check";
import { compactText, normalizeText } from "./text";

describe("normalizeText", () => {
  it.each([
    ["  ≥ 95 % ", "≥ 95 %"],
    ["＞＝９５％", ">=95%"],
    ["项\u3000目\u00a0名称", "项 目 名称"],
    ["a\n\n b\t c", "a b c"],
    ["plain", "plain"],
    ["", ""],
    ["（万元）", "(万元)"],
  ])("%j → %j", (input, want) => expect(normalizeText(input)).toBe(want));

  it("is idempotent and agrees with a character-by-character fold", () => {
    const slow = (s: string) => {
      let out = "";
      for (const ch of s) {
        const code = ch.codePointAt(0)!;
        if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
        else if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009) out += " ";
        else out += ch;
      }
      return out.replace(/\s+/g, " ").trim();
    };
    const chars = fc.constantFrom("a", "1", "９", "＝", " ", "\u3000", "\n", "项", "%", "\u00a0", "\t", "≥");
    fc.assert(
      fc.property(fc.array(chars).map((a) => a.join("")), (s) => {
        expect(normalizeText(s)).toBe(slow(s));
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
        expect(compactText(s)).toBe(slow(s).replace(/ /g, ""));
      }),
      { numRuns: 20000 },
    );
  });

  it("compactText drops every space", () => expect(compactText(" 一 级 指 标 ")).toBe("一级指标"));
});
