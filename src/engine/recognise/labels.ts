/** The wording dictionary for row labels: title, head, fund rows, total, trailer, grade. */
import type { FundRowKind } from "./types";
import { perText } from "../grid/perText";
import { compactText } from "../grid/text";

/** A label as compared: no spaces, full-width folded, trailing colons and bracketed notes gone. */
export function labelKey(text: string): string {
  if (text.length > 200) return "";
  return compactText(text).replace(BRACKETED_NOTE, "").replace(TRAILING_COLONS, "");
}

const BRACKETED_NOTE = /[([【〔][^()[\]【】〔〕]*[)\]】〕]/g;
const TRAILING_COLONS = /[:：]+$/;

/** "项目支出绩效自评表", "2022年度项目支出绩效自评表", "部门预算项目支出绩效自评表" — not a 申报表. */
export const isTitle = perText(function isTitle(text: string): boolean {
  if (!text.includes("表")) return false;
  const key = compactText(text);
  return key.length <= 60 && /自评表/.test(key) && !/申报表/.test(key);
});

export type HeadField = "project" | "department" | "implementer";

const HEAD_WORDS: Record<HeadField, readonly string[]> = {
  project: ["项目名称"],
  department: ["主管部门", "主管单位", "主管部门及代码", "主管部门名称"],
  implementer: ["实施单位", "项目实施单位", "实施单位名称", "项目单位"],
};

export const HEAD_LABEL_WORDS: readonly string[] = Object.values(HEAD_WORDS).flat();

const HEAD_LOOKUP = new Map<string, HeadField>();
for (const [field, words] of Object.entries(HEAD_WORDS) as [HeadField, readonly string[]][])
  for (const w of words) HEAD_LOOKUP.set(w, field);

/** Every head label holds one of these characters (a test checks the dictionary); most cells hold none and skip the rest. */
export const MAY_BE_HEAD_LABEL = /[名管单]/;

/** A head label and, when the value shares the cell ("项目名称：道路维修"), the value after the colon. */
export const headLabel = perText(function headLabel(text: string): { field: HeadField; inlineValue: string } | null {
  if (!MAY_BE_HEAD_LABEL.test(text)) return null;
  const compact = compactText(text);
  if (compact.length > 120) return null;
  const colon = /^([^:：]{2,12})[:：](.*)$/.exec(compact);
  const [labelPart, rest] = colon ? [colon[1], text.slice(text.search(/[:：]/) + 1).trim()] : [compact, ""];
  const field = HEAD_LOOKUP.get(labelKey(labelPart));
  return field ? { field, inlineValue: rest } : null;
});

/** 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 and their variants. */
export const fundRowKind = perText(function fundRowKind(text: string): FundRowKind | null {
  const key = labelKey(text).replace(/^其中[:：]?/, "");
  if (key === "" || key.length > 20) return null;
  if (/结转/.test(key)) return "carryover";
  if (/^其他资金/.test(key) || key === "其他") return "other";
  if (/财政拨款$/.test(key)) return "fiscal";
  if (/^(年度)?(财政)?资金总额$|^总额$|^年度总金额$|^资金总额$/.test(key)) return "total";
  return null;
});

/** The fund block's own label: "项目资金（万元）", also broken over lines. */
export function isFundLabel(text: string): boolean {
  const key = labelKey(text);
  return /^项目资金/.test(key) && key.length <= 12;
}

/** 总分, 合计, 总得分, 项目总得分, 自评总分 (with "：" or "(100分)" after them). */
export function isTotalLabel(text: string): boolean {
  return /^(总分|合计|总计|总得分|项目总得分|自评总分|总分值|综合得分)$/.test(labelKey(text));
}

/**
 * A subtotal label inside the indicator block: "产出指标小计", "小计", "效益指标合计", "合计". `prefix` is what names the
 * group ("产出指标", or "" for a bare label); `sure` is false for a bare 合计 or 总计, which may also be the form's total.
 */
export function subtotalLabel(text: string): { prefix: string; sure: boolean } | null {
  if (!/[计]/.test(text)) return null;
  const m = /^(.{0,12}?)(小计|合计|总计)$/.exec(labelKey(text));
  if (!m || /\d/.test(m[1])) return null;
  return { prefix: m[1], sure: m[2] === "小计" || m[1] !== "" };
}

/** The rows after the total that are no part of the score: 评价结论, 存在问题, 改进措施, 项目负责人, 注：… */
export function isTrailerLabel(text: string): boolean {
  const key = compactText(text);
  if (key === "") return false;
  return /^(评价结论|自评结论|存在(的)?问题|改进措施|下一步改进|项目负责人|单位负责人|财务负责人|填表人|联系电话|审核人|注[:：]|说明[:：]|备注[:：]|其他需要说明|年度总体目标)/.test(
    key,
  );
}

const GRADES: Record<string, string> = {
  优: "优",
  优秀: "优",
  良: "良",
  良好: "良",
  中: "中",
  中等: "中",
  合格: "中",
  差: "差",
  较差: "差",
  不合格: "差",
};

/** "优", "良好", "等级：优" → the one-character grade; null when the text is no grade. */
export function gradeOf(text: string): string | null {
  const key = labelKey(text).replace(/^(自评)?(等级|评价等级|结果)[:：]?/, "");
  return GRADES[key] ?? null;
}
