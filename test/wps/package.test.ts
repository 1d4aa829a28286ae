/**
 * Integration (builds the WPS package once, about 25 s, then drives Debian's Chromium): what the package ships parses
 * as ES2018, runs where Chromium 69's runtime APIs are all there is, and wires the ribbon as ribbon.xml says.
 */
import * as fs from "fs";
import { JSDOM } from "jsdom";
import * as os from "os";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import { startStaticServer, type StaticServer } from "../../src/workbench/server/staticServer";
import { CHROMIUM, CHROMIUM_FLAGS } from "../browser/harness";
import { buildInto } from "../pages/build";
import { shippedScripts, unparsable } from "../pages/scripts";
import { FakeWps, seedWorkbook } from "./fakeApplication";
import { snapshotAll } from "./harness";
import { RIBBON_ICONS } from "../../src/scripts/wps/ribbonIcons";
import { NEWER_THAN_CHROMIUM_69, removeNewerApisScript } from "./olderChromium";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require("../../webpack.shared") as {
  RUNTIMES: Record<"excel" | "wps", { ecmaVersion: number }>;
  typescriptRule(options: object): webpack.RuleSetRule;
  textAssetRule: webpack.RuleSetRule;
};

const CALLBACK_ATTRIBUTES = ["onLoad", "onAction", "getEnabled", "getLabel", "getImage", "getVisible"];

let outDir = "";
let ribbon: Document;

beforeAll(() => {
  outDir = buildInto("webpack.wps.config.js");
  const { DOMParser } = new JSDOM().window;
  ribbon = new DOMParser().parseFromString(fs.readFileSync(path.join(outDir, "ribbon.xml"), "utf8"), "application/xml");
}, 180_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

type Callback = (arg: unknown) => unknown;

/** The entry page as WPS runs it: index.js as a classic script of a page whose window holds `Application` (or not). */
function loadEntry(fake: FakeWps | null, href = "file:///home/user/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/index.html") {
  const dom = new JSDOM("<!doctype html><body></body>", { url: href, runScripts: "outside-only" });
  const win = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  const alert = jest.fn();
  win.alert = alert;
  // jsdom has no TextEncoder; WPS's Chromium (69 and later) has, and the record codec uses it.
  Object.assign(win, { TextEncoder, TextDecoder });
  if (fake) win.Application = fake.app;
  win.eval(fs.readFileSync(path.join(outDir, "index.js"), "utf8"));
  return { win, alert, callback: (name: string) => win[name] as Callback };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the built WPS package", () => {
  it(`ships only scripts that parse as ES${shared.RUNTIMES.wps.ecmaVersion} (the oldest WPS browser, Chromium 69)`, () => {
    expect(shippedScripts(outDir).map((s) => s.name)).toEqual(
      expect.arrayContaining(["index.js", "taskpane.js", "taskpane.html <script #1>"]),
    );
    expect(unparsable(outDir, shared.RUNTIMES.wps.ecmaVersion)).toEqual([]);
  });

  it("has a ribbon.xml that parses as customUI 2006 with the 绩效自评 tab and its five buttons", () => {
    expect(ribbon.getElementsByTagName("parsererror").length).toBe(0);
    expect(ribbon.documentElement.namespaceURI).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    const tab = ribbon.getElementsByTagName("tab")[0];
    expect(tab.getAttribute("label")).toBe("绩效自评");
    expect([...tab.getElementsByTagName("button")].map((b) => b.getAttribute("id"))).toEqual([
      "btnCheck",
      "btnPane",
      "btnFill",
      "btnClearMarks",
      "btnUndoFill",
    ]);
    for (const b of tab.getElementsByTagName("button")) expect(RIBBON_ICONS[b.getAttribute("id")!]).toBeDefined();
    expect(fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8")).toMatch(/<JsPlugin>[\s\S]*<Name>selfeval<\/Name>/);
  });

  it("puts every callback ribbon.xml names on window once the entry script has run", () => {
    const { callback } = loadEntry(new FakeWps());
    const names = new Set(
      [...ribbon.getElementsByTagName("*")].flatMap((el) =>
        CALLBACK_ATTRIBUTES.map((a) => el.getAttribute(a)).filter((v): v is string => !!v),
      ),
    );
    expect([...names].sort()).toEqual(["GetEnabled", "GetImage", "GetLabel", "OnAction", "OnAddinLoad"]);
    for (const name of names) expect(typeof callback(name)).toBe("function");
  });

  it("runs 校验 and 清除标记 synchronously from the ribbon, toggles the pane, and reports through the status bar", async () => {
    const fake = new FakeWps();
    fake.open(seedWorkbook(6, 1));
    const { alert, callback } = loadEntry(fake);
    const invalidate = jest.fn();
    const before = snapshotAll(fake);
    expect(callback("OnAddinLoad")({ Invalidate: invalidate })).toBe(true);
    expect(callback("GetLabel")({ Id: "btnCheck" })).toBe("校验");
    expect(callback("GetEnabled")({ Id: "btnClearMarks" })).toBe(false);

    expect(callback("OnAction")({ Id: "btnCheck" })).toBe(true);
    expect(snapshotAll(fake)).not.toEqual(before); // written before the handler returned
    await settle();
    expect(String(fake.app.StatusBar)).toMatch(/^校验完成：6 张自评表/);
    expect(invalidate).toHaveBeenCalled();
    expect(callback("GetEnabled")({ Id: "btnClearMarks" })).toBe(true);

    callback("OnAction")({ Id: "btnClearMarks" });
    expect(snapshotAll(fake)).toEqual(before);
    await settle();
    expect(String(fake.app.StatusBar)).toMatch(/^已清除 [1-9]\d* 处标记和批注。$/);
    expect(callback("GetEnabled")({ Id: "btnClearMarks" })).toBe(false);
    expect(callback("GetEnabled")({ Id: "btnUndoFill" })).toBe(false);

    callback("OnAction")({ Id: "btnPane" });
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0].url).toMatch(/taskpane\.html$/);
    expect(fake.panes[0].Visible).toBe(true);
    callback("OnAction")({ Id: "btnPane" });
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0].Visible).toBe(false);
    expect(alert).not.toHaveBeenCalled();
  });

  it("keeps the ribbon handle when Application arrives after OnAddinLoad, and refreshes the buttons with it", async () => {
    const { win, callback } = loadEntry(null);
    const invalidate = jest.fn();
    expect(callback("OnAddinLoad")({ Invalidate: invalidate })).toBe(true);
    const fake = new FakeWps();
    fake.open(seedWorkbook(6, 1));
    win.Application = fake.app;
    callback("OnAction")({ Id: "btnCheck" });
    await settle();
    expect(invalidate).toHaveBeenCalled();
  });

  it("opens the pane at the decoded address of a user folder named in Chinese", () => {
    const fake = new FakeWps();
    const { callback } = loadEntry(
      fake,
      "file:///C:/Users/%E5%BC%A0%E4%B8%89/AppData/Roaming/kingsoft/wps/jsaddons/selfeval_0.1.0/index.html",
    );
    callback("OnAction")({ Id: "btnPane" });
    expect(fake.panes[0].url).toBe("file:///C:/Users/张三/AppData/Roaming/kingsoft/wps/jsaddons/selfeval_0.1.0/taskpane.html");
  });

  it("alerts the HostError's Chinese text instead of throwing into WPS when a sheet is protected", async () => {
    const fake = new FakeWps();
    fake.open(seedWorkbook(6, 1));
    fake.sheet("表1").protectedContents = true;
    const { alert, callback } = loadEntry(fake);
    expect(() => callback("OnAction")({ Id: "btnCheck" })).not.toThrow();
    await settle();
    expect(alert).toHaveBeenCalledWith(expect.stringContaining("受保护"));
  });
});

