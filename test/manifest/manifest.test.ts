/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { RIBBON_FUNCTIONS } from "../../src/hosts/excel/ribbon";
import { decodePng } from "../../src/scripts/icons/png";

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  (env: object, argv: object): Promise<{ plugins: { userOptions?: { filename?: string }; patterns?: { from: string; to: string }[] }[] }>;
  DEV_URL: string;
  manifestFunctions(xml: string): string[];
  productionUrl(env: Record<string, string | undefined>): string;
  rewriteManifest(xml: string, url: string): string;
};

const parse = (text: string) => new DOMParser().parseFromString(text, "application/xml");
const doc = parse(xml);
const all = (d: Document, local: string) => Array.from(d.getElementsByTagNameNS("*", local));

describe("manifest.xml", () => {
  it("is well-formed XML", () => expect(doc.getElementsByTagName("parsererror")).toHaveLength(0));

  it("is a task pane add-in for workbooks that may read and write the document", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all(doc, "Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
    expect(all(doc, "Permissions")[0].textContent).toBe("ReadWriteDocument");
    expect(all(doc, "DefaultLocale")[0].textContent).toBe("zh-CN");
  });

  // 1.14 is Office 2021 and Microsoft 365 from 2108: Office 2016/2019 (whose webviews cannot run the pane) do not install it.
  it("needs ExcelApi 1.14 (Office 2021) and nothing newer", () => {
    const sets = all(doc, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.14"]]);
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(all(doc, "Resources").flatMap((r) => Array.from(r.querySelectorAll("[id]")).map((e) => e.getAttribute("id"))));
    const resids = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    expect(resids.length).toBeGreaterThan(30);
    for (const r of resids) expect(ids).toContain(r);
  });

  it("keeps every id and resid within 32 characters", () => {
    const names = Array.from(doc.querySelectorAll("[id], [resid]")).map((e) => e.getAttribute("id") ?? e.getAttribute("resid")!);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(32);
  });

  it("gives every visible text an en-US override", () => {
    for (const e of [
      ...all(doc, "DisplayName"),
      ...all(doc, "Description").filter((d) => d.hasAttribute("DefaultValue")),
      ...all(doc, "String"),
    ])
      expect(Array.from(e.children).map((c) => c.getAttribute("Locale"))).toEqual(["en-US"]);
  });

  it("has a 绩效自评 tab with 校验, 自评面板, 填充得分, 清除标记 and 撤销填充", () => {
    const strings = new Map(all(doc, "String").map((s) => [s.getAttribute("id"), s.getAttribute("DefaultValue")]));
    const tab = all(doc, "CustomTab")[0];
    expect(strings.get(Array.from(tab.children).pop()!.getAttribute("resid"))).toBe("绩效自评");
    const labels = all(doc, "Control").map((c) => strings.get(c.querySelector(":scope > Label")!.getAttribute("resid")));
    expect(labels).toEqual(["校验", "自评面板", "填充得分", "清除标记", "撤销填充"]);
    expect(all(doc, "Action").map((a) => a.getAttribute("xsi:type"))).toEqual([
      "ExecuteFunction",
      "ShowTaskpane",
      "ExecuteFunction",
      "ExecuteFunction",
      "ExecuteFunction",
    ]);
  });

  it("names only functions the function file associates, and all of them", () => {
    const names = all(doc, "FunctionName").map((f) => f.textContent);
    expect(new Set(names)).toEqual(new Set(RIBBON_FUNCTIONS));
    // The function file's guard answers the same names on a webview too old for commands.js.
    expect(new Set(webpackConfig.manifestFunctions(xml))).toEqual(new Set(RIBBON_FUNCTIONS));
  });
});

describe("manifest URLs and the build", () => {
  const urls = Array.from(new Set([...xml.matchAll(/https:\/\/localhost:3000\/[^"<]*/g)].map((m) => m[0])));

  it("point only at files the webpack build writes", async () => {
    // The development build writes the same pages and copies; the production one also needs ADDIN_BASE_URL.
    const config = await webpackConfig({}, { mode: "development" });
    const pages = config.plugins.map((p) => p.userOptions?.filename).filter((f): f is string => Boolean(f));
    const copied = config.plugins.flatMap((p) => p.patterns ?? []);
    const copiesPngs = copied.some((p) => p.from === "assets/*.png" && p.to === "assets/[name][ext]");
    const writes = (file: string) =>
      pages.includes(file) ||
      copied.some((p) => p.to === file) ||
      (copiesPngs && /^assets\/[\w-]+\.png$/.test(file) && existsSync(path.join(ROOT, file)));
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.map((u) => u.slice(webpackConfig.DEV_URL.length)).filter((f) => !writes(f))).toEqual([]);
  });

  it.each([
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["icon-128.png", 128],
    ["check-16.png", 16],
    ["pane-32.png", 32],
    ["undo-80.png", 80],
  ])("ships %s at %d px", (file, size) => {
    const png = decodePng(readFileSync(path.join(ROOT, "assets", file)));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it("gives every bt:Image the size its id says", () => {
    for (const img of all(doc, "Image").filter((i) => i.hasAttribute("DefaultValue"))) {
      const size = Number(/\.(\d+)x\d+$/.exec(img.getAttribute("id")!)![1]);
      const file = img.getAttribute("DefaultValue")!.slice(webpackConfig.DEV_URL.length);
      expect(decodePng(readFileSync(path.join(ROOT, file))).width).toBe(size);
    }
  });

  it.each([
    ["https://addin.example.gov.cn/selfeval", "https://addin.example.gov.cn/selfeval/"],
    ["https://addin.example.gov.cn/", "https://addin.example.gov.cn/"],
  ])("production URL from ADDIN_BASE_URL=%s is %s", (base, url) => expect(webpackConfig.productionUrl({ ADDIN_BASE_URL: base })).toBe(url));

  it.each([undefined, "", "   "])("refuses a production URL from ADDIN_BASE_URL=%j, in Chinese and English", (base) =>
    expect(() => webpackConfig.productionUrl({ ADDIN_BASE_URL: base })).toThrow(/未设置 ADDIN_BASE_URL[\s\S]*ADDIN_BASE_URL is not set/),
  );

  it("fails a production build without ADDIN_BASE_URL instead of shipping a localhost manifest", async () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/ADDIN_BASE_URL/);
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });

  it("refuses a production URL that is not https", () =>
    expect(() => webpackConfig.productionUrl({ ADDIN_BASE_URL: "http://x" })).toThrow(/https/));

  it("rewrites every URL for production and still parses", () => {
    const out = webpackConfig.rewriteManifest(xml, "https://addin.example.gov.cn/selfeval/");
    expect(out).not.toContain("localhost:3000");
    expect(parse(out).getElementsByTagName("parsererror")).toHaveLength(0);
    expect(out).toContain("<AppDomain>https://addin.example.gov.cn</AppDomain>");
    expect(out.split("https://addin.example.gov.cn/selfeval/").length).toBe(xml.split(webpackConfig.DEV_URL).length);
  });
});

describe("office-addin-manifest", () => {
  const cli = path.join(ROOT, "node_modules", ".bin", "office-addin-manifest");
  it.each([
    ["the source manifest", () => MANIFEST],
    [
      "the production manifest",
      () => {
        const file = path.join(mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
        writeFileSync(file, webpackConfig.rewriteManifest(xml, "https://addin.example.gov.cn/"));
        return file;
      },
    ],
  ])("parses %s offline", (_, file) => {
    const out = execFileSync(cli, ["info", file()], { encoding: "utf8", timeout: 60_000 });
    expect(out).toContain("Id: d69d61a6-d24e-4a0b-9e1c-64d5e0b451ae");
    expect(out).toContain("Hosts: Workbook");
  });
});
