/**
 * Browser figures for `npm run bench`, in headless Chromium against the built workbench (built first when stale):
 * pane_first_render_ms (median of 5 fresh visits), blank_page_render_ms (the floor: the same measure on a page with
 * only the pane's toolbar in its HTML and no script, from the same server, visits interleaved with the workbench's),
 * first_render_over_floor (their ratio) and browser_check_ms_1000_forms (校验 on the generated 1,000-form workbook).
 * One JSON object per line on stdout, {"name", "value", "unit"}; the machine on stderr.
 */
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { writeGridsToXlsx } from "../hosts/xlsx";
import { readSeedText } from "../sample/seedFile";
import { DIST, ensureWorkbenchBuilt } from "../workbench/server/build";
import { startStaticServer } from "../workbench/server/staticServer";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";
import { generateFormGrids } from "./generateForms";

const RUNS = 5;
/** The floor page: what the probe waits for, already in the HTML. Written into the served folder for the run only. */
const BLANK_PAGE = "bench-blank.html";
const BLANK_HTML =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>floor</title><div id="wb-pane"><div role="toolbar"></div></div></html>';
const FORMS = 1000;

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit })}\n`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const KEEP_LONGEST = "(list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }";

/** Records, in the page, when the pane's toolbar first appears (ms since navigation start) and the longest main-thread task. */
const PROBE = `
  window.__paneAt = null;
  window.__longest = 0;
  const seen = () => {
    if (window.__paneAt === null && document.querySelector("#wb-pane [role=toolbar]")) window.__paneAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
  document.addEventListener("DOMContentLoaded", seen);
  try {
    new PerformanceObserver(${KEEP_LONGEST}).observe({ type: "longtask", buffered: true });
  } catch {}
`;

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route("**/*", (route) =>
    /^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  await context.addInitScript(PROBE);
  return context.newPage();
}

async function firstRender(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __paneAt: number | null }).__paneAt !== null, undefined, { timeout: 60_000 });
  const at = await page.evaluate(() => (window as unknown as { __paneAt: number }).__paneAt);
  // The page's work after its first render (its worker starting, chunks prefetched) must not run into the next visit's.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.context().close();
  return at;
}

async function checkBigWorkbook(
  browser: Browser,
  url: string,
  file: string,
): Promise<{ openMs: number; checkMs: number; longestTaskMs: number; findings: number }> {
  const page = await freshPage(browser);
  await page.goto(`${url}?sample=0`);
  await page.getByText("打开或拖入").waitFor();
  const t0 = Date.now();
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.locator("#wb-pane [role=toolbar]").waitFor({ timeout: 120_000 });
  const openMs = Date.now() - t0;
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  // Timed in the page: from the click to the findings heading in the DOM.
  const result = await page.evaluate(
    () =>
      new Promise<{ ms: number; heading: string }>((resolve) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>("#wb-pane button")].find((b) => b.textContent === "校验")!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const heading = document.querySelector("[data-heading='findings']");
          if (heading) {
            observer.disconnect();
            resolve({ ms: performance.now() - start, heading: heading.textContent ?? "" });
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
        button.click();
      }),
  );
  // Let a long task that ended with the render be reported.
  await page.waitForTimeout(200);
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.context().close();
  return { openMs, checkMs: result.ms, longestTaskMs, findings: Number(/\((\d+)\)/.exec(result.heading)?.[1] ?? NaN) };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `bench: Chromium 不在 ${CHROMIUM}（运行 npm run setup:test，或设置 CHROMIUM_PATH）· ` +
        `Chromium is not at ${CHROMIUM} (run npm run setup:test, or set CHROMIUM_PATH)\n`,
    );
    process.exit(2);
  }
  ensureWorkbenchBuilt((line) => process.stderr.write(`${line}\n`));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-browser-bench-"));
  const blank = path.join(DIST, BLANK_PAGE);
  await fs.writeFile(blank, BLANK_HTML);
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    const renders: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(await firstRender(browser, new URL(BLANK_PAGE, server.url).href));
      renders.push(await firstRender(browser, server.url));
    }
    emit("pane_first_render_ms", median(renders), "ms");
    emit("blank_page_render_ms", median(floors), "ms");
    emit("first_render_over_floor", median(renders) / median(floors), "ratio");

    const file = path.join(dir, `forms-${FORMS}.xlsx`);
    const generated = generateFormGrids({ seedText: readSeedText(), forms: FORMS });
    await writeGridsToXlsx(
      generated.sheets.map((grid) => ({ grid })),
      file,
    );
    const big = await checkBigWorkbook(browser, server.url, file);
    emit(`browser_check_ms_${FORMS}_forms`, big.checkMs, "ms");
    emit(`browser_open_ms_${FORMS}_forms`, big.openMs, "ms");
    emit(`browser_check_longest_main_thread_task_ms_${FORMS}_forms`, big.longestTaskMs, "ms");
    emit(`browser_findings_${FORMS}_forms`, big.findings, "count");
    const cpus = os.cpus();
    const cpu = `${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}`;
    const ramGb = Math.round(os.totalmem() / 2 ** 30);
    process.stderr.write(`machine: ${cpu}, ${ramGb} GB RAM, ${os.platform()} ${os.release()}, Chromium ${browser.version()} headless\n`);
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(blank, { force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