/** The project's fake Application, bundled for the browser (it is test code, not shipped: no Babel, no polyfills). */
function bundleFake(dir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: path.join(__dirname, "browserFake.ts"),
    output: { path: dir, filename: "fake.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [shared.typescriptRule({ target: "ES2020" }), shared.textAssetRule] },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else resolve(fs.readFileSync(path.join(dir, "fake.js"), "utf8"));
    }),
  );
}

describe(`the WPS package where only Chromium 69's runtime APIs exist (${NEWER_THAN_CHROMIUM_69.length} newer ones removed)`, () => {
  let browser: Browser;
  let server: StaticServer;
  let fakeScript = "";

  let fakeDir = "";

  beforeAll(async () => {
    fakeDir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-fake-"));
    fakeScript = await bundleFake(fakeDir);
    server = await startStaticServer(outDir, { index: "index.html", guard: false });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (fakeDir) fs.rmSync(fakeDir, { recursive: true, force: true });
  });

  /** Opens a page of the package with the fake Application and without the newer APIs; collects page errors. */
  async function open(page: string): Promise<{ tab: Page; errors: string[]; close(): Promise<void> }> {
    const context = await browser.newContext();
    await context.route("**/*", (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
    await context.addInitScript({ content: fakeScript });
    await context.addInitScript({ content: removeNewerApisScript() });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(`${server.origin}/${page}`);
    return { tab, errors, close: () => context.close() };
  }

  it("really removes them (the emulation is in force)", async () => {
    const { tab, close } = await open("index.html");
    try {
      expect(
        await tab.evaluate(() => [
          typeof (window as { WeakRef?: unknown }).WeakRef,
          typeof (Object as { hasOwn?: unknown }).hasOwn,
          typeof structuredClone,
        ]),
      ).toEqual(["undefined", "undefined", "undefined"]);
    } finally {
      await close();
    }
  });

  it("runs 校验 from the entry page's ribbon callback", async () => {
    const { tab, errors, close } = await open("index.html");
    try {
      const status = await tab.evaluate(async () => {
        const w = window as unknown as Record<string, (arg: unknown) => unknown> & { Application: { StatusBar: unknown } };
        w.OnAddinLoad({ Invalidate: () => undefined });
        w.OnAction({ Id: "btnCheck" });
        await new Promise((r) => setTimeout(r, 50));
        return String(w.Application.StatusBar);
      });
      expect(errors).toEqual([]);
      expect(status).toMatch(/^校验完成：6 张自评表/);
    } finally {
      await close();
    }
  });

  it("shows the pane, with 收起, and runs 校验 in it", async () => {
    const { tab, errors, close } = await open("taskpane.html");
    try {
      await tab.getByRole("button", { name: "收起 · Hide" }).waitFor();
      await tab.getByRole("button", { name: "校验", exact: true }).click();
      await tab
        .getByText(/校验完成：6 张表/)
        .first()
        .waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
