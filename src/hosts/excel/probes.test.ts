import { runProbes } from "../../app/selfTest/runner";
import { SemanticsCache } from "../../app/selfTest/semantics";
import type { ProbeResult } from "../../app/selfTest/types";
import type { ExcelEnv, XlContext } from "./api";
import { excelAbout, excelProbes, excelSelfTest, highestExcelApi, officeDiagnostics, PROBE_NAMESPACE } from "./probes";
import { FakeExcel, PESSIMISTIC, type ApiVersion } from "./testing/fakeExcel";

const USER_SHEETS = [
  {
    name: "表1",
    originRow: 0,
    originCol: 0,
    values: [
      [1, "年度指标值"],
      [2, "实际完成值"],
    ],
  },
  { name: "Sheet 2", originRow: 2, originCol: 1, values: [["x"]] },
];

const fakeOf = (api: ApiVersion = "1.20") => FakeExcel.fromGrids(USER_SHEETS, api);
const sheetNames = (fake: FakeExcel) => fake.book.sheets.filter((s) => s.alive).map((s) => s.name);
const liveParts = (fake: FakeExcel) => fake.book.parts.filter((p) => p.alive).length;
const byId = (results: ProbeResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));

/** A result is `status`, or (where the fake lacks the member, until the Excel fake models it) failed as unsupported. */
function okOrUnsupported(r: ProbeResult, status = "ok") {
  if (r.status === "failed") expect(typeof (r.answer as { unsupported?: unknown }).unsupported).toBe("string");
  else expect(r.status).toBe(status);
}

// ---- A stand-in for what the fake does not model yet: custom conditional formats, answering each plausible way. ----

interface CfBehaviour {
  /** The host makes one rule per area. */
  split?: boolean;
  /** The host keeps only the first area. */
  firstAreaOnly?: boolean;
  /** What the host gives back for the formula written. */
  formulaBack?: (formula: string) => string;
}

interface Rule {
  sheet: string;
  areas: string[];
  formula: string;
  alive: boolean;
}

function ruleObject(rule: Rule, behaviour: CfBehaviour) {
  const areas = {
    load: () => undefined,
    get address() {
      return rule.areas.map((a) => `'${rule.sheet}'!${a}`).join(", ");
    },
  };
  return {
    custom: {
      rule: {
        load: () => undefined,
        get formula() {
          return behaviour.formulaBack ? behaviour.formulaBack(rule.formula) : rule.formula;
        },
        set formula(f: string) {
          rule.formula = f;
        },
      },
      format: { fill: { color: "" } },
    },
    getRanges: () => areas,
    getRangeOrNullObject: () => areas,
    delete: () => void (rule.alive = false),
  };
}

/** The fake's env, its worksheets' ranges given `conditionalFormats` (run at once, not at sync: enough for a probe). */
function withConditionalFormats(fake: FakeExcel, behaviour: CfBehaviour = {}): ExcelEnv {
  const rules: Rule[] = [];
  const collection = (sheet: string, address: string | undefined) => ({
    load: () => undefined,
    get items() {
      return rules.filter((r) => r.alive && r.sheet === sheet);
    },
    add: () => {
      const areas = (address ?? "A1").split(",").map((a) => a.trim().toUpperCase());
      const made = (behaviour.split ? areas.map((a) => [a]) : [behaviour.firstAreaOnly ? [areas[0]] : areas]).map((list) => ({
        sheet,
        areas: list,
        formula: "",
        alive: true,
      }));
      rules.push(...made);
      return ruleObject(made[0], behaviour);
    },
  });
  const withCfs = <T extends object>(target: T, sheet: string, address?: string): T =>
    new Proxy(target, { get: (t, p) => (p === "conditionalFormats" ? collection(sheet, address) : Reflect.get(t, p)) });
  const env = fake.env();
  const wrap = (ctx: XlContext): XlContext => {
    const worksheets = new Proxy(ctx.workbook.worksheets, {
      get: (t, p) => {
        if (p !== "getItem") return Reflect.get(t, p);
        return (name: string) => {
          const ws = t.getItem(name);
          return new Proxy(ws, {
            get: (w, q) => {
              if (q === "getRanges") return (a: string) => withCfs(w.getRanges(a), name, a);
              if (q === "getRange") return (a?: string) => withCfs(w.getRange(a), name, a);
              const v = Reflect.get(w, q) as unknown;
              return typeof v === "function" ? (v as (...x: unknown[]) => unknown).bind(w) : v;
            },
          });
        };
      },
    });
    const workbook = new Proxy(ctx.workbook, { get: (t, p) => (p === "worksheets" ? worksheets : Reflect.get(t, p)) });
    return { workbook, sync: () => ctx.sync() };
  };
  return { ...env, run: (batch, options) => env.run((ctx) => batch(wrap(ctx)), options) };
}

