import type { FindingCode, LocalText, Severity } from "../../engine";

/**
 * What each finding code is called, for people: the engine keeps codes only (its messages say the rest), so the
 * titles live here, beside the reports that print them. The pane's own list (ui/i18n) says the same in its dictionaries.
 */
export const FINDING_TITLES: Record<FindingCode, LocalText> = {
  "missing-reason": { zh: "扣分未说明原因", en: "Deduction without a reason" },
  "score-mismatch": { zh: "得分与计算不符", en: "Score differs from computed" },
  "score-out-of-range": { zh: "得分超出范围", en: "Score out of range" },
  "total-mismatch": { zh: "总分不等于各项之和", en: "Total ≠ sum of parts" },
  "execution-mismatch": { zh: "执行率或其得分有误", en: "Execution rate or its score wrong" },
  "weight-structure": { zh: "分值结构不符", en: "Weights off the rules" },
  "fund-total-mismatch": { zh: "资金总额不等于分项之和", en: "Fund total ≠ sum of sub-rows" },
  "unit-mismatch": { zh: "计量单位不一致", en: "Units do not match" },
  "rate-unit": { zh: "比率指标用了数量单位", en: "Rate measured in a count unit" },
  "cost-direction": { zh: "成本指标方向有误", en: "Cost indicator with ≥" },
  "target-copied": { zh: "实际值照抄指标值", en: "Actual copied from target" },
  "score-empty": { zh: "得分为空（可填充）", en: "Empty score (can be filled)" },
  "cell-error": { zh: "单元格错误值", en: "Error value in cell" },
  "manual-review": { zh: "需人工复核", en: "Needs manual review" },
};

export const SEVERITY_NAMES: Record<Severity, LocalText> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** "得分与计算不符（score-mismatch）": the title first, the code after it for whoever filters or searches by code. */
export function findingTitle(code: string, lang: "zh" | "en"): string {
  const title = FINDING_TITLES[code as FindingCode]?.[lang];
  if (!title) return code;
  return lang === "zh" ? `${title}（${code}）` : `${title} (${code})`;
}
