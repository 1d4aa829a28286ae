import type { ParsedPair, ParsedValue, Tier } from "../parse/types";
import type { LocalText } from "../localText";
import type { RuleProfile } from "./profile";
import { compactText } from "../grid/text";
import { compactValueText } from "../parse/normalize";
import { isCountUnit } from "../parse/units";
import { say } from "../messages";
import { directionOf, isCostIndicator, isLowerBetter } from "./direction";
import { manualVerdict, type Verdict } from "./verdict";

export interface IndicatorInput {
  name: string;
  level2: string;
  pair: ParsedPair;
  /** The cells as written, for messages. */
  targetText: string;
  actualText: string;
  weight: number | null;
}

type NumberValue = Extract<ParsedValue, { kind: "number" }>;
type RangeValue = Extract<ParsedValue, { kind: "range" }>;
const plain = (x: number) => `${Number.isInteger(x) ? x : +x.toFixed(4)}`;
const show = (v: NumberValue) => `${plain(v.value)}${v.unit ? v.unit.text : ""}`;
const showBand = (v: RangeValue) => `${plain(v.low)}–${plain(v.high)}${v.unit ? v.unit.text : ""}`;

/** "全部完成", "已完成", "100%完成": a claim of completion, not a measured value. */
const COMPLETION_CLAIM_RE =
  /^(?:(?:已经|已|均已|已全部|全部|全面|均|按期|如期)?完成(?:全部)?|(?:100%|百分之百|全部)完成|完成(?:率)?100%)$/u;

/** Durations (办结时间 3-5天, 响应时长 24-48小时): a band of time is lower-is-better. */
const DURATION_UNIT_RE = /^(?:个)?工作日$|^人天$|^工日$/u;
const DURATION_NAME_RE = /时间|时限|时长|周期|天数|用时|耗时/u;

function isDuration(unit: RangeValue["unit"], name: string): boolean {
  return (unit !== null && (unit.base === "小时" || DURATION_UNIT_RE.test(unit.base))) || DURATION_NAME_RE.test(compactText(name));
}

function isCountTarget(t: ParsedValue): boolean {
  if (t.kind !== "number") return false;
  return t.unit === null ? Number.isInteger(t.value) : isCountUnit(t.unit);
}

