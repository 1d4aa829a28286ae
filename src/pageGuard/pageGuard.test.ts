import * as acorn from "acorn";
import { JSDOM, VirtualConsole } from "jsdom";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { guardScripts, GUARD_SOURCE, PROBES, MESSAGES } = require("./index") as {
  guardScripts(options: { host: "excel" | "wps"; ecmaVersion: number; functions?: string[]; dialog?: string; workbench?: string }): string;
  GUARD_SOURCE: string;
  PROBES: Record<string, string>;
  MESSAGES: Record<"excel" | "wps", { zh: string; en: string }>;
};

const PANE_URL = "https://addin.example.gov.cn/selfeval/taskpane.html?_host_Info=Excel";
const FUNCTIONS = ["runCheck", "fillScores", "clearMarks", "undoFill"];

/** An engine that cannot parse the bundles cannot parse the probe either: the probe's text becomes a syntax error. */
const unparsable = (scripts: string) => scripts.replace(/selfevalGuard\.ok = [^<]*/, "selfevalGuard.ok = (function () { return @; })();");

interface Loaded {
  dom: JSDOM;
  errors: string[];
}

/** The page as the build writes it (guard first in <head>, a root in <body>), parsed and run by jsdom until loaded. */
async function load(scripts: string, url = PANE_URL, before = ""): Promise<Loaded> {
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (e) => errors.push(e.message));
  const html = `<!doctype html><html><head>${before}${scripts}</head><body><div id="root">pane</div></body></html>`;
  const dom = new JSDOM(html, { url, runScripts: "dangerously", virtualConsole });
  await new Promise((resolve) => dom.window.addEventListener("load", resolve));
  return { dom, errors };
}

const alertText = ({ dom }: Loaded) => dom.window.document.querySelector("[role=alert]")?.textContent ?? null;

describe("the page guard's source", () => {
  it("is plain ES5", () => {
    expect(() => acorn.parse(`${GUARD_SOURCE}(window, document, {});`, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each(Object.keys(PROBES).map(Number))("probes exactly ES%i: it parses at that edition and not at the one before", (edition) => {
    const probe = `x = ${PROBES[edition]};`;
    expect(() => acorn.parse(probe, { ecmaVersion: edition as acorn.ecmaVersion })).not.toThrow();
    expect(() => acorn.parse(probe, { ecmaVersion: (edition - 1) as acorn.ecmaVersion })).toThrow();
  });

  it("refuses an edition it has no probe for", () => expect(() => guardScripts({ host: "excel", ecmaVersion: 2015 })).toThrow(/ES2015/));

  it.each(["excel", "wps"] as const)("says the %s message in Chinese first, then English", (host) => {
    expect(MESSAGES[host].zh).toMatch(/[\u4e00-\u9fff]/);
    expect(MESSAGES[host].en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the page guard on a page", () => {
  const excelPane = guardScripts({ host: "excel", ecmaVersion: 2021, workbench: "workbench.html" });
  const wpsPane = guardScripts({ host: "wps", ecmaVersion: 2018 });

  it.each([
    ["the Excel pane", excelPane],
    ["the WPS pane", wpsPane],
  ])("leaves %s alone on an engine that parses its probe", async (_, scripts) => {
    const loaded = await load(scripts);
    expect(loaded.errors).toEqual([]);
    expect(alertText(loaded)).toBeNull();
    expect(loaded.dom.window.document.getElementById("root")?.textContent).toBe("pane");
  });

  it.each([
    ["the Excel pane", excelPane, MESSAGES.excel, "https://addin.example.gov.cn/selfeval/workbench.html"],
    ["the WPS pane", wpsPane, MESSAGES.wps, null],
  ])("replaces %s by what to use instead when the engine cannot parse the probe", async (_, scripts, message, workbench) => {
    const loaded = await load(unparsable(scripts));
    expect(loaded.errors.length).toBeGreaterThan(0); // the probe's syntax error, as on the old engine
    const text = alertText(loaded)!;
    expect(text.indexOf(message.zh)).toBe(0);
    expect(text).toContain(message.en);
    if (workbench) expect(text).toContain(workbench);
    expect(loaded.dom.window.document.getElementById("root")).toBeNull();
  });

  describe("on the ribbon's function file", () => {
    const commands = guardScripts({ host: "excel", ecmaVersion: 2021, functions: FUNCTIONS, dialog: "taskpane.html" });
    /** A stand-in for office.js, loaded before the guard as the page does. */
    const officeStub =
      "<script>window.dialogs = []; window.Office = { onReady: function () {}, " +
      "context: { ui: { displayDialogAsync: function (url, options) { dialogs.push(url); } } } };</script>";
    const commandsUrl = "https://addin.example.gov.cn/selfeval/commands.html?_host_Info=Excel$Win32";

    it("answers every ribbon function with the pane page in a dialog, and completes the command", async () => {
      const { dom } = await load(unparsable(commands), commandsUrl, officeStub);
      const win = dom.window as unknown as Record<string, unknown> & { dialogs: string[] };
      for (const name of FUNCTIONS) {
        const completed = jest.fn();
        (win[name] as (event: { completed(): void }) => void)({ completed });
        expect(completed).toHaveBeenCalledTimes(1);
      }
      expect(win.dialogs).toEqual(FUNCTIONS.map(() => "https://addin.example.gov.cn/selfeval/taskpane.html"));
    });

    it("still completes the command when no dialog can open", async () => {
      const { dom } = await load(unparsable(commands), commandsUrl, `<script>window.Office = { context: { ui: {} } };</script>`);
      const completed = jest.fn();
      (dom.window as unknown as Record<string, (event: { completed(): void }) => void>).runCheck({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    });

    it("registers nothing on an engine that parses the probe (commands.js does)", async () => {
      const { dom } = await load(commands, commandsUrl, officeStub);
      for (const name of FUNCTIONS) expect((dom.window as unknown as Record<string, unknown>)[name]).toBeUndefined();
    });
  });

  it("keeps a message that contains </script> inside its script", () => {
    const scripts = guardScripts({ host: "excel", ecmaVersion: 2021, functions: ["a</script><script>alert(1)"], dialog: "taskpane.html" });
    expect(scripts.match(/<\/script>/g)).toHaveLength(2);
  });
});
