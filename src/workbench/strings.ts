import type { MarkKind } from "../engine";
import type { Stage } from "../hosts/browser/protocol";
import type { RowState } from "./batch/summaryRows";

export type Lang = "zh" | "en";

export interface ShellStrings {
  appTitle: string;
  privacy: string;
  skipToPane: string;
  openFiles: string;
  openSample: string;
  download: string;
  downloadTitle(name: string): string;
  downloaded(name: string): string;
  /** The download's name and what the copy lacks of the opened file. */
  downloadedLacking(name: string, lost: string): string;
  filesLabel: string;
  closeFile(name: string): string;
  sheetsLabel: string;
  gridLabel(sheet: string): string;
  cellLabel: string;
  noteLabel: string;
  /** A marked cell in the cell bar: the colour says it on the grid, this says it in words. */
  markLabel: Record<MarkKind, string>;
  noSelection: string;
  empty: string;
  dropHere: string;
  stage(stage: Stage, done: number, total: number): string;
  elapsed(seconds: number): string;
  openFailed(name: string): string;
  dismiss: string;
  inPage: string;
  paneLabel: string;
  summaryHeading: string;
  summaryLine(t: { files: number; forms: number; error: number; warning: number; info: number }): string;
  summaryPending(names: string): string;
  columns: { file: string; sheet: string; project: string; total: string; errors: string; warnings: string; infos: string };
  totalValue(reported: number | null, computed: number | null): string;
  unnamed: string;
  emptySheet: string;
  openFolder: string;
  skipped(names: string): string;
  checkAll: string;
  downloadAll: string;
  downloadAllTitle: string;
  closeAll: string;
  zipped(name: string, count: number): string;
  /** A file came back from an earlier visit without what was done to it (its kept changes would not replay). */
  notRestored(name: string): string;
  /** A file's changes grew past what the browser keeps: a reload would bring it back as first opened. */
  logTooLong(name: string): string;
  /** The browser refused to keep a change (storage full or refused); said once. */
  storeFailed: string;
  batchProgress(kind: "check" | "download", done: number, total: number, current: string | null): string;
  fileStatus: Record<"queued" | "checking" | "failed" | "stale" | "checked", string>;
  rowState: Record<RowState, string>;
  batchColumns: {
    unit: string;
    reportedTotal: string;
    computedTotal: string;
    grade: string;
    decision: string;
    state: string;
    note: string;
  };
  filterLabel: string;
  onlyErrors: string;
  shownRows(shown: number, all: number): string;
  exportXlsx: string;
  exportCsv: string;
  staleNote: string;
  sortBy(column: string): string;
  splitLabel: string;
}

