import { fmt, fmtPercent, roundTo, sameUnderRounding, scoreConsistent } from "./round";

describe("roundTo", () => {
  it.each([
    [7.249, 2, 7.25],
    [7.25, 1, 7.3],
    [3.782, 1, 3.8],
    [7.8427, 2, 7.84],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [90, 0, 90],
  ])("roundTo(%p, %p) = %p", (x, d, want) => expect(roundTo(x, d)).toBe(want));
});

describe("fmt", () => {
  it.each([
    [3.75, "3.75"],
    [90, "90"],
    [7.8427, "7.84"],
    [0.1 + 0.2, "0.3"],
  ])("fmt(%p) = %p", (x, want) => expect(fmt(x)).toBe(want));
  it("formats a fraction as percent", () => expect(fmtPercent(21.74 / 27.72)).toBe("78.43%"));
});

describe("sameUnderRounding: the conventions real forms use", () => {
  it.each([
    [3.75, 3.75, true],
    [7.84, 21.74 / 27.72 * 10, true],
    [7.8, 21.74 / 27.72 * 10, true],
    [8, 21.74 / 27.72 * 10, true],
    [7.3, (10 * 11.78) / 16.25, true], // 7.249 → 7.25 → 7.3, seen in the seed
    [7.2, (10 * 11.78) / 16.25, true], // truncation to one decimal
    [7, (10 * 11.78) / 16.25, true],
    [9, 8.62, true], // rounded to an integer
    [9, 8.4, false],
    [13, 14.86, false],
    [94, 93, false],
    [91.44, 91.44, true],
  ])("reported %p vs exact %p → %p", (r, e, want) => expect(sameUnderRounding(r, e)).toBe(want));
});

describe("scoreConsistent: rounding never excuses full marks on a missed target", () => {
  it.each([
    [3, 2.92, 3, true, false],
    [2.9, 2.92, 3, true, true],
    [5, 5, 5, false, true],
    [10, 9.96, 10, true, false],
    [10, 9.96, 10, false, true],
  ])("reported %p, exact %p, weight %p, unmet %p → %p", (r, e, w, unmet, want) =>
    expect(scoreConsistent(r, e, w, unmet)).toBe(want),
  );
});
