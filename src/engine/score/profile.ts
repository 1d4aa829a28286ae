import type { Level1 } from "../recognise/types";

export type ProfileId = "mof-2020" | "hubei" | "sichuan" | "guangxi" | "linear-reverse" | "ningxia";

/** A qualitative tier as a share of the weight: [min, max], min inclusive. */
export interface TierBand {
  min: number;
  max: number;
}

/** A rule set, as data. RULES.md §4. */
export interface RuleProfile {
  id: ProfileId;
  name: { zh: string; en: string };
  /** 执行率's weight (分值 of 年度资金总额). */
  executionWeight: number;
  /** Expected 一级 weights; a deviation is a warning. null: only their sum is checked (100 − executionWeight). */
  levelWeights: Record<Exclude<Level1, "unknown">, number> | null;
  /** Qualitative tiers as shares of the weight. */
  tiers: { top: TierBand; middle: TierBand; bottom: TierBand };
  /**
   * How an exceeded ≤ target scores: ratio = 分值 × target / actual; linear = 分值 × (1 − (actual − target) / target),
   * 0 at twice the target.
   */
  reverse: "ratio" | "linear";
  /** A reason is required when 执行率 falls below this share (Sichuan: 0.9). */
  reasonBelowExecution: number | null;
  /** A reason is required when the actual reaches this multiple of a ≥ target (Guangxi: 1.3). */
  reasonAboveAchievement: number | null;
}