const zh: ShellStrings = {
  appTitle: "自评表校验 · 工作台",
  privacy: "文件只在本机浏览器中处理，不会上传；打开的文件留在本浏览器中，关闭即删除。",
  skipToPane: "跳到校验面板",
  openFiles: "打开文件…",
  openSample: "打开示例工作簿",
  download: "下载校验结果",
  downloadTitle: (name) => `保存为“${name}”（原文件不变）`,
  downloaded: (name) => `已生成“${name}”。`,
  downloadedLacking: (name, lost) => `已生成“${name}”。注意，${lost}`,
  filesLabel: "已打开的文件",
  closeFile: (name) => `关闭“${name}”`,
  sheetsLabel: "工作表",
  gridLabel: (sheet) => `工作表“${sheet}”（只读）`,
  cellLabel: "单元格",
  noteLabel: "批注",
  markLabel: { error: "标记：错误", warning: "标记：警告", info: "标记：提示", filled: "标记：本工具填充的得分" },
  noSelection: "未选择单元格",
  empty: "打开或拖入 .xlsx、.xls 或 WPS .et 文件开始校验（可一次选择多个文件）。",
  dropHere: "松开鼠标以打开文件",
  stage: (stage, done, total) =>
    ({
      reading: "正在读取文件…",
      converting: `正在读取工作表 ${Math.min(done + 1, total)}/${total}…`,
      checking: "正在校验…",
      filling: "正在填充得分…",
      writing: "正在生成校验结果文件…",
    })[stage],
  elapsed: (s) => `已用 ${s} 秒`,
  openFailed: (name) => `无法打开“${name}”：`,
  dismiss: "关闭提示",
  inPage: "后台线程不可用（例如从磁盘直接打开页面），校验在页面中进行，处理大文件时页面会暂时无响应。",
  paneLabel: "校验面板",
  summaryHeading: "全部文件汇总",
  summaryLine: (t) => `${t.files} 个文件，${t.forms} 张自评表；${t.error} 个错误，${t.warning} 个警告，${t.info} 条提示`,
  summaryPending: (names) => `正在汇总：${names}`,
  columns: {
    file: "文件",
    sheet: "工作表",
    project: "项目",
    total: "总分（填报 / 计算）",
    errors: "错误",
    warnings: "警告",
    infos: "提示",
  },
  totalValue: (r, c) => `${r ?? "—"} / ${c ?? "—"}`,
  unnamed: "（未命名项目）",
  emptySheet: "此工作表为空。",
  openFolder: "打开文件夹…",
  skipped: (names) => `已跳过非表格文件：${names}`,
  checkAll: "全部校验",
  downloadAll: "全部下载",
  downloadAllTitle: "把全部文件的校验结果打包为一个 .zip（尚未校验或结果已过期的文件先校验）",
  closeAll: "全部关闭",
  zipped: (name, n) => `已生成“${name}”（${n} 个文件）。`,
  notRestored: (name) => `“${name}”已按最初打开时的样子重新打开：上次对它做的校验标记、批注、填充的得分和写入的工作表未能恢复。`,
  logTooLong: (name) => `“${name}”的改动过多，本浏览器不再保留：重新加载页面后，它将按最初打开时的样子打开。请先下载校验结果。`,
  storeFailed: "浏览器未能保存最近的改动（存储已满或被拒绝）：当前页面不受影响，但重新加载后这些改动将不会保留。请先下载校验结果。",
  batchProgress: (kind, done, total, current) =>
    `${kind === "check" ? "全部校验" : "全部下载"}：${done}/${total}${current ? `，正在处理“${current}”` : ""}`,
  fileStatus: { queued: "等待中", checking: "校验中…", failed: "失败", stale: "已过期", checked: "已校验" },
  rowState: { checked: "已校验", judged: "已预览", pending: "未校验", stale: "已过期", unreadable: "无法读取" },
  batchColumns: {
    unit: "实施单位",
    reportedTotal: "填报总分",
    computedTotal: "计算总分",
    grade: "等级",
    decision: "审核结论",
    state: "状态",
    note: "说明",
  },
  filterLabel: "筛选（文件、工作表、项目、单位）",
  onlyErrors: "只看有错误的",
  shownRows: (shown, all) => `显示 ${shown} / ${all} 行`,
  exportXlsx: "导出汇总 (.xlsx)",
  exportCsv: "导出汇总 (CSV)",
  staleNote: "评分标准或语言已更改：标为“已过期”的结果须重新校验（全部校验或全部下载会重新校验）。",
  sortBy: (column) => `按“${column}”排序`,
  splitLabel: "调整表格与校验面板的宽度",
};

