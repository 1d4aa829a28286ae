import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DIST, ensureWorkbenchBuilt, REPO } from "../../src/workbench/server/build";
import { startStaticServer, type StaticServer } from "../../src/workbench/server/staticServer";
import { CHROMIUM, CHROMIUM_FLAGS } from "../../src/bench/chromium";

export { CHROMIUM, CHROMIUM_FLAGS };
export const ARTIFACTS = path.join(REPO, "test-artifacts");

export async function hasChromium(): Promise<boolean> {
  return fs
    .access(CHROMIUM)
    .then(() => true)
    .catch(() => false);
}

export interface Bench {
  browser: Browser;
  server: StaticServer;
  tmp: string;
  close(): Promise<void>;
}

/** Builds the page if stale, serves dist/ on the loopback and starts Chromium (Playwright gives it a fresh profile). */
export async function startBench(): Promise<Bench> {
  ensureWorkbenchBuilt();
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "wb-browser-"));
  await fs.mkdir(ARTIFACTS, { recursive: true });
  return {
    browser,
    server,
    tmp,
    async close() {
      await browser.close();
      await server.close();
      await fs.rm(tmp, { recursive: true, force: true });
    },
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page, its worker or the browser asked for. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh context (empty storage) whose every request is recorded, and anything not local refused. */
export async function newSession(bench: Bench, options: { bypassCSP?: boolean; reducedMotion?: boolean } = {}): Promise<Session> {
  const context = await bench.browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
    reducedMotion: options.reducedMotion ? "reduce" : "no-preference",
  });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return isLocal(url, bench.server.origin) ? route.continue() : route.abort();
  });
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, requests, errors };
}

export function isLocal(url: string, origin: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("file://")) return true;
  if (url.startsWith(`${origin}/`)) return true;
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && (u.hostname === "127.0.0.1" || u.hostname === "localhost");
  } catch {
    return false;
  }
}

/** Presses Tab (or Shift+Tab) until the focused element's accessible text matches, like a keyboard user would. */
export async function tabTo(
  page: Page,
  matches: (text: string) => boolean,
  options: { back?: boolean; max?: number } = {},
): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}`.trim() : "";
    });
    if (matches(text)) return text;
    seen.push(text.slice(0, 30));
  }
  throw new Error(`never reached the element by Tab; passed: ${seen.join(" | ")}`);
}

/** The text of the grid's cell bar: "sheet!A1 content". */
export async function cellBar(page: Page): Promise<string> {
  return (await page.locator(".wb-cellbar").textContent()) ?? "";
}
