import fc from "fast-check";
import type { Comparator, ParsedValue, Tier } from "../parse/types";
import { scoreIndicator } from "./indicator";
import { PROFILES, PROFILE_IDS } from "./profiles";
import { fcRuns } from "../../../test/fixtures/fcRuns";

const comparator = fc.constantFrom<Comparator | null>(">=", "<=", "=", ">", "<", null);
const unit = fc.constantFrom(
  null,
  { text: "%", base: "%", factor: 1 },
  { text: "万元", base: "元", factor: 10000 },
  { text: "人", base: "人", factor: 1 },
);
const number: fc.Arbitrary<ParsedValue> = fc.record({
  kind: fc.constant("number" as const),
  value: fc.oneof(fc.double({ min: -1e6, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 200 })),
  unit,
  comparator,
  comparatorFrom: fc.constantFrom<"symbol" | "word" | null>("symbol", "word", null),
});
const qualitative: fc.Arbitrary<ParsedValue> = fc.record({
  kind: fc.constant("qualitative" as const),
  text: fc.constantFrom("有效提高", "达成预期指标", "基本完成", "未完成"),
  tier: fc.constantFrom<Tier>("top", "middle", "bottom"),
});
const dayNumber = fc.integer({ min: 10000, max: 30000 });
const date: fc.Arbitrary<ParsedValue> = fc
  .tuple(dayNumber, fc.integer({ min: 0, max: 400 }), comparator)
  .map(([start, len, c]) => ({ kind: "date" as const, start, end: start + len, comparator: c }));
const range: fc.Arbitrary<ParsedValue> = fc
  .tuple(fc.double({ min: -1e6, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), unit)
  .map(([low, span, u]) => ({ kind: "range" as const, low, high: low + span, unit: u }));
const value: fc.Arbitrary<ParsedValue> = fc.oneof(
  number,
  range,
  qualitative,
  date,
  fc.constant<ParsedValue>({ kind: "empty" }),
  fc.constant<ParsedValue>({ kind: "error", error: "#DIV/0!" }),
  fc.string().map((text): ParsedValue => ({ kind: "text", text })),
);

describe("scoreIndicator properties", () => {
  it("never throws and never scores above the weight or below 0, under every profile", () => {
    fc.assert(
      fc.property(
        value,
        value,
        fc.option(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(-5, Infinity, NaN, 1e308, Number.MAX_VALUE))),
        fc.constantFrom(...PROFILE_IDS),
        fc.constantFrom("数量指标", "成本指标", "满意度指标"),
        fc.string(),
        fc.string(),
        (target, actual, weight, profile, level2, targetText, actualText) => {
          const v = scoreIndicator(
            {
              name: "指标",
              level2,
              pair: { target, actual, actualUnitAssumed: false, unitMismatch: false, actualHasComparator: false },
              targetText,
              actualText,
              weight,
            },
            PROFILES[profile],
          );
          if (v.score !== null) {
            expect(Number.isFinite(v.score)).toBe(true);
            expect(v.score).toBeGreaterThanOrEqual(0);
            expect(v.score).toBeLessThanOrEqual((weight ?? 0) * (1 + 1e-12));
          }
          if (v.range) expect(v.range[0]).toBeLessThanOrEqual(v.range[1]);
          expect(["met", "unmet", "manual"]).toContain(v.status);
          expect(v.explanation.zh.length).toBeGreaterThan(0);
        },
      ),
      fcRuns(20000),
    );
  });

  it("a met row scores its full weight; an unmet quantitative row scores less", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 30 }), (t, a, w) => {
        const target: ParsedValue = { kind: "number", value: t, unit: null, comparator: ">=", comparatorFrom: "symbol" };
        const actual: ParsedValue = { kind: "number", value: a, unit: null, comparator: null, comparatorFrom: null };
        const v = scoreIndicator(
          {
            name: "x",
            level2: "数量指标",
            pair: { target, actual, actualUnitAssumed: false, unitMismatch: false, actualHasComparator: false },
            targetText: "",
            actualText: "",
            weight: w,
          },
          PROFILES["mof-2020"],
        );
        if (a >= t) expect(v.score).toBe(w);
        else expect(v.score!).toBeLessThan(w);
      }),
      fcRuns(10000),
    );
  });
});
