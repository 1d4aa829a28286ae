import type { LocalText } from "../../engine";
import { sample } from "./answers";
import { chromiumMajor, esName } from "./esLevel";
import type { ProbeResult, ProbeStatus, SelfTestReport } from "./types";

type Lang = "zh" | "en";

export const STATUS_TEXT: Record<ProbeStatus, LocalText> = {
  ok: { zh: "符合预期", en: "as expected" },
  differs: { zh: "与预期不同", en: "differs" },
  failed: { zh: "失败", en: "failed" },
  skipped: { zh: "未适用", en: "skipped" },
};

/** A sign per status, so that the text never relies on colour. */
export const STATUS_SIGN: Record<ProbeStatus, string> = { ok: "✓", differs: "≠", failed: "✗", skipped: "–" };

const HOST_NAME: Record<SelfTestReport["host"], string> = { excel: "Excel", wps: "WPS", browser: "Browser" };

/** The answer of one probe in one line: the failure's reason, or the answer as compact JSON. */
export function answerLine(result: ProbeResult, lang: Lang, max = 160): string {
  const a = result.answer as { unsupported?: unknown; timedOut?: unknown; limitMs?: unknown; error?: { message?: unknown } } | null;
  if (result.status === "failed" && a && typeof a === "object") {
    if (typeof a.unsupported === "string")
      return lang === "zh" ? `宿主不支持：${a.unsupported}` : `not supported by the host: ${a.unsupported}`;
    if (a.timedOut)
      return lang === "zh" ? `超时（${String(a.limitMs)} 毫秒内无应答）` : `timed out (no answer within ${String(a.limitMs)} ms)`;
    if (a.error && typeof a.error.message === "string") return sample(a.error.message, max);
  }
  return sample(result.answer, max);
}

/** The header's lines: host, version, platform, API sets; the browser and its ES level. */
export function headerLines(report: SelfTestReport, lang: Lang): string[] {
  const host = [HOST_NAME[report.host], report.hostVersion, report.platform, ...report.apiSets].filter(Boolean).join(" · ");
  const chrome = chromiumMajor(report.userAgent);
  const es = report.esLevel;
  const engine = lang === "zh" ? `引擎 ${esName(es.engine)}` : `engine ${esName(es.engine)}`;
  const builtIns =
    lang === "zh"
      ? `内置对象 ${esName(es.builtIns)}${es.polyfilled ? "（含补丁）" : ""}`
      : `built-ins ${esName(es.builtIns)}${es.polyfilled ? " (polyfilled)" : ""}`;
  const browser = [engine, builtIns, chrome === null ? null : `Chromium ${chrome}`].filter(Boolean).join(" · ");
  return [host, browser];
}

/** One line per probe: sign, status, title, time, answer; and what it left behind. */
export function resultLine(result: ProbeResult, lang: Lang): string {
  const left = result.leftBehind?.length
    ? lang === "zh"
      ? `；未能删除：${result.leftBehind.join("、")}（请手动删除）`
      : `; could not remove: ${result.leftBehind.join(", ")} (delete by hand)`
    : "";
  const status = STATUS_TEXT[result.status][lang];
  return `${STATUS_SIGN[result.status]} ${result.title[lang]} — ${status} (${result.ms} ms): ${answerLine(result, lang)}${left}`;
}

/** Counts by status, e.g. "8 符合预期，1 与预期不同，1 失败". */
export function summaryLine(report: SelfTestReport, lang: Lang): string {
  const order: ProbeStatus[] = ["ok", "differs", "failed", "skipped"];
  const parts = order
    .map((s) => [s, report.results.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_TEXT[s][lang]}`);
  return parts.join(lang === "zh" ? "，" : ", ");
}

/** The whole report as readable text (the console's output in WPS, the pane's plain-text view). */
export function formatReport(report: SelfTestReport, lang: Lang): string {
  const title = lang === "zh" ? `自检 ${report.at}` : `Self-test ${report.at}`;
  return [title, ...headerLines(report, lang), summaryLine(report, lang), ...report.results.map((r) => resultLine(r, lang))].join("\n");
}

/** The JSON the 复制 button copies: the report as is, indented. */
export function reportJson(report: SelfTestReport): string {
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value), 2);
}
