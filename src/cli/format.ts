import { severityRank, type Finding, type Report, type Severity, type TableReport } from "../engine";
import type { Lang } from "./args";
import { scoreText, table } from "./text";
import { FINDING_DECISION_NAMES, FORM_DECISION_NAMES, NO_DECISIONS } from "../app/review/decision";
import type { FindingReviewNow, FormReview, ReviewsNow } from "../app/review/decision";

const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  zh: { error: "✗ 错误", warning: "! 警告", info: "· 提示" },
  en: { error: "✗ error", warning: "! warning", info: "· info" },
};

export function countBySeverity(issues: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of issues) counts[f.severity]++;
  return counts;
}

export function countsText(c: Record<Severity, number>, lang: Lang): string {
  return lang === "en"
    ? `${c.error} errors, ${c.warning} warnings, ${c.info} notes`
    : `${c.error} 个错误，${c.warning} 个警告，${c.info} 条提示`;
}

/** A reviewer's decision on a finding, after its message: "〔已接受：note〕", or 情况已变化 when the values moved on. */
function decidedText(now: FindingReviewNow | undefined, lang: Lang): string {
  if (!now) return "";
  const name = FINDING_DECISION_NAMES[now.decision][lang];
  const note = now.note ? (lang === "en" ? `: ${now.note}` : `：${now.note}`) : "";
  if (now.changed)
    return lang === "en" ? ` [changed since it was ${name.toLowerCase()}${note}]` : ` 〔情况已变化，原审核：${name}${note}〕`;
  return lang === "en" ? ` [${name.toLowerCase()}${note}]` : ` 〔已${name}${note}〕`;
}

type ReviewOf = (f: Finding) => FindingReviewNow | undefined;

function findingLines(issues: readonly Finding[], lang: Lang, reviewOf: ReviewOf = () => undefined): string[] {
  const sorted = [...issues].sort((a, b) => a.row - b.row || a.col - b.col || severityRank(a.severity) - severityRank(b.severity));
  const rows = sorted.map((f) => [
    `    ${SEVERITY_LABEL[lang][f.severity]}`,
    f.cell,
    f.code,
    (lang === "en" ? f.messages.en : f.messages.zh).replace(/\s*\n\s*/g, " ") + decidedText(reviewOf(f), lang),
  ]);
  return rows.length ? table(rows).split("\n") : [];
}

function formDecisionLine(review: FormReview | undefined, lang: Lang): string[] {
  if (!review || (!review.decision && !review.notes)) return [];
  const decision = review.decision ? FORM_DECISION_NAMES[review.decision][lang] : lang === "en" ? "none" : "未定";
  const notes = review.notes ? (lang === "en" ? ` — ${review.notes}` : `——${review.notes}`) : "";
  return [lang === "en" ? `    decision: ${decision}${notes}` : `    审核结论：${decision}${notes}`];
}

function tableHeading(t: TableReport, index: number, lang: Lang): string {
  const project = t.project || (lang === "en" ? "(no project name)" : "（无项目名称）");
  return lang === "en"
    ? `[${index + 1}] ${project} — sheet "${t.sheet}" ${t.range}`
    : `【${index + 1}】${project} — 工作表“${t.sheet}” ${t.range}`;
}

function totalLine(t: TableReport, lang: Lang): string {
  const reported = scoreText(t.total?.reportedScore);
  const computed = scoreText(t.total?.computedScore);
  const rows = t.indicators.length;
  return lang === "en"
    ? `    total: reported ${reported}, computed ${computed} (${rows} indicators)`
    : `    总分：填报 ${reported}，计算 ${computed}（${rows} 项指标）`;
}

/**
 * The human report of one checked file: per form its project, reported vs computed total, the reviewer's decision and
 * findings (each with the decision taken on it, when one applies).
 */
export function formatReport(report: Report, displayName: string, lang: Lang, now: ReviewsNow = NO_DECISIONS): string {
  const lines: string[] = [];
  const index = new Map(report.issues.map((f, i) => [f, i]));
  const reviewOf = (f: Finding) => now.findings[index.get(f) ?? -1];
  const counts = countBySeverity(report.issues);
  lines.push(
    lang === "en"
      ? `${displayName}: ${report.tables.length} forms found (${report.profile}); ${countsText(counts, lang)}`
      : `${displayName}：找到 ${report.tables.length} 张自评表（规则 ${report.profile}）；${countsText(counts, lang)}`,
  );
  for (const n of report.notices)
    lines.push(lang === "en" ? `  note, sheet "${n.sheet}": ${n.messages.en}` : `  注意，工作表“${n.sheet}”：${n.messages.zh}`);
  if (report.tables.length === 0) lines.push(lang === "en" ? "  No 自评表 found in this workbook." : "  此工作簿中没有找到自评表。");
  report.tables.forEach((t, i) => {
    lines.push("", `  ${tableHeading(t, i, lang)}`, totalLine(t, lang), ...formDecisionLine(now.forms[i], lang));
    const own = report.issues.filter((f) => f.table === i);
    if (own.length === 0) lines.push(lang === "en" ? "    ✓ no findings" : "    ✓ 未发现问题");
    else lines.push(...findingLines(own, lang, reviewOf));
  });
  const loose = report.issues.filter((f) => !(f.table >= 0 && f.table < report.tables.length));
  if (loose.length) lines.push("", lang === "en" ? "  Other findings:" : "  其他问题：", ...findingLines(loose, lang, reviewOf));
  return lines.join("\n");
}

export interface SummaryRow {
  file: string;
  forms: number | null;
  counts: Record<Severity, number> | null;
  /** Why the file was not checked. */
  failure: string | null;
}

export function formatSummary(rows: readonly SummaryRow[], lang: Lang): string {
  const head =
    lang === "en" ? ["file", "forms", "errors", "warnings", "notes", "status"] : ["文件", "自评表", "错误", "警告", "提示", "状态"];
  const body = rows.map((r) => {
    const status = r.failure
      ? lang === "en"
        ? "not read"
        : "无法读取"
      : r.counts!.error > 0
        ? lang === "en"
          ? "errors"
          : "有错误"
        : lang === "en"
          ? "ok"
          : "通过";
    const n = (v: number | undefined | null) => (v === null || v === undefined ? "—" : String(v));
    return [r.file, n(r.forms), n(r.counts?.error), n(r.counts?.warning), n(r.counts?.info), status];
  });
  const total = rows.reduce(
    (acc, r) => {
      acc.forms += r.forms ?? 0;
      acc.error += r.counts?.error ?? 0;
      acc.warning += r.counts?.warning ?? 0;
      acc.info += r.counts?.info ?? 0;
      acc.failed += r.failure ? 1 : 0;
      return acc;
    },
    { forms: 0, error: 0, warning: 0, info: 0, failed: 0 },
  );
  const foot = [
    lang === "en" ? `total (${rows.length} files)` : `合计（${rows.length} 个文件）`,
    String(total.forms),
    String(total.error),
    String(total.warning),
    String(total.info),
    total.failed ? (lang === "en" ? `${total.failed} not read` : `${total.failed} 个无法读取`) : "",
  ];
  return table([head, ...body, foot], new Set([1, 2, 3, 4]));
}
