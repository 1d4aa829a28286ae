/** The wording dictionary for column headers: indicator block and fund block (RULES.md §1–§2). */
import { compactText } from "../grid/text";
import { perText } from "../grid/perText";

/** What a column of the indicator block holds. `label` is the leading 年度绩效指标完成情况 column; `review` is Hubei's 复核分. */
export type IndicatorRole =
  "label" | "level1" | "level2" | "name" | "nature" | "target" | "unit" | "actual" | "weight" | "score" | "review" | "reason";

export type FundColumnRole = "label" | "initial" | "budget" | "executed" | "weight" | "rate" | "score";

/** Header texts longer than this are prose, never a header. */
const MAX_HEADER_CHARS = 24;

/**
 * The comparable form of a header cell: spaces and line breaks gone, full-width folded, bracketed notes such as
 * "(A)", "（B）", "(分)", "(万元)" and trailing colons removed. "年度指标\n值（A）" → "年度指标值".
 */
export function headerKey(text: string): string {
  if (text.length > MAX_HEADER_CHARS * 8) return "";
  const compact = compactText(text);
  if (compact.length > MAX_HEADER_CHARS * 2) return "";
  return compact.replace(BRACKETED_NOTE, "").replace(TRAILING_COLONS, "").replace(LEADING_NUMBERING, "");
}

const BRACKETED_NOTE = /[([【〔][^()[\]【】〔〕]*[)\]】〕]/g;
const TRAILING_COLONS = /[:：]+$/;
const LEADING_NUMBERING = /^[\d一二三四五六七八九十]+[、.]/;

const INDICATOR_WORDS: Record<IndicatorRole, readonly string[]> = {
  label: ["年度绩效指标完成情况", "绩效指标完成情况", "绩效指标", "年度绩效指标"],
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "三级指标名称", "指标名称", "指标内容", "绩效指标名称", "指标"],
  nature: ["指标性质", "性质", "符号", "指标符号"],
  target: ["年度指标值", "指标值", "年初目标值", "年初指标值", "预期指标值", "目标值", "年度目标值", "预期目标值", "年度绩效目标值"],
  unit: ["度量单位", "计量单位", "单位"],
  actual: [
    "实际完成值",
    "全年实际值",
    "完成值",
    "全年完成值",
    "年终完成值",
    "单项指标实际完成值",
    "实际值",
    "实际完成",
    "全年实际完成值",
    "年度实际完成值",
  ],
  weight: ["分值", "权重", "指标权重", "指标分值", "权重分值"],
  score: ["得分", "自评得分", "指标得分", "自评分", "自评", "单项得分"],
  review: ["复核分", "复核得分", "复核", "复评得分"],
  reason: [
    "偏差原因分析及改进措施",
    "未完成原因分析",
    "未完成原因分析及改进措施",
    "未完成原因及拟采取的改进措施",
    "未完成原因和改进措施",
    "偏差大或目标未完成原因分析",
    "说明",
    "扣分原因和其他说明",
    "偏差原因",
    "备注",
  ],
};

export const INDICATOR_HEADER_WORDS: readonly string[] = Object.values(INDICATOR_WORDS).flat();

const INDICATOR_LOOKUP = new Map<string, IndicatorRole>();
for (const [role, words] of Object.entries(INDICATOR_WORDS) as [IndicatorRole, readonly string[]][])
  for (const w of words) INDICATOR_LOOKUP.set(w, role);

/** Every indicator header holds one of these characters (a test checks the dictionary); others skip the lookup. */
export const MAY_BE_INDICATOR_HEADER = /[指值分重单位原说性号评核措备完]/;

/** The role of an indicator-block header cell, or null when the text is no header we know. */
export const indicatorRole = perText(function indicatorRole(text: string): IndicatorRole | null {
  if (!MAY_BE_INDICATOR_HEADER.test(text)) return null;
  const key = headerKey(text);
  if (key === "" || key.length > MAX_HEADER_CHARS) return null;
  const exact = INDICATOR_LOOKUP.get(key);
  if (exact) return exact;
  // Reason headers are worded freely; they always speak of 原因 or 改进措施 and are short.
  if (/原因|改进措施/.test(key) && !/[。；;，,]/.test(key)) return "reason";
  return null;
});

const FUND_WORDS: Record<FundColumnRole, readonly string[]> = {
  label: ["项目资金", "项目资金情况", "资金情况", "预算执行情况"],
  initial: ["年初预算数", "年初预算", "年初预算金额"],
  budget: ["全年预算数", "调整后预算数", "预算数", "全年预算", "调整后预算"],
  executed: ["全年执行数", "执行数", "全年执行", "实际执行数"],
  weight: ["分值", "权重"],
  rate: ["执行率", "预算执行率"],
  score: ["得分", "执行率得分", "自评得分"],
};

const FUND_LOOKUP = new Map<string, FundColumnRole>();
for (const [role, words] of Object.entries(FUND_WORDS) as [FundColumnRole, readonly string[]][])
  for (const w of words) FUND_LOOKUP.set(w, role);

export const FUND_HEADER_WORDS: readonly string[] = Object.values(FUND_WORDS).flat();

/** Every fund-block header holds one of these characters (a test checks the dictionary); others skip the lookup. */
export const MAY_BE_FUND_HEADER = /[资预执分权]/;

/** The role of a fund-block header cell ("全年预算数（A）" → budget), or null. */
export const fundColumnRole = perText(function fundColumnRole(text: string): FundColumnRole | null {
  if (!MAY_BE_FUND_HEADER.test(text)) return null;
  const key = headerKey(text);
  if (key === "" || key.length > MAX_HEADER_CHARS) return null;
  return FUND_LOOKUP.get(key) ?? null;
});

/** Among budget headers, the one the 执行率 divides by wins: 全年预算数 before 调整后预算数 before a bare 预算数. */
export function budgetPreference(text: string): number {
  const key = headerKey(text);
  if (key.startsWith("全年")) return 0;
  if (key.startsWith("调整后")) return 1;
  return 2;
}
