import { compactValueText } from "./normalize";
import { readRange } from "./range";

const r = (text: string) => {
  const read = readRange(compactValueText(text));
  return read && `${read.low}..${read.high}${read.unit ? ` ${read.unit.text}` : ""}`;
};

describe("readRange: bands written as a target", () => {
  it.each([
    ["90%-95%", "90..95 %"],
    ["90-95%", "90..95 %"],
    ["3-5天", "3..5 天"],
    ["3至5天", "3..5 天"],
    ["3~5 天", "3..5 天"],
    ["90%～95%之间", "90..95 %"],
    ["≥90%且≤100%", "90..100 %"],
    ["≤100%且≥90%", "90..100 %"],
    ["不低于90%，不高于100%", "90..100 %"],
    ["5000元-1万元", "0.5..1 万元"],
    ["2-3万元", "2..3 万元"],
    ["两-三次", null], // only the upper bound may be a Chinese numeral; such writing is left to a person
  ])("%j → %p", (text, want) => expect(r(text)).toBe(want));

  it.each([
    "95%-90%",
    "3天-5人",
    "≥90%且≥95%",
    "90%",
    "≥90%",
    "5-",
    "-5",
    "约3-5天左右",
    "1-2个月以上",
    "完成39户结亲户6次慰问、51户住户4次慰问",
  ])("%j is no band", (text) => expect(r(text)).toBeNull());
});
