import type { Finding, LocalText, Report, Severity, TableReport } from "../../engine";
import { FINDING_DECISION_NAMES, FORM_DECISION_NAMES, FORM_DECISIONS, isOpen, reviewsNow, type Reviews, type ReviewsNow } from "./decision";
import { SEVERITY_NAMES } from "./findingNames";
import { FINDINGS, formatScore, severityRank } from "../../engine";
import type { FormFacts } from "./formFacts";
import { gradeOfTotal, gradeText } from "./grade";

type Lang = "zh" | "en";

/** One open finding on the page, in plain words. */
export interface OpinionFinding {
  no: number;
  severity: Severity;
  /** The cell to look at ("H20"). */
  place: string;
  /** "错误 · 得分与计算不符". */
  kind: string;
  /** The indicator it concerns, the message and the arithmetic behind it. */
  text: string;
}

/** A 审核意见 for one form, in one language: what a reviewer signs and sends back to the unit. */
export interface OpinionPage {
  title: string;
  /** Label and value, one per line: project, unit, file, sheet, totals and grades, the outcome. */
  fields: { label: string; value: string }[];
  findingsHeading: string;
  findingsHeader: [string, string, string, string];
  findings: OpinionFinding[];
  /** Said in place of the table when the form has no open finding. */
  noFindings: string | null;
  /** How many findings the reviewer accepted or ignored (not listed), or null when none. */
  decided: string | null;
  notesLabel: string;
  /** The reviewer's notes; "" leaves room to write by hand. */
  notes: string;
  /** The choices with the one taken ticked, or none when no decision was recorded. */
  decisionLine: string;
  signatureLine: string;
}

export interface OpinionInput {
  file: string;
  lang: Lang;
  /** The day the opinion is given. */
  date: Date;
  /** Index-aligned with report.tables. */
  facts?: readonly (FormFacts | undefined)[];
  /** The decisions stored with the workbook: decided findings are counted, not listed; the form's decision is ticked. */
  reviews?: Reviews;
  /** Those decisions matched to the report, when the caller has them already (else matched here). */
  now?: ReviewsNow;
}

