import { DEFAULT_LIMIT_MS, runProbes, runSelfTest, Unsupported } from "./runner";
import type { Probe, ProbeOutcome } from "./types";

const title = { zh: "探针", en: "probe" };
const never = () => new Promise<ProbeOutcome>(() => undefined);

/** A clock the probes move: each probe says how long it "took". */
function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

describe("runProbes: each probe's outcome, failure or time-out is its result", () => {
  it.each<[string, (c: ReturnType<typeof clock>) => Probe["run"], number | undefined, { status: string; answer: unknown; ms: number }]>([
    ["an answer", (c) => () => (c.advance(7), { status: "ok", answer: { a: 1 } }), undefined, { status: "ok", answer: { a: 1 }, ms: 7 }],
    [
      "an async answer that differs",
      (c) => async () => (c.advance(3), { status: "differs", answer: "x" }),
      undefined,
      { status: "differs", answer: "x", ms: 3 },
    ],
    [
      "a skip",
      () => () => ({ status: "skipped", answer: { reason: "ExcelApi 1.20" } }),
      undefined,
      { status: "skipped", answer: { reason: "ExcelApi 1.20" }, ms: 0 },
    ],
    [
      "a thrown Office error keeps its code",
      () => () => {
        throw new CodedError("InvalidArgument", "bad");
      },
      undefined,
      { status: "failed", answer: { error: { name: "RichApi.Error", code: "InvalidArgument", message: "bad" } }, ms: 0 },
    ],
    [
      "a rejected non-error",
      () => () => Promise.reject("nope"),
      undefined,
      { status: "failed", answer: { error: { name: "string", message: "nope" } }, ms: 0 },
    ],
    [
      "a missing member",
      () => () => {
        throw new Unsupported("Range.FormatConditions");
      },
      undefined,
      { status: "failed", answer: { unsupported: "Range.FormatConditions" }, ms: 0 },
    ],
    ["no answer within the probe's limit", () => never, 20, { status: "failed", answer: { timedOut: true, limitMs: 20 }, ms: 0 }],
    [
      "a synchronous probe that took longer than its limit",
      (c) => () => (c.advance(50), { status: "ok", answer: 1 }),
      20,
      { status: "failed", answer: { timedOut: true, limitMs: 20 }, ms: 50 },
    ],
    [
      "a synchronous probe just within its limit",
      (c) => () => (c.advance(20), { status: "ok", answer: 1 }),
      20,
      { status: "ok", answer: 1, ms: 20 },
    ],
  ])("%s", async (_name, make, limitMs, expected) => {
    const c = clock();
    const [result] = await runProbes([{ id: "p", title, run: make(c), ...(limitMs ? { limitMs } : {}) }], { now: c.now });
    expect(result).toEqual({ id: "p", title, ...expected });
  });

  it("applies the run's default limit to a probe without its own", async () => {
    const [result] = await runProbes([{ id: "p", title, run: never }], { limitMs: 15 });
    expect(result.answer).toEqual({ timedOut: true, limitMs: 15 });
    expect(DEFAULT_LIMIT_MS).toBeGreaterThan(15);
  });

  it("runs probes one after another, and a failure does not stop the next", async () => {
    const log: string[] = [];
    const step = (id: string, fail = false): Probe => ({
      id,
      title,
      run: async () => {
        log.push(`start ${id}`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`end ${id}`);
        if (fail) throw new Error(id);
        return { status: "ok", answer: id };
      },
    });
    const results = await runProbes([step("a", true), step("b"), step("c")]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(["a:failed", "b:ok", "c:ok"]);
  });

  it("lists what a probe could not remove, only when there is something", async () => {
    const results = await runProbes([
      { id: "left", title, run: (ctx) => (ctx.leftBehind("自检_x"), { status: "ok", answer: null }) },
      { id: "clean", title, run: () => ({ status: "ok", answer: null }) },
    ]);
    expect(results[0].leftBehind).toEqual(["自检_x"]);
    expect("leftBehind" in results[1]).toBe(false);
  });
});

describe("runSelfTest: the report's header", () => {
  it("takes the host's header, the page's user agent and ES level, and the start time", async () => {
    const globals = Object.assign(Object.create(globalThis) as Record<string, unknown>, { navigator: { userAgent: "UA/1 Chrome/104.0" } });
    const report = await runSelfTest(
      { host: "wps", hostVersion: "12.1.0.16250", platform: "Windows", apiSets: [] },
      [{ id: "p", title, run: () => ({ status: "ok", answer: 1 }) }],
      { globals, date: () => new Date("2026-01-02T03:04:05Z") },
    );
    expect(report).toMatchObject({
      version: 1,
      host: "wps",
      hostVersion: "12.1.0.16250",
      platform: "Windows",
      userAgent: "UA/1 Chrome/104.0",
      apiSets: [],
      at: "2026-01-02T03:04:05.000Z",
    });
    expect(report.results.map((r) => r.id)).toEqual(["p"]);
    expect(report.esLevel.engine).toBeGreaterThanOrEqual(2020);
  });

  it("has no user agent where there is no navigator", async () => {
    const report = await runSelfTest({ host: "browser", hostVersion: null, platform: null, apiSets: [] }, [], { globals: {} });
    expect(report.userAgent).toBeNull();
    expect(report.esLevel.engine).toBe(5);
  });
});
