import { reviewZh } from "./review";
import { findingTitles } from "../../engine";
import type { Dictionary } from "./dictionary";

export const zh: Dictionary = {
  appTitle: "自评表校验",
  introLines: [
    "查找工作簿中的每一张项目支出绩效自评表，按评分规则重算得分，标出有问题的单元格。",
    "还可以填充空白得分；所有标记和填充都能一键撤销。",
  ],
  insertSample: "插入示例",
  previousMarksHint: "工作簿中有上次校验留下的标记。点击“校验”查看详情。",

  check: "校验",
  fill: "填充得分",
  clearMarks: "清除标记",
  undoFill: "撤销填充",
  settings: "设置",
  toolbarLabel: "校验操作",
  busy: "正在处理…",

  severity: { error: "错误", warning: "警告", info: "提示" },
  severityPlural: {
    error: (n) => `${n} 个错误`,
    warning: (n) => `${n} 个警告`,
    info: (n) => `${n} 条提示`,
  },
  codes: findingTitles("zh"),

  formsHeading: "自评表",
  unnamedProject: "（未填写项目名称）",
  reportedTotal: "填报总分",
  computedTotal: "计算总分",
  notAvailable: "—",
  noForms: "没有找到自评表。",
  formsShown: (shown, n) => `显示前 ${shown} 张，共 ${n} 张`,
  showMoreForms: (count, after) => `再显示 ${count} 张（还有 ${after} 张）`,
  notices: "说明",

  findingsHeading: "问题",
  filterSeverity: "级别",
  filterCode: "类别",
  filterAll: "全部",
  noFindings: "没有发现问题。",
  noFindingsForFilter: "没有符合筛选条件的问题。",
  navHint: "F8 下一个 · Shift+F8 上一个（列表中也可用 J / K）",
  previousFinding: "上一个",
  nextFinding: "下一个",
  showDetails: "展开计算过程",
  hideDetails: "收起计算过程",
  explanation: "计算过程",
  assumptions: "假设",
  findingPosition: (i, n) => `第 ${i} 个，共 ${n} 个`,
  findingRange: (from, to, n) => `显示第 ${from}–${to} 个，共 ${n} 个`,
  showMoreFindings: (count, after) => `再显示 ${count} 个（后面还有 ${after} 个）`,
  showEarlierFindings: (count, before) => `显示前面的 ${count} 个（前面还有 ${before} 个）`,

  exportHeading: "导出",
  exportSheet: "导出为工作表“校验报告”",
  exportCsv: "导出 CSV",
  csvNotice: "说明",

  previewTitle: "填充得分预览",
  previewWrites: (n) => `将写入 ${n} 个单元格：`,
  previewNothing: "没有需要填充的空白单元格。",
  previewSkipped: (n) => `${n} 个单元格已有公式或数值，默认不会改动：`,
  skippedReason: { formula: "公式", filled: "已有值" },
  previewCurrent: "现有",
  previewNew: "写入",
  previewOverwrite: "也覆盖这些含公式或已填写的单元格",
  previewConfirm: "写入",
  cancel: "取消",

  settingsProfile: "评分规则",
  settingsMark: "在表中标记的级别",
  settingsNotes: "在标记的单元格上添加批注",
  settingsLang: "语言",
  langNames: { zh: "中文", en: "English" },

  announceChecked: (s) => {
    const parts = [`${s.tables} 张表`, `${s.errors} 个错误`, `${s.warnings} 个警告`];
    if (s.infos > 0) parts.push(`${s.infos} 条提示`);
    return `校验完成：${parts.join("，")}`;
  },
  announceFilled: (n) => `已填充 ${n} 个单元格`,
  announceCleared: (n, left) => `已清除标记，恢复 ${n} 处${left > 0 ? `；${left} 处已被修改或无法恢复，未改动` : ""}`,
  announceUndone: (n, left) => `已撤销填充，恢复 ${n} 处${left > 0 ? `；${left} 处已被修改或无法恢复，未改动` : ""}`,
  announceExported: "已导出工作表“校验报告”",
  announceCsv: "已导出 CSV 文件",

  takeBackTitle: {
    clearMarks: (n) => `清除标记：已恢复 ${n} 处`,
    undoFill: (n) => `撤销填充：已恢复 ${n} 处`,
  },
  leftAloneHeading: {
    changed: (n) => `已被修改，未恢复（${n} 处）`,
    unrecorded: (n) => `批注与记录不符，未删除（${n} 处）`,
    "sheet-missing": (n) => `找不到工作表，记录保留（${n} 处）`,
    unsafe: (n) => `记录不可信，未恢复（${n} 处）`,
  },
  leftAloneWhy: {
    changed: "写入后这些单元格又被改过，为不覆盖您的修改，保持原样。",
    unrecorded:
      "这些批注带本工具的前缀，但与工作簿中的记录不符：可能被改过，或来自另存的副本。为不删掉别人的文字，保持原样；确认无用后可手工删除。",
    "sheet-missing": "工作表已删除或无法识别；工作表恢复后可再次撤销。",
    unsafe: "记录指向的不是得分单元格，或要求写入不可信的公式，因此未执行。",
  },
  leftAloneWhat: { value: "得分", note: "批注" },
  leftAloneGoTo: (address) => `转到 ${address}`,
  showAllLeftAlone: (n) => `显示全部 ${n} 处`,
  recordProblemTitle: "校验记录无法使用",
  recordProblem: (reason) => `工作簿中的校验记录无法使用：${reason}，未据此修改任何单元格。`,

  errorTitle: "操作未完成",
  genericError: "出现意外错误，操作未完成。",
  errorDetail: "详情",
  dismiss: "关闭提示",
  hostErrorTitle: {
    protected: "工作表受保护",
    "workbook-changed": "工作簿已切换",
    "too-large": "数据过大",
    unreadable: "无法读取",
    unsupported: "不支持",
    failed: "操作失败",
  },
  review: reviewZh,
};
