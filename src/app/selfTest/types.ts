import type { LocalText } from "../../engine";
import type { EsLevel } from "./esLevel";

/**
 * - ok: the host answered as the adapters expect (the answer each probe expects is in docs/real-host-check.md);
 * - differs: it answered the other plausible way (the adapter must take its other path: see semantics.ts);
 * - failed: the probe threw, ran out of time, or the host lacks what it needs (`answer.unsupported` names it);
 * - skipped: the probe does not apply here (e.g. an API set this host does not have).
 */
export type ProbeStatus = "ok" | "differs" | "failed" | "skipped";

export interface ProbeResult {
  /** Stable id, e.g. "cf.tagged": what semantics.ts and the docs refer to. */
  id: string;
  title: LocalText;
  status: ProbeStatus;
  /** What the host answered: plain JSON (small; long strings are reported by length). */
  answer: unknown;
  /** Wall time of the whole probe, scratch sheet included. */
  ms: number;
  /** Scratch objects the probe could not remove (names): the user should delete them by hand. */
  leftBehind?: string[];
}

export type SelfTestHost = "excel" | "wps" | "browser";

/** The JSON the 复制 button copies (documented in docs/real-host-check.md). */
export interface SelfTestReport {
  version: 1;
  host: SelfTestHost;
  /** Excel: Office.context.diagnostics.version; WPS: Application.Version (and Build); browser: null. */
  hostVersion: string | null;
  /** Excel: "PC" | "Mac" | "OfficeOnline" …; WPS: Application.OperatingSystem; browser: navigator.platform. */
  platform: string | null;
  userAgent: string | null;
  esLevel: EsLevel;
  /** Excel: the highest ExcelApi requirement set supported ("ExcelApi 1.17"); empty elsewhere. */
  apiSets: string[];
  results: ProbeResult[];
  /** ISO time the run started. */
  at: string;
}

/** What a probe's own code returns; a throw becomes a "failed" result. */
export interface ProbeOutcome {
  status: Exclude<ProbeStatus, "failed">;
  answer: unknown;
}

/** Given to each probe: where it reports a scratch object it could not remove. */
export interface ProbeContext {
  leftBehind(name: string): void;
}

export interface Probe {
  id: string;
  title: LocalText;
  /** Time limit for this probe (ms); the runner's default otherwise. */
  limitMs?: number;
  run(context: ProbeContext): Promise<ProbeOutcome> | ProbeOutcome;
}

/** The header of a report: who the host is. */
export type HostAbout = Pick<SelfTestReport, "host" | "hostVersion" | "platform" | "apiSets">;
