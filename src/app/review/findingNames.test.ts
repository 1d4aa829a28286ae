import { DICTIONARIES } from "../../ui/i18n";
import { FINDING_TITLES, findingTitle } from "./findingNames";

describe("findingTitle", () => {
  it.each([
    ["score-mismatch", "zh", "得分与计算不符（score-mismatch）"],
    ["missing-reason", "en", "Deduction without a reason (missing-reason)"],
    ["no-such-code", "zh", "no-such-code"],
  ] as const)("%s in %s → %s", (code, lang, title) => expect(findingTitle(code, lang)).toBe(title));

  it.each(["zh", "en"] as const)("names every code as the pane does in %s", (lang) => {
    const pane = DICTIONARIES[lang].codes as Record<string, string>;
    for (const [code, title] of Object.entries(FINDING_TITLES)) expect([code, title[lang]]).toEqual([code, pane[code]]);
  });
});
