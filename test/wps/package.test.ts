/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TextDecoder, TextEncoder } from "util";
import { FakeWps, seedWorkbook } from "./fakeApplication";
import { snapshotAll } from "./harness";

const ROOT = path.join(__dirname, "..", "..");
const CALLBACK_ATTRIBUTES = ["onLoad", "onAction", "getEnabled", "getLabel", "getImage", "getVisible"];

let outDir = "";
let ribbon: Document;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-wps-"));
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--config", path.join(ROOT, "webpack.wps.config.js"), "--env", `outDir=${outDir}`, "--env", "only=index"], {
    cwd: ROOT,
    stdio: "pipe",
  });
  ribbon = new DOMParser().parseFromString(fs.readFileSync(path.join(outDir, "ribbon.xml"), "utf8"), "application/xml");
}, 180_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function loadEntry(fake: FakeWps): { alert: jest.Mock } {
  const alert = jest.fn();
  Object.defineProperty(window, "Application", { value: fake.app, configurable: true });
  Object.defineProperty(window, "alert", { value: alert, configurable: true });
  // jsdom has no TextEncoder; WPS's Chromium (69 and later) has, and the record codec uses it.
  Object.assign(window, { TextEncoder, TextDecoder });
  // Indirect eval: the built script runs as WPS runs it, as a classic script of the page.
  (0, eval)(fs.readFileSync(path.join(outDir, "index.js"), "utf8"));
  return { alert };
}

const callback = (name: string) => (window as unknown as Record<string, (arg: unknown) => unknown>)[name];

describe("the built WPS package", () => {
  it("has a ribbon.xml that parses as customUI 2006 with the 绩效自评 tab and its five buttons", () => {
    expect(ribbon.getElementsByTagName("parsererror").length).toBe(0);
    expect(ribbon.documentElement.namespaceURI).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    const tab = ribbon.getElementsByTagName("tab")[0];
    expect(tab.getAttribute("label")).toBe("绩效自评");
    expect([...tab.getElementsByTagName("button")].map((b) => b.getAttribute("id"))).toEqual(["btnCheck", "btnPane", "btnFill", "btnClearMarks", "btnUndoFill"]);
    for (const b of tab.getElementsByTagName("button")) expect(fs.existsSync(path.join(outDir, "images", `${b.getAttribute("id")}.svg`))).toBe(true);
  });

  it("puts every callback ribbon.xml names on window once the entry script has run", () => {
    loadEntry(new FakeWps());
    const names = new Set([...ribbon.getElementsByTagName("*")].flatMap((el) => CALLBACK_ATTRIBUTES.map((a) => el.getAttribute(a)).filter((v): v is string => !!v)));
    expect([...names].sort()).toEqual(["GetEnabled", "GetImage", "GetLabel", "OnAction", "OnAddinLoad"]);
    for (const name of names) expect(typeof callback(name)).toBe("function");
  });

  it("runs 校验 and 清除标记 synchronously from the ribbon, toggles the pane, and reports through the status bar", async () => {
    const fake = new FakeWps();
    fake.open(seedWorkbook(6, 1));
    const { alert } = loadEntry(fake);
    const invalidate = jest.fn();
    const before = snapshotAll(fake);
    expect(callback("OnAddinLoad")({ Invalidate: invalidate })).toBe(true);
    expect(callback("GetLabel")({ Id: "btnCheck" })).toBe("校验");
    expect(callback("GetEnabled")({ Id: "btnClearMarks" })).toBe(false);

    expect(callback("OnAction")({ Id: "btnCheck" })).toBe(true);
    expect(snapshotAll(fake)).not.toEqual(before); // written before the handler returned
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(String(fake.app.StatusBar)).toMatch(/^校验完成：6 张自评表/);
    expect(invalidate).toHaveBeenCalled();
    expect(callback("GetEnabled")({ Id: "btnClearMarks" })).toBe(true);

    callback("OnAction")({ Id: "btnClearMarks" });
    expect(snapshotAll(fake)).toEqual(before);
    await new Promise((r) => setTimeout(r, 0));
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

  it("alerts the HostError's Chinese text instead of throwing into WPS when a sheet is protected", async () => {
    const fake = new FakeWps();
    fake.open(seedWorkbook(6, 1));
    fake.sheet("表1").protectedContents = true;
    const { alert } = loadEntry(fake);
    expect(() => callback("OnAction")({ Id: "btnCheck" })).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(alert).toHaveBeenCalledWith(expect.stringContaining("受保护"));
  });
});
