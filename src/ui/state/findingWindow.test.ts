import fc from "fast-check";
import {
  FINDINGS_PAGE as PAGE,
  MAX_RENDERED_FINDINGS as MAX,
  firstWindow,
  showEarlier,
  showMore,
  windowHolding,
  type FindingWindow,
} from "./findingWindow";
import { fcRuns } from "../../../test/fixtures/fcRuns";

describe("firstWindow", () => {
  it.each([
    [0, { start: 0, end: 0 }],
    [5, { start: 0, end: 5 }],
    [PAGE, { start: 0, end: PAGE }],
    [6000, { start: 0, end: PAGE }],
    [-3, { start: 0, end: 0 }],
  ])("of %i findings is %j", (total, expected) => {
    expect(firstWindow(total)).toEqual(expected);
  });
});

describe("showMore / showEarlier", () => {
  it.each<[string, FindingWindow, number, FindingWindow]>([
    ["grows by a page", { start: 0, end: PAGE }, 6000, { start: 0, end: 2 * PAGE }],
    ["stops at the end", { start: 0, end: PAGE }, PAGE + 7, { start: 0, end: PAGE + 7 }],
    ["slides once at its longest", { start: 0, end: MAX }, 6000, { start: PAGE, end: MAX + PAGE }],
    ["changes nothing at the end", { start: 5, end: 50 }, 50, { start: 5, end: 50 }],
  ])("showMore %s", (_name, w, total, expected) => {
    expect(showMore(w, total)).toEqual(expected);
  });

  it.each<[string, FindingWindow, FindingWindow]>([
    ["grows by a page", { start: 2 * PAGE, end: 3 * PAGE }, { start: PAGE, end: 3 * PAGE }],
    ["stops at the start", { start: 7, end: 50 }, { start: 0, end: 50 }],
    ["slides once at its longest", { start: 1000, end: 1000 + MAX }, { start: 1000 - PAGE, end: 1000 - PAGE + MAX }],
  ])("showEarlier %s", (_name, w, expected) => {
    expect(showEarlier(w)).toEqual(expected);
  });
});

describe("windowHolding", () => {
  it.each<[string, FindingWindow, number, number, FindingWindow]>([
    ["inside: unchanged", { start: 0, end: PAGE }, 40, 6000, { start: 0, end: PAGE }],
    ["just past the end: grows", { start: 0, end: PAGE }, PAGE, 6000, { start: 0, end: PAGE + 1 + PAGE / 2 }],
    ["just before the start: grows", { start: 1000, end: 1000 + PAGE }, 999, 6000, { start: 999 - PAGE / 2, end: 1000 + PAGE }],
    ["far: a fresh page around it", { start: 0, end: PAGE }, 4999, 6000, { start: 4999 - PAGE / 2, end: 4999 + PAGE / 2 }],
    ["wrapped to the first", { start: 5900, end: 6000 }, 0, 6000, { start: 0, end: PAGE }],
    ["wrapped to the last", { start: 0, end: PAGE }, 5999, 6000, { start: 6000 - PAGE, end: 6000 }],
    ["outside the list: unchanged", { start: 0, end: PAGE }, 6000, 6000, { start: 0, end: PAGE }],
  ])("%s", (_name, w, index, total, expected) => {
    expect(windowHolding(w, index, total)).toEqual(expected);
  });

  const windowIn = (total: number) =>
    fc.tuple(fc.nat(total), fc.nat(MAX)).map(([start, length]) => ({ start, end: Math.min(total, start + length) }));

  it("always holds the index, stays within the list and never exceeds the limit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }).chain((total) => fc.tuple(fc.constant(total), windowIn(total), fc.nat(total - 1))),
        ([total, w, index]) => {
          const next = windowHolding(w, index, total);
          expect(next.start).toBeLessThanOrEqual(index);
          expect(next.end).toBeGreaterThan(index);
          expect(next.start).toBeGreaterThanOrEqual(0);
          expect(next.end).toBeLessThanOrEqual(total);
          expect(next.end - next.start).toBeLessThanOrEqual(MAX);
        },
      ),
      fcRuns(100),
    );
  });

  it("stepping one by one from the first to the last finding never renders more than the limit", () => {
    const total = 2000;
    let w = firstWindow(total);
    for (let i = 0; i < total; i++) {
      w = windowHolding(w, i, total);
      expect(w.end - w.start).toBeLessThanOrEqual(MAX);
      expect(i).toBeGreaterThanOrEqual(w.start);
    }
    expect(w.end).toBe(total);
  });
});