const en: ShellStrings = {
  appTitle: "SelfEval Checker · Workbench",
  privacy: "Files are processed in this browser only; nothing is uploaded. Open files stay in this browser until closed.",
  skipToPane: "Skip to the checker pane",
  openFiles: "Open files…",
  openSample: "Open the sample workbook",
  download: "Download checked copy",
  downloadTitle: (name) => `Save as "${name}" (the original file is left unchanged)`,
  downloaded: (name) => `"${name}" is ready.`,
  downloadedLacking: (name, lost) => `"${name}" is ready. Note: ${lost}`,
  filesLabel: "Open files",
  closeFile: (name) => `Close "${name}"`,
  sheetsLabel: "Sheets",
  gridLabel: (sheet) => `Sheet "${sheet}" (read-only)`,
  cellLabel: "Cell",
  noteLabel: "Note",
  markLabel: { error: "Marked: error", warning: "Marked: warning", info: "Marked: note", filled: "Marked: score filled by the checker" },
  noSelection: "No cell selected",
  empty: "Open or drop .xlsx, .xls or WPS .et files to check them (several at once if you like).",
  dropHere: "Drop to open the files",
  stage: (stage, done, total) =>
    ({
      reading: "Reading the file…",
      converting: `Reading sheet ${Math.min(done + 1, total)} of ${total}…`,
      checking: "Checking…",
      filling: "Filling scores…",
      writing: "Writing the checked copy…",
    })[stage],
  elapsed: (s) => `${s} s`,
  openFailed: (name) => `Cannot open "${name}": `,
  dismiss: "Dismiss",
  inPage:
    "No background worker is available (for example when the page is opened from disk): " +
    "checks run in the page, which pauses on large files.",
  paneLabel: "Checker pane",
  summaryHeading: "All files",
  summaryLine: (t) => `${t.files} files, ${t.forms} forms; ${t.error} errors, ${t.warning} warnings, ${t.info} notes`,
  summaryPending: (names) => `Still summarising: ${names}`,
  columns: {
    file: "File",
    sheet: "Sheet",
    project: "Project",
    total: "Total (reported / computed)",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Notes",
  },
  totalValue: (r, c) => `${r ?? "—"} / ${c ?? "—"}`,
  unnamed: "(unnamed project)",
  emptySheet: "This sheet is empty.",
  openFolder: "Open folder…",
  skipped: (names) => `Skipped (not workbooks): ${names}`,
  checkAll: "Check all",
  downloadAll: "Download all",
  downloadAllTitle: "Every file's checked copy in one .zip (files not checked yet, or with stale results, are checked first)",
  closeAll: "Close all",
  zipped: (name, n) => `"${name}" is ready (${n} files).`,
  notRestored: (name) =>
    `"${name}" was opened again as first opened: ` +
    "the check marks, notes, filled scores and written sheets of last time could not be restored.",
  logTooLong: (name) =>
    `"${name}" has too many changes for this browser to keep: after a reload it opens as first opened. Download the checked copy first.`,
  storeFailed:
    "The browser could not save the latest changes (storage full or refused): this page goes on, " +
    "but a reload would not bring them back. Download the checked copies first.",
  batchProgress: (kind, done, total, current) =>
    `${kind === "check" ? "Check all" : "Download all"}: ${done}/${total}${current ? `, working on "${current}"` : ""}`,
  fileStatus: { queued: "waiting", checking: "checking…", failed: "failed", stale: "stale", checked: "checked" },
  rowState: { checked: "checked", judged: "preview", pending: "not checked", stale: "stale", unreadable: "unreadable" },
  batchColumns: {
    unit: "Implementing unit",
    reportedTotal: "Reported total",
    computedTotal: "Computed total",
    grade: "Grade",
    decision: "Decision",
    state: "State",
    note: "Note",
  },
  filterLabel: "Filter (file, sheet, project, unit)",
  onlyErrors: "Only with errors",
  shownRows: (shown, all) => `Showing ${shown} of ${all} rows`,
  exportXlsx: "Export summary (.xlsx)",
  exportCsv: "Export summary (CSV)",
  staleNote: "The profile or language changed: results marked stale must be checked again (Check all or Download all does it).",
  sortBy: (column) => `Sort by "${column}"`,
  splitLabel: "Resize the sheet and the checker pane",
};

export const SHELL_STRINGS: Record<Lang, ShellStrings> = { zh, en };
