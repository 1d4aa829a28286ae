import type { Report } from "../engine";

type Lang = "zh" | "en";

/** Ribbon labels by control id. */
export const LABELS: Record<string, Record<Lang, string>> = {
  tabSelfEval: { zh: "绩效自评", en: "Self-evaluation" },
  grpSelfEval: { zh: "自评表校验", en: "SelfEval Checker" },
  btnCheck: { zh: "校验", en: "Check" },
  btnPane: { zh: "自评面板", en: "Pane" },
  btnFill: { zh: "填充得分", en: "Fill scores" },
  btnClearMarks: { zh: "清除标记", en: "Clear marks" },
  btnUndoFill: { zh: "撤销填充", en: "Undo fill" },
};

export function checkSummary(report: Report, lang: Lang): string {
  const count = (s: string) => report.issues.filter((f) => f.severity === s).length;
  const [forms, errors, warnings] = [report.tables.length, count("error"), count("warning")];
  if (forms === 0) return lang === "zh" ? "未找到项目支出绩效自评表。" : "No self-evaluation form found.";
  return lang === "zh"
    ? `校验完成：${forms} 张自评表，${errors} 个错误，${warnings} 个警告。详情见“自评面板”。`
    : `Checked ${forms} form(s): ${errors} error(s), ${warnings} warning(s). See the pane for details.`;
}

export function fillSummary(written: number, skipped: number, lang: Lang): string {
  const more = skipped > 0 ? (lang === "zh" ? `另有 ${skipped} 个已有内容的单元格未覆盖（可在自评面板中确认覆盖）。` : ` ${skipped} filled cell(s) were left as they are (overwrite them from the pane).`) : "";
  return lang === "zh" ? `已填充 ${written} 个得分单元格。${more}` : `Filled ${written} score cell(s).${more}`;
}

export function restoredSummary(what: "marks" | "fills", count: number, lang: Lang): string {
  if (lang === "en") return what === "marks" ? `Cleared the marks of ${count} cell(s).` : `Restored ${count} filled cell(s).`;
  return what === "marks" ? `已清除 ${count} 个单元格的标记。` : `已还原 ${count} 个填充的单元格。`;
}
