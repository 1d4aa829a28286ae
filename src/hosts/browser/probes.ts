import { probe, verdict } from "../../app/selfTest/answers";
import { runSelfTest, type SelfTestOptions } from "../../app/selfTest/runner";
import { sessionSemantics, type SemanticsCache } from "../../app/selfTest/semantics";
import type { Probe, SelfTestReport } from "../../app/selfTest/types";

/** What the browser probes look at: the page's own globals, or stand-ins in tests. */
export interface BrowserEnv {
  /** `localStorage`, or undefined where reaching it throws (storage blocked). */
  storage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined;
  globals: Record<string, unknown>;
  /** Makes an element (the `<a download>` test). */
  createElement?(tag: string): object;
  /** ISO time, stored as the last run. */
  now(): string;
}

export function pageEnv(): BrowserEnv {
  const g = globalThis as unknown as Record<string, unknown>;
  return {
    storage: () => {
      try {
        return typeof localStorage === "undefined" ? undefined : localStorage;
      } catch {
        return undefined;
      }
    },
    globals: g,
    createElement: typeof document === "undefined" ? undefined : (tag) => document.createElement(tag),
    now: () => new Date().toISOString(),
  };
}

/** Where the last 自检 time is kept: found again after a restart means localStorage persists. */
export const LAST_RUN_KEY = "selfeval.selfTest.lastRun";
const PROBE_KEY = "selfeval.selfTest.probe";

const isFunction = (v: unknown) => typeof v === "function";

/** The page's own capabilities: the same in the Excel pane, the WPS pane and the workbench. Nothing leaves the page. */
export function browserProbes(env: BrowserEnv = pageEnv()): Probe[] {
  const g = env.globals;
  return [
    probe("browser.localStorage", { zh: "localStorage 写入、读回与保留", en: "localStorage write, read back, kept" }, () => {
      const storage = env.storage();
      if (!storage) return { status: "differs", answer: { writable: false, previousRun: null } };
      const token = Math.random().toString(36).slice(2);
      let writable: boolean;
      try {
        storage.setItem(PROBE_KEY, token);
        writable = storage.getItem(PROBE_KEY) === token;
      } finally {
        storage.removeItem(PROBE_KEY);
      }
      const previousRun = storage.getItem(LAST_RUN_KEY);
      if (writable) storage.setItem(LAST_RUN_KEY, env.now());
      return { status: verdict(writable), answer: { writable, previousRun } };
    }),
    probe("browser.blobDownload", { zh: "下载文件（Blob 与 <a download>）", en: "File download (Blob and <a download>)" }, () => {
      const url = g.URL as { createObjectURL?: unknown } | undefined;
      const anchor = env.createElement?.("a");
      const answer = {
        createObjectURL: isFunction(url?.createObjectURL) && isFunction(g.Blob),
        anchorDownload: anchor !== undefined && "download" in anchor,
      };
      return { status: verdict(answer.createObjectURL && answer.anchorDownload), answer };
    }),
    probe("browser.worker", { zh: "Web Worker", en: "Web Worker" }, () => {
      const worker = isFunction(g.Worker);
      return { status: verdict(worker), answer: { worker } };
    }),
    probe("browser.clipboard", { zh: "剪贴板", en: "Clipboard" }, () => {
      const nav = g.navigator as { clipboard?: { writeText?: unknown } } | undefined;
      const doc = g.document as { execCommand?: unknown } | undefined;
      const answer = { writeText: isFunction(nav?.clipboard?.writeText), execCommand: isFunction(doc?.execCommand) };
      return { status: verdict(answer.writeText || answer.execCommand), answer };
    }),
    probe("browser.webApis", { zh: "页面用到的 Web 接口", en: "Web APIs the pages use" }, () => {
      const names = [
        "URLSearchParams",
        "TextDecoder",
        "TextEncoder",
        "structuredClone",
        "queueMicrotask",
        "ResizeObserver",
        "WeakRef",
        "AbortController",
      ];
      const answer = Object.fromEntries(names.map((n) => [n, isFunction(g[n])]));
      return { status: verdict(Object.values(answer).every(Boolean)), answer };
    }),
  ];
}

export interface BrowserSelfTestOptions extends SelfTestOptions {
  /** Where the answers go (default: the session's cache). */
  cache?: SemanticsCache;
}

/** The workbench's 自检: the browser probes only (the workbench has no host to probe). */
export async function browserSelfTest(env: BrowserEnv = pageEnv(), options: BrowserSelfTestOptions = {}): Promise<SelfTestReport> {
  const platform = (env.globals.navigator as { platform?: unknown } | undefined)?.platform;
  const report = await runSelfTest(
    { host: "browser", hostVersion: null, platform: typeof platform === "string" ? platform : null, apiSets: [] },
    browserProbes(env),
    { globals: env.globals, ...options },
  );
  (options.cache ?? sessionSemantics).remember(report);
  return report;
}
