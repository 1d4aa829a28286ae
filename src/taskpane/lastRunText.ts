import type { LastRun } from "../hosts/excel/excelHost";

const ACTIONS = {
  zh: { check: "校验", fill: "填充得分", clear: "清除标记", undo: "撤销填充" },
  en: { check: "Check", fill: "Fill scores", clear: "Clear marks", undo: "Undo fill" },
};

function time(at: string, lang: "zh" | "en"): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(lang === "zh" ? "zh-CN" : "en-US");
}

/** One line about the last ribbon command, for the top of the pane: the ribbon itself cannot show outcomes. */
export function lastRunText(run: LastRun | null, lang: "zh" | "en"): string {
  if (!run) return "";
  const action = ACTIONS[lang][run.action];
  const when = time(run.at, lang);
  if (run.error)
    return lang === "zh"
      ? `上次功能区操作“${action}”（${when}）失败：${run.error.zh}`
      : `The last ribbon ${action} (${when}) failed: ${run.error.en}`;
  if (run.action === "check" && run.counts) {
    const c = run.counts;
    return lang === "zh"
      ? `上次功能区“校验”（${when}）：${run.forms ?? 0} 张自评表，错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}。`
      : `Last ribbon Check (${when}): ${run.forms ?? 0} forms, ${c.error} errors, ${c.warning} warnings, ${c.info} info.`;
  }
  const cells = run.cells ?? 0;
  const skipped = run.skipped
    ? lang === "zh"
      ? `，另有 ${run.skipped} 个单元格需在面板中确认`
      : `; ${run.skipped} cells need confirming in the pane`
    : "";
  return lang === "zh"
    ? `上次功能区“${action}”（${when}）：${cells} 个单元格${skipped}。`
    : `Last ribbon ${action} (${when}): ${cells} cells${skipped}.`;
}