/** The fake's env whose custom XML parts keep only the first `keep` characters of their text. */
function cuttingXml(fake: FakeExcel, keep: number): ExcelEnv {
  const env = fake.env();
  return {
    ...env,
    run: (batch, options) =>
      env.run((ctx) => {
        const parts = ctx.workbook.customXmlParts;
        const cut = {
          add: (xml: string) => parts.add(xml.replace(/>([A-Za-z0-9+/]+)</, (_m, text: string) => `>${text.slice(0, keep)}<`)),
          getByNamespace: (ns: string) => parts.getByNamespace(ns),
        };
        const workbook = new Proxy(ctx.workbook, { get: (t, p) => (p === "customXmlParts" ? cut : Reflect.get(t, p)) });
        return batch({ workbook, sync: () => ctx.sync() });
      }, options),
  };
}

const only = (env: ExcelEnv, id: string) => excelProbes(env).filter((p) => p.id === id);

describe("Excel probes on the fake: every probe answers, and the user's workbook is as it was", () => {
  it.each<[ApiVersion, Record<string, string>]>([
    ["1.20", { "record.longString": "ok", "notes.onNote": "ok", "excel.mergeUndo": "ok", "timing.bulk": "ok" }],
    ["1.18", { "record.longString": "ok", "notes.onNote": "ok", "excel.mergeUndo": "skipped", "timing.bulk": "ok" }],
    ["1.14", { "record.longString": "ok", "notes.onNote": "ok", "excel.mergeUndo": "skipped", "timing.bulk": "ok" }],
  ])("ExcelApi %s", async (api, statuses) => {
    const fake = fakeOf(api);
    const before = fake.snapshot();
    const results = await runProbes(excelProbes(fake.env()));
    expect(results.map((r) => r.id)).toEqual([
      "cf.tagged",
      "record.longString",
      "notes.onNote",
      "sheet.identity",
      "excel.mergeUndo",
      "timing.bulk",
    ]);
    const got = byId(results);
    for (const [id, status] of Object.entries(statuses)) expect([id, got[id].status]).toEqual([id, status]);
    // The fake's pessimistic reading keeps only the first area of a multi-area rule: the probe must see that.
    expect(got["cf.tagged"].status).toBe("differs");
    okOrUnsupported(got["sheet.identity"]);
    expect(results.filter((r) => r.leftBehind)).toEqual([]);
    expect(fake.snapshot()).toEqual(before);
    expect(sheetNames(fake)).toEqual(["表1", "Sheet 2"]);
    expect(liveParts(fake)).toBe(0);
    expect(fake.written.every((w) => w.sheet.startsWith("自检_"))).toBe(true);
  });

  it("answers the note questions as the fake behaves: exact text, a second note and a comment on a note refused", async () => {
    const [r] = await runProbes(only(fakeOf("1.20").env(), "notes.onNote"));
    expect(r.answer).toEqual({
      kind: "note",
      textExact: true,
      textRead: "【自评表校验】自检 · self-test",
      second: "throws",
      commentOnNote: "throws",
    });
    const [older] = await runProbes(only(fakeOf("1.17").env(), "notes.onNote"));
    expect(older.answer).toMatchObject({ kind: "comment", second: "throws", commentOnNote: "not-tried" });
  });

  it("answers the undo-group question as documented: a sheet delete throws UndoNotSupported, an XML part does not", async () => {
    const fake = fakeOf("1.20");
    const [r] = await runProbes(only(fake.env(), "excel.mergeUndo"));
    expect(r.answer).toEqual({ deleteSheet: "throws", deleteError: "UndoNotSupported", xmlPart: "ok", xmlError: null });
    expect(fake.runs.filter((x) => x.mergeUndoGroup)).toHaveLength(2);
  });

  it("times one bulk write and one bulk read of 10,000 cells", async () => {
    const [r] = await runProbes(only(fakeOf().env(), "timing.bulk"));
    const a = r.answer as { cells: number; writeMs: number; readMs: number };
    expect(a.cells).toBe(10_000);
    expect(a.writeMs).toBeGreaterThanOrEqual(0);
    expect(a.readMs).toBeGreaterThanOrEqual(0);
  });
});

