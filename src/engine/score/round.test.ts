import { exceedsWeight, fmt, fmtPercent, roundTo, sameUnderRounding, scoreConsistent, scoreToWrite } from "./round";

describe("roundTo", () => {
  it.each([
    [7.249, 2, 7.25],
    [7.25, 1, 7.3],
    [3.782, 1, 3.8],
    [7.8427, 2, 7.84],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [90, 0, 90],
    [1e308, 2, 1e308], // x × 100 overflows: nothing to round
    [-1e308, 2, -1e308],
    [Number.MAX_VALUE, 0, Number.MAX_VALUE],
    [5e-324, 2, 0],
  ])("roundTo(%p, %p) = %p", (x, d, want) => expect(roundTo(x, d)).toBe(want));
  it("never turns a finite number into ±Infinity", () => {
    for (const x of [1e306, 1.7e307, 1e308, Number.MAX_VALUE, -Number.MAX_VALUE])
      for (const d of [0, 1, 2, 4, 6]) expect(Number.isFinite(roundTo(x, d))).toBe(true);
  });
});

describe("scoreToWrite: rounded, then clamped to the 分值", () => {
  it.each<[number, number | null, number | null]>([
    [16.667, 16.667, 16.667], // full marks: 16.67 would exceed the 分值
    [16.6666, 16.667, 16.667],
    [12.5, 16.667, 12.5],
    [3.749999, 5, 3.75],
    [7.8427, 10, 7.84],
    [-0.001, 10, 0],
    [5.005, null, 5.01],
    [Infinity, 10, null],
    [NaN, 10, null],
    [1e308, 1e308, 1e308],
  ])("exact %p, 分值 %p → %p", (exact, weight, want) => expect(scoreToWrite(exact, weight)).toBe(want));
});

describe("exceedsWeight: full marks written with fewer decimals are not above the 分值", () => {
  it.each<[number, number, boolean]>([
    [16.667, 16.667, false],
    [16.67, 16.667, false],
    [16.7, 16.667, false],
    [16.68, 16.667, true],
    [17, 16.667, true],
    [10.01, 10, true],
    [10, 10, false],
    [5, 10, false],
  ])("reported %p, 分值 %p → %p", (reported, weight, want) => expect(exceedsWeight(reported, weight)).toBe(want));
});

describe("fmt", () => {
  it.each([
    [3.75, "3.75"],
    [90, "90"],
    [7.8427, "7.84"],
    [0.1 + 0.2, "0.3"],
    [-0, "0"],
    [0, "0"],
    [-2.345, "-2.35"],
    [NaN, "NaN"],
  ])("fmt(%p) = %p", (x, want) => expect(fmt(x)).toBe(want));
  it("writes a figure the same way every time it is asked", () => {
    const figures = [7.8427, 7.8427, 90, 7.84, 7.8427];
    expect(figures.map(fmt)).toEqual(["7.84", "7.84", "90", "7.84", "7.84"]);
  });
  it("formats a fraction as percent", () => expect(fmtPercent(21.74 / 27.72)).toBe("78.43%"));
});

describe("sameUnderRounding: the conventions real forms use", () => {
  it.each([
    [3.75, 3.75, true],
    [7.84, (21.74 / 27.72) * 10, true],
    [7.8, (21.74 / 27.72) * 10, true],
    [8, (21.74 / 27.72) * 10, true],
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
  ])("reported %p, exact %p, weight %p, unmet %p → %p", (r, e, w, unmet, want) => expect(scoreConsistent(r, e, w, unmet)).toBe(want));
});
