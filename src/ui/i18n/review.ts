import type { FindingDecision } from "../../app/review/decision";
import type { ReviewFilter } from "../state/findings";

/** The pane's strings for review decisions, stale results, form navigation, the fill preview's places and 审核意见. */
export interface ReviewStrings {
  decide: Record<FindingDecision, string>;
  decided: Record<FindingDecision, string>;
  changed: string;
  changedHint: string;
  note: string;
  filter: string;
  filterNames: Record<ReviewFilter, string>;
  openCount: (n: number) => string;
  formDecision: string;
  formUndecided: string;
  formNote: string;
  goToForm: (name: string) => string;
  previousForm: string;
  nextForm: string;
  formPosition: (at: number, of: number) => string;
  compactView: string;
  checkedWith: (profile: string, lang: string) => string;
  staleTitle: string;
  stale: (profile: string, lang: string) => string;
  /** Above results the pane did not check for itself: the last check's before the page was reloaded, judged again. */
  restored: string;
  recheck: string;
  opinionHeading: string;
  printOpinion: string;
  exportOpinion: string;
  announceOpinionExported: string;
  closePrint: string;
  printHint: string;
  settingsFillQualitative: string;
  previewPlace: { total: string; rate: string; "rate-score": string; fund: string };
}

export const reviewZh: ReviewStrings = {
  decide: { accept: "接受", ignore: "忽略" },
  decided: { accept: "已接受", ignore: "已忽略" },
  changed: "情况已变化",
  changedHint: "作出决定后数值已改变，请重新处理。",
  note: "备注",
  filter: "处理情况",
  filterNames: { all: "全部", open: "未处理", accepted: "已接受", ignored: "已忽略", changed: "情况已变化" },
  openCount: (n) => `未处理 ${n} 条`,
  formDecision: "审核结论",
  formUndecided: "未定",
  formNote: "审核意见",
  goToForm: (name) => `转到表：${name}`,
  previousForm: "上一张表",
  nextForm: "下一张表",
  formPosition: (at, of) => `第 ${at} / ${of} 张`,
  compactView: "紧凑列表",
  checkedWith: (profile, lang) => `校验规则：${profile}；语言：${lang}`,
  staleTitle: "结果已过期",
  stale: (profile, lang) => `设置已更改，以下结果仍按“${profile}”（${lang}）得出。`,
  restored: "以下为页面重新载入前上次校验的结果，按工作簿现状重新判定，未改动任何单元格。再次点击“校验”可重新校验。",
  recheck: "重新校验",
  opinionHeading: "审核意见",
  printOpinion: "打印审核意见",
  exportOpinion: "导出审核意见",
  announceOpinionExported: "已导出工作表“审核意见”",
  closePrint: "关闭打印视图",
  printHint: "每张表一页，只列未处理的问题。",
  settingsFillQualitative: "填充定性指标的得分（关闭时由审核人在档次内自定）",
  previewPlace: { total: "总分", rate: "执行率", "rate-score": "执行率得分", fund: "资金" },
};

export const reviewEn: ReviewStrings = {
  decide: { accept: "Accept", ignore: "Ignore" },
  decided: { accept: "Accepted", ignore: "Ignored" },
  changed: "Changed since decided",
  changedHint: "The values changed after the decision: decide again.",
  note: "Note",
  filter: "Review",
  filterNames: { all: "All", open: "Open", accepted: "Accepted", ignored: "Ignored", changed: "Changed since decided" },
  openCount: (n) => `${n} open`,
  formDecision: "Decision",
  formUndecided: "Not decided",
  formNote: "Opinion",
  goToForm: (name) => `Go to form: ${name}`,
  previousForm: "Previous form",
  nextForm: "Next form",
  formPosition: (at, of) => `Form ${at} of ${of}`,
  compactView: "Compact list",
  checkedWith: (profile, lang) => `Rules: ${profile}; language: ${lang}`,
  staleTitle: "Results out of date",
  stale: (profile, lang) => `The settings changed: the results below are still those of "${profile}" (${lang}).`,
  restored:
    "These are the results of the last check before the page was reloaded, judged again on the workbook as it is; " +
    "no cell was changed. Click Check to check again.",
  recheck: "Check again",
  opinionHeading: "Review opinion",
  printOpinion: "Print the opinions",
  exportOpinion: "Export the opinions",
  announceOpinionExported: "Exported the sheet 审核意见",
  closePrint: "Close the print view",
  printHint: "One page per form, listing the open findings only.",
  settingsFillQualitative: "Fill the scores of qualitative indicators (off: the reviewer picks within the tier)",
  previewPlace: { total: "Total", rate: "Execution rate", "rate-score": "Execution rate score", fund: "Funds" },
};