describe("cf.tagged: a tagged rule over several areas, each way a host may answer", () => {
  it.each<[string, ApiVersion, CfBehaviour, string, Record<string, unknown>]>([
    [
      "kept as one rule over both areas",
      "1.20",
      {},
      "ok",
      { multiArea: true, tagged: true, appliesTo: "A1:A3,C2:C4", areasKept: true, rules: 1, deleted: true },
    ],
    ["split into a rule per area", "1.20", { split: true }, "differs", { areasKept: false, rules: 2 }],
    ["only the first area kept", "1.20", { firstAreaOnly: true }, "differs", { appliesTo: "A1:A3", areasKept: false, rules: 1 }],
    [
      "the formula comes back without our tag",
      "1.20",
      { formulaBack: () => "=TRUE" },
      "differs",
      { formula: "=TRUE", tagged: false, areasKept: true },
    ],
  ])("%s", async (_name, api, behaviour, status, answer) => {
    const fake = fakeOf(api);
    const [r] = await runProbes(only(withConditionalFormats(fake, behaviour), "cf.tagged"));
    expect(r.status).toBe(status);
    expect(r.answer).toMatchObject({ formula: behaviour.formulaBack ? expect.any(String) : '=ISTEXT("自评表校验 mark:error")', ...answer });
    expect(sheetNames(fake)).toEqual(["表1", "Sheet 2"]);
  });

  it.each([
    ["kept", "ok", "A1:A3,C2:C4"],
    ["first-area", "differs", "A1:A3"],
  ] as const)("on the fake's own rules with multiAreaRule=%s: %s", async (reading, status, appliesTo) => {
    const fake = FakeExcel.fromGrids(USER_SHEETS, "1.20", { semantics: { ...PESSIMISTIC, multiAreaRule: reading } });
    const [r] = await runProbes(only(fake.env(), "cf.tagged"));
    expect([r.status, (r.answer as { appliesTo: string }).appliesTo]).toEqual([status, appliesTo]);
    expect(sheetNames(fake)).toEqual(["表1", "Sheet 2"]);
  });
});

describe("record.longString: a 40,000-character record in a custom XML part", () => {
  it.each<[string, number | null, string, number]>([
    ["kept whole", null, "ok", 40_000],
    ["cut at 8,203 characters", 8203, "differs", 8203],
  ])("%s", async (_name, keep, status, kept) => {
    const fake = fakeOf();
    const env = keep === null ? fake.env() : cuttingXml(fake, keep);
    const [r] = await runProbes(only(env, "record.longString"));
    expect(r.status).toBe(status);
    expect(r.answer).toEqual({ length: 40_000, kept: { xmlPart: kept }, errors: {} });
    expect(fake.book.parts.filter((p) => p.alive && p.namespace === PROBE_NAMESPACE)).toHaveLength(0);
  });

  it("a host without custom XML parts: the route fails, the probe still answers", async () => {
    const fake = fakeOf();
    const env: ExcelEnv = {
      ...fake.env(),
      run: (batch, o) =>
        fake.env().run((c) => batch({ ...c, workbook: { ...c.workbook, customXmlParts: undefined as never }, sync: () => c.sync() }), o),
    };
    const [r] = await runProbes(only(env, "record.longString"));
    expect(r.status).toBe("differs");
    expect(r.answer).toMatchObject({ kept: { xmlPart: null }, errors: { xmlPart: expect.any(String) } });
  });
});

