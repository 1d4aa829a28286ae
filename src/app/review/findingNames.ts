import { FINDINGS, type FindingCode, type LocalText, type Severity } from "../../engine";

export const SEVERITY_NAMES: Record<Severity, LocalText> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** "得分与计算不符（score-mismatch）": the title first, the code after it for whoever filters or searches by code. */
export function findingTitle(code: string, lang: "zh" | "en"): string {
  const title = FINDINGS[code as FindingCode]?.title[lang];
  if (!title) return code;
  return lang === "zh" ? `${title}（${code}）` : `${title} (${code})`;
}