const T = {
  zh: {
    title: "项目支出绩效自评审核意见",
    project: "项目名称",
    department: "主管部门",
    implementer: "实施单位",
    file: "文件",
    sheet: "工作表",
    reported: "填报总分",
    computed: "计算总分",
    outcome: "复核结果",
    unnamed: "（未填写项目名称）",
    blank: "（未填写）",
    none: "（无）",
    writtenGrade: (g: string) => `，表中等级：${g}`,
    gradeOf: (g: string) => `（${g}）`,
    same: "填报总分与按规则计算的总分一致",
    higher: (d: string) => `填报总分比按规则计算的总分高 ${d} 分`,
    lower: (d: string) => `填报总分比按规则计算的总分低 ${d} 分`,
    noTotal: "无法比较总分（未填写或无法计算）",
    gradeShould: (c: string, r: string) => `；等级应为“${c}”，表中为“${r}”`,
    counts: (e: number, w: number, i: number) => `错误 ${e} 条，警告 ${w} 条，提示 ${i} 条`,
    heading: (n: number, counts: string) => `需要更正或说明的问题（共 ${n} 条：${counts}）`,
    header: ["序号", "位置", "问题", "说明"] as [string, string, string, string],
    noFindings: "未发现需要更正或说明的问题。",
    indicator: (name: string) => `“${name}”：`,
    arithmetic: (text: string) => `（计算：${text}）`,
    notes: "审核意见",
    decision: "审核结论：",
    signature: (date: string) => `审核人：${"＿".repeat(8)}${"\u3000".repeat(3)}审核日期：${date}`,
    date: (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
    join: "　",
    sheetAt: (sheet: string, range: string) => `${sheet}（${range}）`,
    kind: (s: string, k: string) => `${s} · ${k}`,
    decided: (accepted: number, ignored: number) =>
      `另有 ${accepted + ignored} 条问题经审核不再要求更正（接受 ${accepted} 条，忽略 ${ignored} 条）。`,
    changed: (d: string, note: string) => `【情况已变化：原审核为“${d}”${note ? `，${note}` : ""}，数值已不同，请重新审核】`,
  },
  en: {
    title: "Review of a performance self-evaluation (审核意见)",
    project: "Project",
    department: "Department",
    implementer: "Implementer",
    file: "File",
    sheet: "Sheet",
    reported: "Reported total",
    computed: "Computed total",
    outcome: "Outcome",
    unnamed: "(no project name)",
    blank: "(not given)",
    none: "(none)",
    writtenGrade: (g: string) => `, grade written: ${g}`,
    gradeOf: (g: string) => ` (${g})`,
    same: "the reported total agrees with the total the rules give",
    higher: (d: string) => `the reported total is ${d} above the total the rules give`,
    lower: (d: string) => `the reported total is ${d} below the total the rules give`,
    noTotal: "the totals cannot be compared (not written or not computable)",
    gradeShould: (c: string, r: string) => `; the grade should be "${c}", the form says "${r}"`,
    counts: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} notes`,
    heading: (n: number, counts: string) => `To correct or explain (${n}: ${counts})`,
    header: ["No.", "Cell", "Finding", "Details"] as [string, string, string, string],
    noFindings: "Nothing to correct or explain.",
    indicator: (name: string) => `"${name}": `,
    arithmetic: (text: string) => ` (computed: ${text})`,
    notes: "Reviewer's notes",
    decision: "Decision: ",
    signature: (date: string) => `Reviewer: ________________      Date: ${date}`,
    date: (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
    join: "   ",
    sheetAt: (sheet: string, range: string) => `${sheet} (${range})`,
    kind: (s: string, k: string) => `${s} · ${k}`,
    decided: (accepted: number, ignored: number) =>
      `${accepted + ignored} more findings need no correction after review (${accepted} accepted, ${ignored} ignored).`,
    changed: (d: string, note: string) =>
      ` [changed since: was ${d.toLowerCase()}${note ? ` (${note})` : ""}, the values now differ; review again]`,
  },
};

/** The reasoning behind the finding's row (an indicator's or the fund row's arithmetic), when the message lacks it. */
function arithmeticOf(f: Finding, table: TableReport | undefined): LocalText | null {
  if (!table) return null;
  const ind = table.indicators.find((i) => i.row === f.row);
  if (ind) return ind.explanation;
  if (table.fund && table.fund.row === f.row) return table.fund.explanation;
  return null;
}

function findingText(f: Finding, table: TableReport | undefined, lang: Lang): string {
  const t = T[lang];
  const message = f.messages[lang];
  const ind = table?.indicators.find((i) => i.row === f.row);
  const named = ind?.name && !message.includes(ind.name) ? t.indicator(ind.name) : "";
  const arithmetic = arithmeticOf(f, table)?.[lang] ?? "";
  const shown = arithmetic && !message.includes(arithmetic) ? t.arithmetic(arithmetic) : "";
  return `${named}${message}${shown}`;
}

function outcome(table: TableReport, writtenGrade: string | null, lang: Lang): string {
  const t = T[lang];
  const reported = table.total?.reportedScore ?? null;
  const computed = table.total?.computedScore ?? null;
  if (reported === null || computed === null) return t.noTotal;
  const diff = Math.round((reported - computed) * 100) / 100;
  const text = diff === 0 ? t.same : diff > 0 ? t.higher(formatScore(diff)) : t.lower(formatScore(-diff));
  const outOf = table.total?.weight ?? null;
  const shouldBe = gradeOfTotal(computed, outOf);
  const claimed = writtenGrade ?? gradeOfTotal(reported, outOf);
  return shouldBe && claimed && claimed !== shouldBe ? text + t.gradeShould(gradeText(shouldBe, lang), gradeText(claimed, lang)) : text;
}

function pageOf(report: Report, index: number, input: OpinionInput, now: ReviewsNow | null): OpinionPage {
  const { lang } = input;
  const t = T[lang];
  const table = report.tables[index];
  const facts = input.facts?.[index];
  const review = now?.forms[index];
  const total = table.total;
  const reportedGrade = facts?.reportedGrade ?? null;
  const reported = total?.reportedScore ?? null;
  const computed = total?.computedScore ?? null;
  const computedGrade = gradeOfTotal(computed, total?.weight ?? null);

  const mine = report.issues.map((f, i) => ({ f, now: now?.findings[i] })).filter((x) => x.f.table === index);
  const byPlace = (a: { f: Finding }, b: { f: Finding }) =>
    severityRank(a.f.severity) - severityRank(b.f.severity) || a.f.row - b.f.row || a.f.col - b.f.col;
  const open = mine.filter((x) => isOpen(x.now)).sort(byPlace);
  const own = open.map((x) => x.f);
  const closed = mine.filter((x) => !isOpen(x.now)).map((x) => x.now!.decision);
  const accepted = closed.filter((d) => d === "accept").length;
  const count = (s: Severity) => own.filter((f) => f.severity === s).length;
  const counts = t.counts(count("error"), count("warning"), count("info"));
  const decision = review?.decision ?? null;

  return {
    title: t.title,
    fields: [
      { label: t.project, value: table.project || t.unnamed },
      { label: t.department, value: facts?.department || t.blank },
      { label: t.implementer, value: facts?.implementer || t.blank },
      { label: t.file, value: input.file },
      { label: t.sheet, value: t.sheetAt(table.sheet, table.range) },
      {
        label: t.reported,
        value:
          reported === null ? t.blank : `${formatScore(reported)}${reportedGrade ? t.writtenGrade(gradeText(reportedGrade, lang)) : ""}`,
      },
      {
        label: t.computed,
        value: computed === null ? t.none : `${formatScore(computed)}${computedGrade ? t.gradeOf(gradeText(computedGrade, lang)) : ""}`,
      },
      { label: t.outcome, value: `${outcome(table, reportedGrade, lang)}${lang === "zh" ? "；" : "; "}${counts}` },
    ],
    findingsHeading: t.heading(own.length, counts),
    findingsHeader: t.header,
    findings: open.map(({ f, now: was }, i) => ({
      no: i + 1,
      severity: f.severity,
      place: f.cell,
      kind: t.kind(SEVERITY_NAMES[f.severity][lang], FINDINGS[f.code]?.title[lang] ?? f.code),
      text: findingText(f, table, lang) + (was ? t.changed(FINDING_DECISION_NAMES[was.decision][lang], was.note) : ""),
    })),
    noFindings: own.length === 0 ? t.noFindings : null,
    decided: closed.length > 0 ? t.decided(accepted, closed.length - accepted) : null,
    notesLabel: t.notes,
    notes: review?.notes ?? "",
    decisionLine: t.decision + FORM_DECISIONS.map((d) => `${d === decision ? "☑" : "□"} ${FORM_DECISION_NAMES[d][lang]}`).join(t.join),
    signatureLine: t.signature(t.date(input.date)),
  };
}

/** A1 of a 审核意见 sheet we wrote (a page's title, or the line saying there is none): only such a sheet is ours to replace. */
export const isOwnOpinionHead = (a1: unknown) =>
  [T.zh.title, T.en.title, "没有找到可出具审核意见的自评表。", "No self-evaluation form found to give an opinion on."].includes(String(a1));

/** What the sheet says when no form was found to give an opinion on. */
export const NO_OPINION: LocalText = { zh: "没有找到可出具审核意见的自评表。", en: "No self-evaluation form found to give an opinion on." };

/** One page per form of the report, in the order the forms were found. */
export function opinionPages(report: Report, input: OpinionInput): OpinionPage[] {
  const now = input.now ?? (input.reviews ? reviewsNow(report, input.reviews) : null);
  return report.tables.map((_, i) => pageOf(report, i, input, now));
}
