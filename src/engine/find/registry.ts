import type { FindingCode, LocalText, Severity } from "./types";

/** What a kind of finding is: its name for people, the severities its rule may give, and where docs/rules.md explains it. */
export interface FindingKind {
  title: LocalText;
  /** Every severity an emitter may give this code (the rule that picks one is in the emitter, said in the README). */
  severities: readonly Severity[];
  /** The section of docs/rules.md the rule comes from. */
  rules: string;
}

/**
 * Every finding code, in one place. Adding a code means a row here, its rule and its tests: the pane's filters, the
 * report sheet and the CSV take the titles from here, and a test holds the README's "What it checks" table to it.
 */
export const FINDINGS: Record<FindingCode, FindingKind> = {
  "missing-reason": { title: { zh: "扣分未说明原因", en: "Deduction without a reason" }, severities: ["error"], rules: "§5" },
  "score-mismatch": { title: { zh: "得分与计算不符", en: "Score differs from computed" }, severities: ["error", "warning"], rules: "§4" },
  "score-out-of-range": { title: { zh: "得分超出范围", en: "Score out of range" }, severities: ["error"], rules: "§4" },
  "total-mismatch": { title: { zh: "总分不等于各项之和", en: "Total ≠ sum of parts" }, severities: ["error"], rules: "§6.1" },
  "subtotal-mismatch": {
    title: { zh: "小计不等于各行之和", en: "Subtotal is not the sum of its rows" },
    severities: ["error", "warning"],
    rules: "§1",
  },
  "grade-mismatch": {
    title: { zh: "等级与总分不符", en: "Grade does not match the total" },
    severities: ["error", "warning"],
    rules: "§4",
  },
  "execution-mismatch": {
    title: { zh: "执行率或其得分有误", en: "Execution rate or its score wrong" },
    severities: ["error", "warning"],
    rules: "§6.5",
  },
  "fund-total-mismatch": {
    title: { zh: "资金总额不等于分项之和", en: "Fund total ≠ sum of sub-rows" },
    severities: ["error"],
    rules: "§6.6",
  },
  "weight-structure": { title: { zh: "分值结构不符", en: "Weights off the rules" }, severities: ["warning"], rules: "§6.7" },
  "unit-mismatch": { title: { zh: "计量单位不一致", en: "Units do not match" }, severities: ["warning"], rules: "§6.8" },
  "rate-unit": { title: { zh: "比率指标用了数量单位", en: "Rate measured in a count unit" }, severities: ["warning"], rules: "§6.8" },
  "cost-direction": { title: { zh: "成本指标方向有误", en: "Cost indicator with ≥" }, severities: ["warning"], rules: "§6.8" },
  "target-copied": { title: { zh: "实际值照抄指标值", en: "Actual copied from target" }, severities: ["warning"], rules: "§6.9" },
  "cell-error": { title: { zh: "单元格错误值", en: "Error value in cell" }, severities: ["warning"], rules: "§3" },
  "score-empty": { title: { zh: "得分为空（可填充）", en: "Empty score (can be filled)" }, severities: ["info"], rules: "§4" },
  "manual-review": { title: { zh: "需人工复核", en: "Needs manual review" }, severities: ["info"], rules: "§3" },
};

export const FINDING_CODES = Object.keys(FINDINGS) as FindingCode[];

/** A title per code in one language, as the pane's dictionaries hold them. */
export function findingTitles(lang: "zh" | "en"): Record<FindingCode, string> {
  return Object.fromEntries(FINDING_CODES.map((c) => [c, FINDINGS[c].title[lang]])) as Record<FindingCode, string>;
}
