// office-addin-mock reads one enum from office-addin-manifest, whose dependency tree ships ES modules jest cannot load.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { OfficeMockObject } from "office-addin-mock";
import { associateActions, messageUrl, officeExcelEnv, showMessageDialog, whenOfficeReady } from "../../src/hosts/excel/officeEnv";

/** office-addin-mock stands in for the Office and Excel globals: enough to prove the binding calls them rightly. */
function installOffice(supported: string, saveSucceeds = true, context: Record<string, unknown> = {}) {
  const stored = new Map<string, unknown>();
  const associated: string[] = [];
  const runs: unknown[] = [];
  const office = new OfficeMockObject({
    context: {
      ...context,
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]),
      },
      document: {
        settings: {
          get: (name: string) => stored.get(name) ?? null,
          set: (name: string, value: unknown) => void stored.set(name, value),
          saveAsync: (callback: (r: { status: string; error?: Error }) => void) =>
            callback(saveSucceeds ? { status: "succeeded" } : { status: "failed", error: new Error("read-only") }),
        },
      },
    },
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    actions: { associate: (name: string) => void associated.push(name) },
  });
  const excel = new OfficeMockObject({
    run: async (...args: unknown[]) => {
      runs.push(args.length === 2 ? args[0] : null);
      const batch = args[args.length - 1] as (ctx: unknown) => Promise<unknown>;
      return batch({ workbook: {} });
    },
  });
  // The mock answers unloaded properties with an error string, so the plain enums sit beside it.
  Object.assign(office, { HostType: { Excel: "Excel" }, AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } });
  Object.assign(globalThis, { Office: office, Excel: excel });
  return { stored, associated, runs };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).window;
});

/** A window whose localStorage is a Map, or refuses to be used. */
function installWindow(refuse = false) {
  const items = new Map<string, string>();
  const localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse) throw new Error("SecurityError");
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  Object.assign(globalThis, { window: { localStorage, location: { href: "https://addin.example.com/selfeval/commands.html" } } });
  return items;
}

describe("officeExcelEnv", () => {
  it.each([
    ["1.13", "1.14", false],
    ["1.14", "1.14", true],
    ["1.20", "1.18", true],
  ])("with ExcelApi %s, supports(%s) is %p", (supported, asked, yes) => {
    installOffice(supported);
    expect(officeExcelEnv().supports(asked)).toBe(yes);
  });

  it.each([
    [true, { mergeUndoGroup: true }],
    [false, null],
  ])("passes mergeUndoGroup to Excel.run only when asked (%p)", async (merge, options) => {
    const { runs } = installOffice("1.20");
    expect(await officeExcelEnv().run(async () => 42, { mergeUndoGroup: merge })).toBe(42);
    expect(runs).toEqual([options]);
  });

  it("keeps settings in the document and saves them", async () => {
    const { stored } = installOffice("1.7");
    const env = officeExcelEnv();
    env.settings.set("k", { a: 1 });
    await env.settings.save();
    expect(stored.get("k")).toEqual({ a: 1 });
    expect(env.settings.get("k")).toEqual({ a: 1 });
  });

  it("rejects when the document cannot save its settings", async () => {
    installOffice("1.7", false);
    await expect(officeExcelEnv().settings.save()).rejects.toThrow("read-only");
  });
});

describe("what the host keeps on this machine", () => {
  /** Office.context as plain data (the mock answers unloaded properties with an error text). */
  function installPlainOffice(context: Record<string, unknown> = {}) {
    const office = {
      context: {
        requirements: { isSetSupported: () => true },
        document: { url: "https://example.com/自评表.xlsx", settings: {} },
        platform: "Mac",
        ...context,
      },
    };
    Object.assign(globalThis, { Office: office });
  }

  it.each([
    ["without a partition key", undefined, "selfeval.k"],
    ["with Office's partition key (Excel on the web)", "p1:", "p1:selfeval.k"],
  ])("is localStorage %s", (_, partitionKey, key) => {
    const items = installWindow();
    installPlainOffice(partitionKey ? { partitionKey } : {});
    const env = officeExcelEnv();
    env.storage!.setItem("selfeval.k", "v");
    expect([...items.keys()]).toEqual([key]);
    expect(env.storage!.getItem("selfeval.k")).toBe("v");
  });

  it("is nothing where the webview refuses localStorage", () => {
    installWindow(true);
    installPlainOffice();
    expect(officeExcelEnv().storage).toBeNull();
  });

  it.each([
    ["a saved workbook: its URL", "https://example.com/自评表.xlsx", "https://example.com/自评表.xlsx"],
    ["a workbook never saved: empty", undefined, ""],
  ])("is keyed by %s, and knows the platform", (_, url, key) => {
    installWindow();
    installPlainOffice({ document: { url, settings: {} } });
    const env = officeExcelEnv();
    expect([env.documentKey(), env.platform]).toEqual([key, "Mac"]);
  });
});

describe("the ribbon's message dialog", () => {
  it("passes the text in the query, escaped, to message.html beside the page", () => {
    const url = new URL(
      messageUrl("https://addin.example.com/selfeval/commands.html", { zh: "校验未完成：<b>“表1”</b> & 100%", en: "a+b=c #1" }),
    );
    expect(url.origin + url.pathname).toBe("https://addin.example.com/selfeval/message.html");
    expect([url.searchParams.get("zh"), url.searchParams.get("en")]).toEqual(["校验未完成：<b>“表1”</b> & 100%", "a+b=c #1"]);
    expect(url.search.split("&").map((p) => p.split("=")[1])).not.toContainEqual(expect.stringMatching(/[<>"& #]/));
  });

  type Handler = (arg: unknown) => void;
  function installDialog(opens: boolean) {
    installWindow();
    const handlers = new Map<string, Handler>();
    let closed = 0;
    const opened: string[] = [];
    const dialog = { addEventHandler: (type: string, h: Handler) => void handlers.set(type, h), close: () => void closed++ };
    const office = {
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string; value: unknown }) => void) => {
            opened.push(url);
            callback(opens ? { status: "succeeded", value: dialog } : { status: "failed", value: undefined });
          },
        },
      },
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    };
    Object.assign(globalThis, { Office: office });
    return { handlers, opened, closed: () => closed };
  }

  it.each([
    ["its 关闭 button (a message from the page)", "message", 1],
    ["its own ✕ (a dialog event)", "event", 0],
  ])("resolves when the user closes it with %s", async (_, event, closes) => {
    const d = installDialog(true);
    let done = false;
    const shown = showMessageDialog({ zh: "出错", en: "failed" }).then(() => (done = true));
    await Promise.resolve();
    expect(d.opened).toHaveLength(1);
    expect(done).toBe(false);
    d.handlers.get(event)!({});
    await shown;
    expect(d.closed()).toBe(closes);
  });

  it("resolves at once when the dialog cannot open", async () => {
    const d = installDialog(false);
    await showMessageDialog({ zh: "出错", en: "failed" });
    expect(d.opened).toHaveLength(1);
  });
});

it("knows when it runs inside Excel, and associates the ribbon functions", async () => {
  const { associated } = installOffice("1.7");
  expect(await whenOfficeReady()).toEqual({ inExcel: true });
  associateActions({ runCheck: () => undefined, undoFill: () => undefined });
  expect(associated).toEqual(["runCheck", "undoFill"]);
});
