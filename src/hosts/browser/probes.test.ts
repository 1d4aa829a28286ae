import { runProbes } from "../../app/selfTest/runner";
import { SemanticsCache } from "../../app/selfTest/semantics";
import { browserProbes, browserSelfTest, LAST_RUN_KEY, type BrowserEnv } from "./probes";

class MemoryStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly opts: { drops?: boolean; full?: boolean } = {}) {}
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.opts.full) throw new Error("QuotaExceededError");
    if (!this.opts.drops) this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const fn = () => undefined;
const MODERN = {
  URL: { createObjectURL: fn },
  Blob: fn,
  Worker: fn,
  navigator: { clipboard: { writeText: fn }, platform: "Win32", userAgent: "Chrome/120.0" },
  document: { execCommand: fn },
  URLSearchParams: fn,
  TextDecoder: fn,
  TextEncoder: fn,
  structuredClone: fn,
  queueMicrotask: fn,
  ResizeObserver: fn,
  WeakRef: fn,
  AbortController: fn,
};

function env(
  storage: MemoryStorage | undefined,
  globals: Record<string, unknown> = MODERN,
  anchor: object | undefined = { download: "" },
): BrowserEnv {
  return { storage: () => storage, globals, createElement: anchor ? () => anchor : undefined, now: () => "2026-05-06T07:08:09.000Z" };
}

const byId = async (e: BrowserEnv) =>
  Object.fromEntries((await runProbes(browserProbes(e))).map((r) => [r.id, { status: r.status, answer: r.answer }]));

describe("browser probes: what the page itself can do", () => {
  it.each<[string, BrowserEnv, Record<string, { status: string; answer: unknown }>]>([
    [
      "a modern page, first run",
      env(new MemoryStorage()),
      {
        "browser.localStorage": { status: "ok", answer: { writable: true, previousRun: null } },
        "browser.blobDownload": { status: "ok", answer: { createObjectURL: true, anchorDownload: true } },
        "browser.worker": { status: "ok", answer: { worker: true } },
        "browser.clipboard": { status: "ok", answer: { writeText: true, execCommand: true } },
      },
    ],
    [
      "storage blocked, no Worker, no download attribute, only execCommand",
      env(undefined, { ...MODERN, Worker: undefined, navigator: {} }, {}),
      {
        "browser.localStorage": { status: "differs", answer: { writable: false, previousRun: null } },
        "browser.blobDownload": { status: "differs", answer: { createObjectURL: true, anchorDownload: false } },
        "browser.worker": { status: "differs", answer: { worker: false } },
        "browser.clipboard": { status: "ok", answer: { writeText: false, execCommand: true } },
      },
    ],
    [
      "storage that silently drops writes, no Blob",
      env(new MemoryStorage({ drops: true }), { ...MODERN, Blob: undefined }),
      {
        "browser.localStorage": { status: "differs", answer: { writable: false, previousRun: null } },
        "browser.blobDownload": { status: "differs", answer: { createObjectURL: false, anchorDownload: true } },
      },
    ],
    [
      "storage full: the probe fails, the others still answer",
      env(new MemoryStorage({ full: true })),
      {
        "browser.localStorage": { status: "failed", answer: { error: { name: "Error", message: "QuotaExceededError" } } },
        "browser.worker": { status: "ok", answer: { worker: true } },
      },
    ],
  ])("%s", async (_name, e, expected) => {
    expect(await byId(e)).toMatchObject(expected);
  });

  it("finds the last run's time again, and leaves only that key behind", async () => {
    const storage = new MemoryStorage();
    storage.setItem("user.key", "kept");
    await byId(env(storage));
    const second = await byId({ ...env(storage), now: () => "2026-05-07T00:00:00.000Z" });
    expect(second["browser.localStorage"].answer).toEqual({ writable: true, previousRun: "2026-05-06T07:08:09.000Z" });
    expect([...storage.items.keys()].sort()).toEqual([LAST_RUN_KEY, "user.key"]);
    expect(storage.getItem("user.key")).toBe("kept");
  });

  it("lists missing web APIs (an old WPS browser)", async () => {
    const old = { ...MODERN, structuredClone: undefined, ResizeObserver: undefined };
    expect((await byId(env(new MemoryStorage(), old)))["browser.webApis"]).toEqual({
      status: "differs",
      answer: {
        URLSearchParams: true,
        TextDecoder: true,
        TextEncoder: true,
        structuredClone: false,
        queueMicrotask: true,
        ResizeObserver: false,
        WeakRef: true,
        AbortController: true,
      },
    });
  });
});

describe("browserSelfTest: the workbench's 自检", () => {
  it("is a browser report with the page's platform and user agent, only browser probes, remembered for the session", async () => {
    const cache = new SemanticsCache();
    const report = await browserSelfTest(env(new MemoryStorage()), { cache, date: () => new Date("2026-05-06T07:08:09Z") });
    expect(report).toMatchObject({
      version: 1,
      host: "browser",
      hostVersion: null,
      platform: "Win32",
      userAgent: "Chrome/120.0",
      apiSets: [],
      at: "2026-05-06T07:08:09.000Z",
    });
    expect(report.results.map((r) => r.id)).toEqual([
      "browser.localStorage",
      "browser.blobDownload",
      "browser.worker",
      "browser.clipboard",
      "browser.webApis",
    ]);
    expect(cache.current).toMatchObject({ worker: true, localStorageWritable: true, blobDownload: true });
  });
});