/** Text compared the way a reviewer would: spaces, full-width forms and punctuation do not count. */
function sameText(a: string, b: string): boolean {
  const strip = (s: string) => compactText(s).replace(/[，,。.;；:：、!！?？"'“”‘’()（）\-—–~]/g, "");
  const x = strip(a);
  return x !== "" && x === strip(b);
}

/**
 * Scores one indicator row by the profile's rules (RULES.md §4). A weight that is negative or not finite scores
 * nothing (the form's weights are flagged elsewhere); no score is ever ±Infinity or NaN.
 */
export function scoreIndicator(input: IndicatorInput, profile: RuleProfile): Verdict {
  const weight = input.weight !== null && Number.isFinite(input.weight) && input.weight >= 0 ? input.weight : null;
  const v = judge(weight === input.weight ? input : { ...input, weight }, profile);
  return v.score !== null && !Number.isFinite(v.score) ? { ...v, score: null } : v;
}

function judge(input: IndicatorInput, profile: RuleProfile): Verdict {
  const { target: t, actual: a } = input.pair;
  if (t.kind === "error" || a.kind === "error") return manualVerdict(say.manual.notComparable(input.targetText, input.actualText));
  if (t.kind === "empty" && a.kind === "empty") return manualVerdict(say.manual.bothBlank);
  if (a.kind === "empty") return manualVerdict(say.manual.actualBlank);
  if (isCountTarget(t) && input.actualText.includes("完成") && COMPLETION_CLAIM_RE.test(compactValueText(input.actualText)))
    return claimedDone(input);
  if (t.kind === "number" && a.kind === "number") return quantitative(input, t, a, profile);
  if (t.kind === "range" && a.kind === "number") return band(input, t, a, profile);
  if (t.kind === "date" && a.kind === "date") return dates(input, t, a);
  if (t.kind !== "empty" && sameText(input.targetText, input.actualText)) return full(input.weight, say.sameText(input.weight ?? 0));
  if (a.kind === "number" && a.unit?.base === "%") return tierByPercent(input, a.value, profile);
  if (a.kind === "qualitative") return tierByWord(input, a.text, a.tier, profile);
  if (t.kind === "empty") return manualVerdict(say.manual.targetBlank);
  if (t.kind === "text" && a.kind === "text") return manualVerdict(say.manual.textDiffers);
  return manualVerdict(say.manual.notComparable(input.targetText, input.actualText));
}

function full(weight: number | null, explanation: LocalText, assumptions: LocalText[] = [], achievement: number | null = null): Verdict {
  return {
    status: "met",
    score: weight,
    range: null,
    unmet: false,
    explanation: weight === null ? say.noWeight(explanation) : explanation,
    assumptions,
    achievement,
    manual: null,
  };
}

function partial(
  weight: number | null,
  score: (w: number) => number,
  explain: (w: number, s: number) => LocalText,
  assumptions: LocalText[],
  achievement: number | null,
): Verdict {
  if (weight === null) {
    const e = explain(1, score(1));
    return { status: "unmet", score: null, range: null, unmet: true, explanation: say.noWeight(e), assumptions, achievement, manual: null };
  }
  const s = Math.max(0, Math.min(weight, score(weight)));
  return { status: "unmet", score: s, range: null, unmet: true, explanation: explain(weight, s), assumptions, achievement, manual: null };
}

function quantitative(input: IndicatorInput, t: NumberValue, a: NumberValue, profile: RuleProfile): Verdict {
  const { comparator, assumption } = directionOf(t, input.name, input.level2);
  const assumptions: LocalText[] = [];
  if (assumption) assumptions.push(assumption);
  if (input.pair.actualUnitAssumed && t.unit) assumptions.push(say.actualUnitAssumed(t.unit.text));
  const tv = t.value;
  const av = a.value;
  const w = input.weight;
  const achievement = tv > 0 ? av / tv : null;
  const eps = 1e-9 * Math.max(1, Math.abs(tv));

  if (comparator === ">=" || comparator === ">") {
    if (av >= tv - eps) return full(w, say.metAtLeast(show(a), show(t), w ?? 0), assumptions, achievement);
    if (tv <= 0) return { ...manualVerdict(say.manual.zeroTarget), assumptions };
    return partial(
      w,
      (x) => (x * Math.max(av, 0)) / tv,
      (x, s) => say.ratio(Math.max(av, 0), tv, x, s),
      assumptions,
      achievement,
    );
  }
  if (comparator === "<=" || comparator === "<") {
    if (av <= tv + eps) return full(w, say.metAtMost(show(a), show(t), w ?? 0), assumptions, achievement);
    return overLimit(w, tv, av, profile, assumptions, achievement);
  }
  // "=": met when equal; below scores in proportion; above is over-achievement, noted and not deducted.
  if (Math.abs(av - tv) <= eps) return full(w, say.metEqual(show(a), show(t), w ?? 0), assumptions, achievement);
  if (av > tv) return full(w, say.overAchieved(show(a), show(t), w ?? 0), assumptions, achievement);
  if (tv <= 0) return { ...manualVerdict(say.manual.zeroTarget), assumptions };
  return partial(
    w,
    (x) => (x * Math.max(av, 0)) / tv,
    (x, s) => say.ratio(Math.max(av, 0), tv, x, s),
    assumptions,
    achievement,
  );
}

/** "全部完成" against a count: met for scoring, but no arithmetic checked it, so a person should look (RULES.md §3). */
function claimedDone(input: IndicatorInput): Verdict {
  const actual = input.actualText.trim();
  const target = input.targetText.trim();
  return {
    ...full(input.weight, say.claimedDone(actual, target, input.weight ?? 0)),
    manual: say.manual.claimNotCounted(actual, target),
    unverified: true,
  };
}

/**
 * A band (RULES.md §3): inside is met. Outside, the indicator's direction decides: for a ≥-type quantity only falling
 * short of the lower bound is a miss, scored against it; for a ≤-type (a cost, a duration, a rate of something bad) only
 * exceeding the upper bound is, scored against it (ratio, or linear under that profile).
 */
function band(input: IndicatorInput, t: RangeValue, a: NumberValue, profile: RuleProfile): Verdict {
  const lowerBetter = isCostIndicator(input.level2, input.name) || isLowerBetter(input.name) || isDuration(t.unit, input.name);
  const assumptions: LocalText[] = [lowerBetter ? say.bandAtMost : say.bandAtLeast];
  if (input.pair.actualUnitAssumed && t.unit) assumptions.push(say.actualUnitAssumed(t.unit.text));
  const { low, high } = t;
  const av = a.value;
  const w = input.weight;
  const eps = 1e-9 * Math.max(1, Math.abs(high));
  const achievement = !lowerBetter && low > 0 ? av / low : null;
  if (av >= low - eps && av <= high + eps) return full(w, say.inBand(show(a), showBand(t), w ?? 0), assumptions, achievement);
  if (!lowerBetter) {
    if (av > high) return full(w, say.outsideBandFine(show(a), showBand(t), w ?? 0), assumptions, achievement);
    if (low <= 0) return { ...manualVerdict(say.manual.zeroTarget), assumptions };
    return partial(
      w,
      (x) => (x * Math.max(av, 0)) / low,
      (x, s) => say.ratio(Math.max(av, 0), low, x, s),
      assumptions,
      achievement,
    );
  }
  if (av < low) return full(w, say.outsideBandFine(show(a), showBand(t), w ?? 0), assumptions, achievement);
  return overLimit(w, high, av, profile, assumptions, achievement);
}

/**
 * An actual above the most it may be (a ≤ target, or a band's upper bound): scored limit / actual, or linearly under
 * the profile that says so; a limit of 0 or below leaves nothing to score.
 */
function overLimit(
  w: number | null,
  limit: number,
  av: number,
  profile: RuleProfile,
  assumptions: LocalText[],
  achievement: number | null,
): Verdict {
  if (limit <= 0)
    return partial(
      w,
      () => 0,
      (x, s) => say.ratio(limit, av, x, s),
      assumptions,
      achievement,
    );
  if (profile.reverse === "linear")
    return partial(
      w,
      (x) => x * Math.max(0, 1 - (av - limit) / limit),
      (x, s) => say.linear(av, limit, x, s),
      assumptions,
      achievement,
    );
  return partial(
    w,
    (x) => (x * limit) / av,
    (x, s) => say.ratio(limit, av, x, s),
    assumptions,
    achievement,
  );
}

function dates(input: IndicatorInput, t: Extract<ParsedValue, { kind: "date" }>, a: Extract<ParsedValue, { kind: "date" }>): Verdict {
  if (a.end <= t.end) return full(input.weight, say.onTime(input.actualText.trim(), input.targetText.trim(), input.weight ?? 0));
  const why = say.manual.late(input.actualText.trim(), input.targetText.trim());
  return { status: "unmet", score: null, range: null, unmet: true, explanation: why, assumptions: [], achievement: null, manual: why };
}

function tierOf(share: number, profile: RuleProfile): Tier {
  if (share >= profile.tiers.top.min - 1e-9) return "top";
  if (share >= profile.tiers.middle.min - 1e-9) return "middle";
  return "bottom";
}

function tierRange(tier: Tier, w: number, profile: RuleProfile): [number, number] {
  const band = profile.tiers[tier];
  return [w * band.min, w * band.max];
}

/** A tier read with no 分值 to score it: met or not, and why no score. */
function tierWithoutWeight(tier: Tier, achievement: number | null): Verdict {
  return {
    status: tier === "top" ? "met" : "unmet",
    score: null,
    range: null,
    unmet: tier !== "top",
    explanation: say.noWeight(say.manual.tierNoPercent(say.tiers[tier])),
    assumptions: [],
    achievement,
    manual: null,
  };
}

function tierByPercent(input: IndicatorInput, percent: number, profile: RuleProfile): Verdict {
  const share = Math.max(0, percent) / 100;
  const tier = tierOf(share, profile);
  const w = input.weight;
  if (w === null) return tierWithoutWeight(tier, share);
  const [lo, hi] = tierRange(tier, w, profile);
  const fill = w * Math.min(share, 1);
  return {
    status: tier === "top" ? "met" : "unmet",
    score: fill,
    range: [lo, hi],
    unmet: tier !== "top",
    explanation: say.tierByPercent(percent, say.tiers[tier], lo, hi, fill, w),
    assumptions: [],
    achievement: share,
    manual: null,
  };
}

function tierByWord(input: IndicatorInput, word: string, tier: Tier, profile: RuleProfile): Verdict {
  const w = input.weight;
  if (w === null) return tierWithoutWeight(tier, null);
  const [lo, hi] = tierRange(tier, w, profile);
  const explanation = say.tierByWord(word, say.tiers[tier], lo, hi);
  if (tier === "top")
    return { status: "met", score: w, range: [lo, hi], unmet: false, explanation, assumptions: [], achievement: null, manual: null };
  return {
    status: "unmet",
    score: null,
    range: [lo, hi],
    unmet: true,
    explanation,
    assumptions: [],
    achievement: null,
    manual: say.manual.tierNoPercent(say.tiers[tier]),
  };
}
