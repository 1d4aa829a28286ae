/** A message in both languages, Chinese first. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What the pane says when it cannot start in Excel. */
export const NOTICES = {
  /** The page was opened outside Excel (a plain browser, another Office application). */
  openInExcel: {
    zh:
      "这是 Excel 加载项“自评表校验”的任务窗格。请在 Excel 中打开工作簿，点击“绩效自评”选项卡上的“自评面板”。" +
      "不用 Excel 时，可在浏览器中使用校验工作台。",
    en:
      "This is the task pane of the SelfEval Checker add-in for Excel. " +
      "Open a workbook in Excel and choose 自评面板 (Review pane) on the 绩效自评 tab. Without Excel, use the workbench in a browser.",
  },
  /** office.js did not load: an intranet without access to Microsoft's CDN, or a proxy that blocks it. */
  officeJsMissing: {
    zh:
      "无法加载 Office.js（它来自 appsforoffice.microsoft.com）。若本机所在的内网不能访问该地址，请让管理员放行它；" +
      "也可改用 WPS 加载项或校验工作台，二者都不需要访问外网。",
    en:
      "Office.js could not be loaded (it comes from appsforoffice.microsoft.com). " +
      "If this network cannot reach that address, ask the administrator to allow it, " +
      "or use the WPS add-in or the workbench, which need no Internet access.",
  },
} satisfies Record<string, Bilingual>;

/** The page beside the pane that works without Office (written by the same build). */
export const WORKBENCH_PAGE = "workbench.html";

/** Replaces `root`'s content with `notice` in both languages and a link to the workbench. */
export function showNotice(root: HTMLElement, notice: Bilingual): void {
  const doc = root.ownerDocument;
  const box = doc.createElement("div");
  box.setAttribute("role", "status");
  box.style.cssText = "padding:12px;font:14px/1.5 'Microsoft YaHei UI','Segoe UI',sans-serif;color:#242424";
  for (const [lang, text] of [
    ["zh-CN", notice.zh],
    ["en", notice.en],
  ] as const) {
    const p = doc.createElement("p");
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  }
  const link = doc.createElement("a");
  link.href = WORKBENCH_PAGE;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = "校验工作台 · Workbench";
  box.append(link);
  root.replaceChildren(box);
}
