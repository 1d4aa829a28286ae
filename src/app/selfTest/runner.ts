import { esLevel, type Globals } from "./esLevel";
import type { HostAbout, Probe, ProbeResult, SelfTestReport } from "./types";

/** Thrown by a probe when the host lacks what the probe needs: reported as failed with `answer.unsupported`. */
export class Unsupported extends Error {
  constructor(readonly member: string) {
    super(`unsupported: ${member}`);
    this.name = "Unsupported";
  }
}

class TimedOut extends Error {
  constructor(readonly limitMs: number) {
    super(`no answer within ${limitMs} ms`);
    this.name = "TimedOut";
  }
}

export const DEFAULT_LIMIT_MS = 10_000;

export interface RunOptions {
  /** Time limit of a probe without its own (ms). */
  limitMs?: number;
  /** Milliseconds, for the `ms` of each result. */
  now?: () => number;
}

/** An error as plain JSON: its name, Office.js `code` when it has one, and message. */
export function describeError(e: unknown): { name: string; code?: string; message: string } {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return { name: e.name, ...(typeof code === "string" ? { code } : {}), message: e.message };
  }
  return { name: typeof e, message: String(e) };
}

function failedAnswer(e: unknown): unknown {
  if (e instanceof Unsupported) return { unsupported: e.member };
  if (e instanceof TimedOut) return { timedOut: true, limitMs: e.limitMs };
  return { error: describeError(e) };
}

/**
 * Settles with the work, or rejects with TimedOut after `limitMs`. A synchronous host (WPS) cannot be interrupted: its
 * probe finishes first and is then reported as over time when it took longer than the limit.
 */
function withinLimit<T>(work: () => Promise<T> | T, limitMs: number, now: () => number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const started = now();
    const timer = setTimeout(() => reject(new TimedOut(limitMs)), limitMs);
    const settle = (ok: boolean, v: unknown) => {
      clearTimeout(timer);
      if (ok && now() - started > limitMs) reject(new TimedOut(limitMs));
      else if (ok) resolve(v as T);
      else reject(v);
    };
    try {
      Promise.resolve(work()).then(
        (v) => settle(true, v),
        (e) => settle(false, e),
      );
    } catch (e) {
      settle(false, e);
    }
  });
}

/** Runs the probes one after another (host calls must not interleave); a probe's failure is its result. */
export async function runProbes(probes: Probe[], options: RunOptions = {}): Promise<ProbeResult[]> {
  const now = options.now ?? (() => Date.now());
  const results: ProbeResult[] = [];
  for (const probe of probes) {
    const leftBehind: string[] = [];
    const started = now();
    let result: Pick<ProbeResult, "status" | "answer">;
    try {
      result = await withinLimit(
        () => probe.run({ leftBehind: (name) => leftBehind.push(name) }),
        probe.limitMs ?? options.limitMs ?? DEFAULT_LIMIT_MS,
        now,
      );
    } catch (e) {
      result = { status: "failed", answer: failedAnswer(e) };
    }
    results.push({
      id: probe.id,
      title: probe.title,
      ...result,
      ms: Math.round(now() - started),
      ...(leftBehind.length ? { leftBehind } : {}),
    });
  }
  return results;
}

export interface SelfTestOptions extends RunOptions {
  /** The page's globals (user agent, ES level); a stand-in in tests. */
  globals?: Globals;
  /** The run's start time. */
  date?: () => Date;
}

/** A whole report: the host's header, the page's browser, and every probe's result. */
export async function runSelfTest(about: HostAbout, probes: Probe[], options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const g = options.globals ?? (globalThis as unknown as Globals);
  const at = (options.date?.() ?? new Date()).toISOString();
  const userAgent = (g.navigator as { userAgent?: unknown } | undefined)?.userAgent;
  const results = await runProbes(probes, options);
  return { version: 1, ...about, userAgent: typeof userAgent === "string" ? userAgent : null, esLevel: esLevel(g), results, at };
}
