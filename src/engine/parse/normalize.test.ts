import { normalizeText } from "../grid/text";
import { compactValueText, foldValueText, tidyNumber, tidyText } from "./normalize";

describe("foldValueText", () => {
  it.each([
    ["≧ 735 人次", "≥ 735 人次"],
    ["≦5%", "≤5%"],
    ["═ 100 %", "= 100 %"],
    ["﹦100%", "=100%"],
    ["＞＝９５％", ">=95%"],
    ["＜１０", "<10"],
    ["  95\u3000% ", "95 %"],
    ["1，000", "1,000"],
    ["50㎡", "50平方米"],
  ])("%j → %j", (input, expected) => expect(foldValueText(input)).toBe(expected));
});

describe("tidyText and compactValueText", () => {
  it.each([
    ["15万元。", "15万元", "15万元"],
    ["社会认可的办学环境.", "社会认可的办学环境", "社会认可的办学环境"],
    [" ≥ 1,000 人次；", "≥ 1,000 人次", "≥1,000人次"],
    ["美化环境。 ", "美化环境", "美化环境"],
    ["", "", ""],
  ])("%j → %j / %j", (input, tidy, compact) => {
    expect(tidyText(input)).toBe(tidy);
    expect(compactValueText(input)).toBe(compact);
  });
});

describe("tidyNumber", () => {
  it.each([
    [78.43 / 100, 0.7843],
    [0.1 + 0.2, 0.3],
    [4.69 * 10000, 46900],
    [Infinity, Infinity],
  ])("%p → %p", (input, expected) => expect(tidyNumber(input)).toBe(expected));
});

describe("foldValueText agrees with normalizeText on text it skips", () => {
  it.each(["≥95%", "5套", "有效提高", "a b", "\u2028x", "x\u2029", "\u200bx", "\u1680a", "a\u205fb", "\u202f5"])("%j", (text) => {
    expect(foldValueText(text)).toBe(normalizeText(text).replace(/≧/g, "≥"));
  });
});
