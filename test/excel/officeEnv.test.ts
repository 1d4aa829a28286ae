// office-addin-mock reads one enum from office-addin-manifest, whose dependency tree ships ES modules jest cannot load.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { OfficeMockObject } from "office-addin-mock";
import { associateActions, officeExcelEnv, whenOfficeReady } from "../../src/hosts/excel/officeEnv";

/** office-addin-mock stands in for the Office and Excel globals: enough to prove the binding calls them rightly. */
function installOffice(supported: string, saveSucceeds = true) {
  const stored = new Map<string, unknown>();
  const associated: string[] = [];
  const runs: unknown[] = [];
  const office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1]) <= Number(supported.split(".")[1]) },
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
});

describe("officeExcelEnv", () => {
  it.each([
    ["1.7", "1.9", false],
    ["1.13", "1.13", true],
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

it("knows when it runs inside Excel, and associates the ribbon functions", async () => {
  const { associated } = installOffice("1.7");
  expect(await whenOfficeReady()).toEqual({ inExcel: true });
  associateActions({ runCheck: () => undefined, undoFill: () => undefined });
  expect(associated).toEqual(["runCheck", "undoFill"]);
});
