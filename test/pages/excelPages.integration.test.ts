/**
 * Integration (builds the Excel add-in once, about 20 s, then drives Debian's Chromium): every script the build ships
 * parses for the oldest runtime the manifest admits, and both pages load outside Office with the real office.js.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "../../src/workbench/server/staticServer";
import { NOTICES } from "../../src/taskpane/notice";
import { RIBBON_FUNCTIONS } from "../../src/hosts/excel/ribbon";
import { CHROMIUM, CHROMIUM_FLAGS } from "../browser/harness";
import { buildInto, ROOT } from "./build";
import { parseError, shippedScripts, unparsable } from "./scripts";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RUNTIMES } = require("../../webpack.shared") as { RUNTIMES: Record<"excel" | "wps", { ecmaVersion: number }> };

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

let dist = "";
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = buildInto("webpack.config.js", { variables: { ADDIN_BASE_URL: "https://addin.example.gov.cn/selfeval/" } });
  server = await startStaticServer(dist, { index: "taskpane.html", guard: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

describe("the Excel build", () => {
  it(`ships only scripts that parse as ES${RUNTIMES.excel.ecmaVersion}`, () => {
    const scripts = shippedScripts(dist).map((s) => s.name);
    expect(scripts).toEqual(
      expect.arrayContaining(["taskpane.js", "commands.js", "vendor.js", "taskpane.html <script #1>", "commands.html <script #1>"]),
    );
    expect(unparsable(dist, RUNTIMES.excel.ecmaVersion)).toEqual([]);
  });

  it.each(["taskpane.html", "commands.html"])("starts %s with the ES5 guard and its probe, before office.js and the bundles", (page) => {
    const html = fs.readFileSync(path.join(dist, page), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => /src="?([^"\s>]+)/.exec(m[1])?.[1] ?? m[2]);
    expect(parseError(scripts[0], 5)).toBeNull();
    expect(scripts[0]).toContain("selfevalGuard");
    expect(scripts[1]).toMatch(/^selfevalGuard\.ok ?= ?/);
    expect(parseError(scripts[1], RUNTIMES.excel.ecmaVersion - 1)).not.toBeNull(); // an engine short of the bundles' edition fails it
    expect(scripts[2]).toBe(`${OFFICE_CDN}office.js`);
    expect(scripts.slice(3).every((s) => /\.js$/.test(s))).toBe(true);
  });

  it("writes a manifest that points at ADDIN_BASE_URL, not at localhost", () => {
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/https?:\/\/localhost/);
    expect(manifest).toContain("https://addin.example.gov.cn/selfeval/taskpane.html");
  });
});

interface Visit {
  errors: string[];
  text: string;
  /** The ribbon functions office.js holds once the page's scripts have run. */
  associated: string[];
}

/**
 * Opens `page` as a plain browser would: office.js from the package's copy of the CDN, or unreachable; nothing else
 * leaves. `oldEngine` breaks the guard's probe in the served page, as an engine short of the bundles' syntax sees it.
 */
async function visit(
  page: string,
  officeJs: "served" | "unreachable",
  oldEngine = false,
): Promise<Visit & { tab: Page; context: BrowserContext }> {
  const context: BrowserContext = await browser.newContext();
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (oldEngine && url === `${server.origin}/${page}`) {
      const html = fs.readFileSync(path.join(dist, page), "utf8").replace(/selfevalGuard\.ok ?= ?[^<]*/, "selfevalGuard.ok = @;");
      return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    }
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    const file = url.startsWith(OFFICE_CDN) ? path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split(/[?#]/)[0]) : "";
    if (officeJs === "served" && file.startsWith(OFFICE_DIST) && fs.existsSync(file))
      return route.fulfill({ path: file, contentType: "text/javascript" });
    return route.abort();
  });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on("pageerror", (e) => errors.push(e.message));
  await tab.goto(`${server.origin}/${page}`, { waitUntil: "domcontentloaded" });
  const associated = await tab.evaluate(() => {
    const office = (window as { Office?: { actions?: { _association?: { m_mappings?: object } } } }).Office;
    return Object.keys(office?.actions?._association?.m_mappings ?? {});
  });
  if (oldEngine && page === "taskpane.html") await tab.waitForSelector("[role=alert]", { timeout: 20_000 });
  else if (page === "taskpane.html") await tab.waitForSelector("#root [role=status]", { timeout: 20_000 });
  else await tab.waitForTimeout(1500); // office.js settles outside Office (onReady) without a page to show
  return { errors, text: await tab.innerText("body"), associated, tab, context };
}

/** Visits, then closes the browser context. */
async function visitOnce(page: string, officeJs: "served" | "unreachable", oldEngine = false): Promise<Visit> {
  const { context, ...result } = await visit(page, officeJs, oldEngine);
  await context.close();
  return result;
}

describe("the Excel pages opened outside Office", () => {
  it("taskpane.html with the real office.js says where to open it, without a page error", async () => {
    const { errors, text } = await visitOnce("taskpane.html", "served");
    expect(errors).toEqual([]);
    expect(text).toContain(NOTICES.openInExcel.zh);
    expect(text).toContain(NOTICES.openInExcel.en);
  });

  it("commands.html with the real office.js registers every ribbon function at once, without a page error", async () => {
    const { errors, associated } = await visitOnce("commands.html", "served");
    expect(errors).toEqual([]);
    expect(associated.sort()).toEqual(RIBBON_FUNCTIONS.map((f) => f.toUpperCase()).sort());
  });

  it("taskpane.html without office.js (an air-gapped intranet) says so instead of staying blank", async () => {
    const { errors, text } = await visitOnce("taskpane.html", "unreachable");
    expect(errors).toEqual([]);
    expect(text).toContain(NOTICES.officeJsMissing.zh);
    expect(text).toContain(NOTICES.officeJsMissing.en);
  });

  it("commands.html without office.js loads without a page error", async () => {
    const { errors } = await visitOnce("commands.html", "unreachable");
    expect(errors).toEqual([]);
  });

  describe("on a webview too old for the bundles (the guard's probe fails to parse)", () => {
    it("taskpane.html shows, Chinese first, what to use instead, with the workbench's address", async () => {
      const { text } = await visitOnce("taskpane.html", "served", true);
      expect(text).toMatch(/^此版本的 Office 用旧的浏览器内核/);
      expect(text).toContain("Microsoft 365 or Office 2021 or later");
      expect(text).toContain(`${server.origin}/workbench.html`);
    });

    it("commands.html answers a ribbon function and completes it", async () => {
      const { tab, context } = await visit("commands.html", "served", true);
      try {
        const completed = await tab.evaluate(
          () =>
            new Promise<boolean>((resolve) =>
              (window as unknown as Record<string, (e: { completed(): void }) => void>).runCheck({ completed: () => resolve(true) }),
            ),
        );
        expect(completed).toBe(true);
      } finally {
        await context.close();
      }
    });
  });
});
