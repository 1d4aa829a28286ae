import fc from "fast-check";
import type { CellValue } from "./types";
import { compactText, isBlank, normalizeText } from "./text";
import { fcRuns } from "../../../test/fixtures/fcRuns";

/** Format characters (Unicode Cf) seen in pasted text: zero-width space, BOM, word joiner, soft hyphen, bidi marks. */
const INVISIBLE_CHARS = [
  "\u200b",
  "\ufeff",
  "\u2060",
  "\u00ad",
  "\u200e",
  "\u200c",
  "\u202a",
  "\u0600",
  "\u061c",
  "\ufff9",
  "\u{E0001}",
  "\u{1D173}",
  "\u{110BD}",
];

describe("normalizeText", () => {
  it.each([
    ["  ≥ 95 % ", "≥ 95 %"],
    ["＞＝９５％", ">=95%"],
    ["项\u3000目\u00a0名称", "项 目 名称"],
    ["a\n\n b\t c", "a b c"],
    ["plain", "plain"],
    ["", ""],
    ["（万元）", "(万元)"],
    ["9\u200b5\ufeff%", "95%"],
    ["\u200b项目名称\u2060", "项目名称"],
    ["≥\u202f95\u2009%", "≥ 95 %"],
    ["\u00ad\u200e", ""],
    ["9\u{E0001}5\u0600%", "95%"],
  ])("%j → %j", (input, want) => expect(normalizeText(input)).toBe(want));

  it("is idempotent and agrees with a character-by-character fold", () => {
    const slow = (s: string) => {
      let out = "";
      for (const ch of s) {
        const code = ch.codePointAt(0)!;
        if (/\p{Cf}/u.test(ch)) continue;
        if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
        else if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x202f) out += " ";
        else out += ch;
      }
      return out.replace(/\s+/g, " ").trim();
    };
    const chars = fc.constantFrom(
      "a",
      "1",
      "９",
      "＝",
      " ",
      "\u3000",
      "\n",
      "项",
      "%",
      "\u00a0",
      "\t",
      "≥",
      "\u202f",
      "ا",
      "😀",
      ...INVISIBLE_CHARS,
    );
    fc.assert(
      fc.property(
        fc.array(chars).map((a) => a.join("")),
        (s) => {
          expect(normalizeText(s)).toBe(slow(s));
          expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
          expect(compactText(s)).toBe(slow(s).replace(/ /g, ""));
          expect(isBlank(s)).toBe(slow(s) === "");
        },
      ),
      fcRuns(20000),
    );
  });

  it("compactText drops every space", () => expect(compactText(" 一 级 指 标 ")).toBe("一级指标"));
  it("compactText drops invisible characters", () => expect(compactText("一\u200b级\ufeff指\u2060标\u00a0")).toBe("一级指标"));
});

describe("every format character (Unicode Cf) and every space character is noise", () => {
  const all = (re: RegExp) => {
    const out: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++)
      if (cp < 0xd800 || cp > 0xdfff) if (re.test(String.fromCodePoint(cp))) out.push(String.fromCodePoint(cp));
    return out;
  };
  const formats = all(/^\p{Cf}$/u);
  const spaces = all(/^\p{Zs}$/u);
  it("knows them all", () => expect([formats.length > 150, spaces.length]).toEqual([true, 17]));
  it.each([...formats, ...spaces].map((ch) => [`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`, ch]))(
    "%s",
    (_name, ch) => {
      const space = /\p{Zs}/u.test(ch);
      expect(normalizeText(`≥9${ch}5%`)).toBe(space ? "≥9 5%" : "≥95%");
      expect(compactText(`≥9${ch}5%`)).toBe("≥95%");
      expect(isBlank(`${ch}${ch}`)).toBe(true);
    },
  );
});

describe("isBlank", () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    ["", true],
    [" \u3000\u00a0", true],
    ["\u200b", true],
    ["\ufeff\u200b\u2060 ", true],
    ["\u200b0", false],
    ["  \t\n 0", false],
    [" \u3000项", false],
    ["\n\r\t", true],
    ["\u{E0001}\u061c", true],
    ["ا", false],
    [0, false],
    ["x", false],
  ])("%j → %p", (v, want) => expect(isBlank(v)).toBe(want));
});
