import { findingTitle } from "./findingNames";

describe("findingTitle", () => {
  it.each([
    ["score-mismatch", "zh", "得分与计算不符（score-mismatch）"],
    ["missing-reason", "en", "Deduction without a reason (missing-reason)"],
    ["no-such-code", "zh", "no-such-code"],
  ] as const)("%s in %s → %s", (code, lang, title) => expect(findingTitle(code, lang)).toBe(title));
});
