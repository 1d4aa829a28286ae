import type { ParsedPair, ParsedValue, Tier } from "../parse/types";
import type { LocalText } from "../find/types";
import type { RuleProfile } from "./profile";
import { compactText } from "../grid/text";
import { say } from "../find/messages";
import { directionOf } from "./direction";
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

const show = (v: NumberValue) => `${Number.isInteger(v.value) ? v.value : +v.value.toFixed(4)}${v.unit ? v.unit.text : ""}`;

/** Text compared the way a reviewer would: spaces, full-width forms and punctuation do not count. */
function sameText(a: string, b: string): boolean {
  const strip = (s: string) => compactText(s).replace(/[，,。.;；:：、!！?？"'“”‘’()（）\-—–~]/g, "");
  const x = strip(a);
  return x !== "" && x === strip(b);
}

/** Scores one indicator row by the profile's rules (RULES.md §4). */
export function scoreIndicator(input: IndicatorInput, profile: RuleProfile): Verdict {
  const { target: t, actual: a } = input.pair;
  if (t.kind === "error" || a.kind === "error") return manualVerdict(say.manual.notComparable(input.targetText, input.actualText));
  if (t.kind === "empty" && a.kind === "empty") return manualVerdict(say.manual.bothBlank);
  if (a.kind === "empty") return manualVerdict(say.manual.actualBlank);
  if (t.kind === "number" && a.kind === "number") return quantitative(input, t, a, profile);
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

function partial(weight: number | null, score: (w: number) => number, explain: (w: number, s: number) => LocalText, assumptions: LocalText[], achievement: number | null): Verdict {
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
    return partial(w, (x) => (x * Math.max(av, 0)) / tv, (x, s) => say.ratio(Math.max(av, 0), tv, x, s), assumptions, achievement);
  }
  if (comparator === "<=" || comparator === "<") {
    if (av <= tv + eps) return full(w, say.metAtMost(show(a), show(t), w ?? 0), assumptions, achievement);
    if (tv <= 0) return partial(w, () => 0, (x, s) => say.ratio(tv, av, x, s), assumptions, achievement);
    if (profile.reverse === "linear")
      return partial(w, (x) => x * Math.max(0, 1 - (av - tv) / tv), (x, s) => say.linear(av, tv, x, s), assumptions, achievement);
    return partial(w, (x) => (x * tv) / av, (x, s) => say.ratio(tv, av, x, s), assumptions, achievement);
  }
  // "=": met when equal; below scores in proportion; above is over-achievement, noted and not deducted.
  if (Math.abs(av - tv) <= eps) return full(w, say.metEqual(show(a), show(t), w ?? 0), assumptions, achievement);
  if (av > tv) return full(w, say.overAchieved(show(a), show(t), w ?? 0), assumptions, achievement);
  if (tv <= 0) return { ...manualVerdict(say.manual.zeroTarget), assumptions };
  return partial(w, (x) => (x * Math.max(av, 0)) / tv, (x, s) => say.ratio(Math.max(av, 0), tv, x, s), assumptions, achievement);
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

function tierByPercent(input: IndicatorInput, percent: number, profile: RuleProfile): Verdict {
  const share = Math.max(0, percent) / 100;
  const tier = tierOf(share, profile);
  const w = input.weight;
  if (w === null) {
    const why = say.manual.tierNoPercent(say.tiers[tier]);
    return { status: tier === "top" ? "met" : "unmet", score: null, range: null, unmet: tier !== "top", explanation: say.noWeight(why), assumptions: [], achievement: share, manual: null };
  }
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
  if (w === null) {
    const why = say.manual.tierNoPercent(say.tiers[tier]);
    return { status: tier === "top" ? "met" : "unmet", score: null, range: null, unmet: tier !== "top", explanation: say.noWeight(why), assumptions: [], achievement: null, manual: null };
  }
  const [lo, hi] = tierRange(tier, w, profile);
  const explanation = say.tierByWord(word, say.tiers[tier], lo, hi);
  if (tier === "top") return { status: "met", score: w, range: [lo, hi], unmet: false, explanation, assumptions: [], achievement: null, manual: null };
  return { status: "unmet", score: null, range: [lo, hi], unmet: true, explanation, assumptions: [], achievement: null, manual: say.manual.tierNoPercent(say.tiers[tier]) };
}
