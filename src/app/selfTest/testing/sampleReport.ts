import type { ProbeResult, SelfTestReport } from "../types";

/** A result as a host would give it (titles by id, so tests write only what matters). */
export function result(id: string, status: ProbeResult["status"], answer: unknown, extra: Partial<ProbeResult> = {}): ProbeResult {
  return { id, title: { zh: `探针 ${id}`, en: `Probe ${id}` }, status, answer, ms: 12, ...extra };
}

/** A report of these results, from a WPS 12.1 on Windows with Chromium 104. */
export function reportOf(results: ProbeResult[], header: Partial<SelfTestReport> = {}): SelfTestReport {
  return {
    version: 1,
    host: "wps",
    hostVersion: "12.1.0.16250",
    platform: "Windows",
    userAgent: "Mozilla/5.0 Chrome/104.0.5112.102 Safari/537.36 WpsOfficeApp/12.1.0.16250",
    esLevel: { engine: 2022, builtIns: 2023, missing: ["RegExp flag v (2024)"], polyfilled: true },
    apiSets: [],
    results,
    at: "2026-03-04T05:06:07.000Z",
    ...header,
  };
}
