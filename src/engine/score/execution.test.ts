import { scoreExecution } from "./execution";
import { PROFILES } from "./profiles";

const base = PROFILES["mof-2020"];

describe("scoreExecution", () => {
  it.each([
    // initial, budget, executed, weight → rate, score
    [27.72, 27.72, 21.74, 10, 21.74 / 27.72, 7.8427],
    [178.37, 178.37, 178.37, 10, 1, 10],
    [43.2, 43.2, 37.24, 10, 37.24 / 43.2, 8.6204],
    [null, 65.66, 65.07, 10, 65.07 / 65.66, 9.9101],
    [310.2, null, 154.74, 10, 154.74 / 310.2, 4.9884], // blank full-year budget: the initial one is used
    [null, 278.4449, 30, 20, 30 / 278.4449, 2.1548],
    [null, 100, 120, 10, 1.2, 10], // over-execution never scores above the weight
  ])("initial %p, budget %p, executed %p, weight %p → rate %p, score %p", (initial, budget, executed, weight, rate, score) => {
    const v = scoreExecution({ initial, budget, executed, weight }, base);
    expect(v.rate).toBeCloseTo(rate, 6);
    expect(v.score).toBeCloseTo(score, 3);
  });

  it.each([
    [0, 0, 0],
    [null, null, 5],
    [null, 10, null],
  ])("no rate without a budget and an executed amount (%p, %p, %p)", (initial, budget, executed) => {
    const v = scoreExecution({ initial, budget, executed, weight: 10 }, base);
    expect(v.rate).toBeNull();
    expect(v.score).toBeNull();
  });

  it("takes the profile's weight when the cell is blank (Hubei: 20)", () => {
    const v = scoreExecution({ initial: null, budget: 100, executed: 50, weight: null }, PROFILES.hubei);
    expect(v.weight).toBe(20);
    expect(v.score).toBe(10);
    expect(v.assumptions).toHaveLength(1);
  });
});
