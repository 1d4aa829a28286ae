import type { Report } from "../engine";
import type { TakeBackOutcome } from "../app/host";

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
  const more =
    skipped > 0
      ? lang === "zh"
        ? `另有 ${skipped} 个已有内容的单元格未覆盖（可在自评面板中确认覆盖）。`
        : ` ${skipped} filled cell(s) were left as they are (overwrite them from the pane).`
      : "";
  return lang === "zh" ? `已填充 ${written} 个得分单元格。${more}` : `Filled ${written} score cell(s).${more}`;
}

/**
 * What 清除标记 or 撤销填充 did: what it took back, the cells it left alone because they changed since (with their
 * addresses, the first few), and a record it refused to act on.
 */
export function takeBackSummary(what: "marks" | "fills", outcome: TakeBackOutcome, lang: Lang): string {
  const zh = lang === "zh";
  const parts = [
    what === "marks"
      ? zh
        ? `已清除 ${outcome.restored} 处标记和批注。`
        : `Cleared ${outcome.restored} mark(s) and note(s).`
      : zh
        ? `已还原 ${outcome.restored} 个填充的单元格。`
        : `Restored ${outcome.restored} filled cell(s).`,
  ];
  const left = outcome.leftAlone;
  if (left.length > 0) {
    const more = left.length - 3;
    const cells =
      left
        .slice(0, 3)
        .map((x) => `${x.sheet}!${x.cell}`)
        .join(zh ? "、" : ", ") + (more > 0 ? (zh ? " 等" : ` and ${more} more`) : "");
    parts.push(
      zh ? `${left.length} 处已被修改，未恢复：${cells}。` : `${left.length} cell(s) changed since and left as they are: ${cells}.`,
    );
  }
  if (outcome.recordProblem)
    parts.push(
      zh
        ? `工作簿中的校验记录无法使用（${outcome.recordProblem.zh}），未据此修改任何单元格。`
        : `The workbook's record cannot be used (${outcome.recordProblem.en}); no cell was changed on its account.`,
    );
  return parts.join(zh ? "" : " ");
}