describe("a probe that fails half-way still removes its scratch sheet, or says it could not", () => {
  // timing.bulk's syncs: 1 sheet names, 2 add, 3 write, 4 read, 5 find the scratch sheet, 6 delete it.
  it.each<[string, number, string, string[]]>([
    ["the write fails", 3, "failed", ["表1", "Sheet 2"]],
    ["the read fails", 4, "failed", ["表1", "Sheet 2"]],
  ])("%s", async (_name, sync, status, names) => {
    const fake = fakeOf();
    fake.failAt = { sync, op: 0, code: "GeneralException" };
    const [r] = await runProbes(only(fake.env(), "timing.bulk"));
    expect(r.status).toBe(status);
    expect(r.answer).toEqual({ error: { name: "RichApi.Error", code: "GeneralException", message: expect.stringContaining("injected") } });
    expect(sheetNames(fake)).toEqual(names);
    expect(r.leftBehind).toBeUndefined();
  });

  it("the delete fails: the answer stands and the sheet is named for the user to delete", async () => {
    const fake = fakeOf();
    fake.failAt = { sync: 6, op: 0, code: "AccessDenied" };
    const [r] = await runProbes(only(fake.env(), "timing.bulk"));
    expect(r.status).toBe("ok");
    expect(r.leftBehind).toEqual([expect.stringMatching(/^自检_/)]);
    expect(sheetNames(fake)).toEqual(["表1", "Sheet 2", r.leftBehind![0]]);
  });
});

describe("the report's header and the whole 自检", () => {
  it.each<[ApiVersion, string]>([
    ["1.14", "1.14"],
    ["1.17", "1.17"],
    ["1.20", "1.20"],
  ])("ExcelApi %s → the highest set %s", (api, highest) => expect(highestExcelApi((v) => fakeOf(api).supports(v))).toBe(highest));

  it("finds Office's diagnostics where Office.js is loaded, and none elsewhere", () => {
    expect(officeDiagnostics({ Office: { context: { diagnostics: { version: "16.0.17928.20114", platform: "PC" } } } })).toEqual({
      version: "16.0.17928.20114",
      platform: "PC",
    });
    expect(officeDiagnostics({})).toBeNull();
    expect(excelAbout(fakeOf("1.17").env(), null)).toEqual({
      host: "excel",
      hostVersion: null,
      platform: null,
      apiSets: ["ExcelApi 1.17"],
    });
  });

  it("runs the browser probes and then the Excel probes, and remembers the answers for the session", async () => {
    const fake = fakeOf("1.20");
    const cache = new SemanticsCache();
    const report = await excelSelfTest(fake.env(), { cache, diagnostics: { version: "16.0.1", platform: "OfficeOnline" } });
    expect(report).toMatchObject({
      version: 1,
      host: "excel",
      hostVersion: "16.0.1",
      platform: "OfficeOnline",
      apiSets: ["ExcelApi 1.20"],
    });
    expect(report.results.map((r) => r.id)).toEqual([
      "browser.localStorage",
      "browser.blobDownload",
      "browser.worker",
      "browser.clipboard",
      "browser.webApis",
      "cf.tagged",
      "record.longString",
      "notes.onNote",
      "sheet.identity",
      "excel.mergeUndo",
      "timing.bulk",
    ]);
    expect(cache.current).toMatchObject({
      longStringsKept: true,
      longStringRoutes: { xmlPart: true },
      annotationOnAnnotationThrows: true,
      commentOnNoteThrows: true,
      noteTextExact: true,
      mergeUndoDeleteThrows: true,
      mergeUndoXmlPartOk: true,
      multiAreaConditionalFormats: false,
      timingCells: 10_000,
    });
  });
});
