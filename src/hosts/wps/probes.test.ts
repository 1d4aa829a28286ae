import { runProbes } from "../../app/selfTest/runner";
import { SemanticsCache } from "../../app/selfTest/semantics";
import type { ProbeResult } from "../../app/selfTest/types";
import type { EtApplication } from "./etTypes";
import { selfevalSelfTest, wpsAbout, wpsProbes, wpsSelfTest } from "./probes";
import { FakeWps, type FakeOptions } from "./testing/fakeApplication";
import type { FakeSheetModel } from "./testing/fakeModel";
import { OPTIMISTIC, PESSIMISTIC, type OpenSemantics } from "./testing/openSemantics";

const GRID = {
  sheets: [
    {
      name: "表1",
      originRow: 0,
      originCol: 0,
      values: [
        [0.5, "年度指标值"],
        [2, "实际完成值"],
      ],
    },
  ],
};
const IDS = [
  "wps.valueXml",
  "wps.mixedRange",
  "wps.multiArea",
  "record.longString",
  "notes.onNote",
  "sheet.identity",
  "cf.tagged",
  "wps.addActivates",
  "timing.bulk",
];

const MODES: [string, FakeOptions][] = [
  ["2-D array Value2, SpreadsheetML", { value2Shape: "array", xmlSpreadsheet: true }],
  ["Item(r,c) Value2, no SpreadsheetML", { value2Shape: "item", xmlSpreadsheet: false }],
];

// ---- A stand-in for behaviours the fake has no switch for (and for watching DisplayAlerts at each delete). ----

interface Documented {
  /** Worksheets.Add makes the new sheet active (as Excel's object model does). Default true. */
  addActivates?: boolean;
  /** CodeName of a sheet: kept through renames ("stable"), or empty for sheets added by code ("empty"). */
  codeName?: "stable" | "empty";
  /** A defined name's RefersTo follows the sheet's rename. Default true. */
  namesFollow?: boolean;
  /** A conditional format over several areas keeps them all ("whole") or the first only. */
  cfAreas?: "whole" | "first";
  formulaBack?: (formula: string) => string;
  /** A mixed range's NumberFormat / MergeCells / multi-area ColorIndex answer: null (the fake's) or the first cell's. */
  mixed?: "null" | "first";
  /** Strings in an array write are cut to this length. */
  arrayCut?: number;
  deleteFails?: boolean;
  about?: Record<string, unknown>;
}

/** What the stand-in saw: DisplayAlerts at each Delete, and what it is at the end. */
interface Seen {
  alertsAtDelete: unknown[];
  alerts: boolean;
}

/** The fake Application with the members a real WPS has and the fake does not, answering as `d` says. */
function documented(fake: FakeWps, d: Documented = {}): { app: EtApplication; seen: Seen } {
  const seen: Seen = { alertsAtDelete: [], alerts: true };
  const inner = new WeakMap<object, object>();
  const wrapped = <T extends object>(
    target: T,
    get: (t: T, p: string | symbol) => unknown,
    set?: (p: string | symbol, v: unknown) => boolean,
  ): T => {
    const proxy = new Proxy(target, { get: (t, p) => get(t, p), set: (t, p, v) => (set ? set(p, v) : Reflect.set(t, p, v)) });
    inner.set(proxy, target);
    return proxy;
  };
  const unwrap = (v: unknown) => (typeof v === "object" && v !== null && inner.has(v) ? inner.get(v) : v);
  const codeNames = new WeakMap<FakeSheetModel, string>();
  let nextCode = 1;
  const rules: { model: FakeSheetModel; areas: string[]; formula: string; alive: boolean }[] = [];
  const names = new Map<string, { model: FakeSheetModel; text: string }>();
  const modelOf = (ws: object) => (ws as unknown as { model: FakeSheetModel }).model;

  const range = (r: Record<string, unknown>, model: FakeSheetModel, address: string | null) => {
    const multi = address !== null && /[:,]/.test(address);
    const first = address === null ? null : address.split(/[:,]/)[0];
    const firstOf = (prop: string) =>
      first ? (sheet(fakeSheet(model)) as unknown as Record<string, (a: string) => Record<string, unknown>>).Range(first)[prop] : null;
    return wrapped(
      r,
      (t, p) => {
        if (p === "FormatConditions")
          return {
            get Count() {
              return rules.filter((x) => x.alive && x.model === model).length;
            },
            Add: (_type: number, _op: unknown, formula: string) => {
              const all = (address ?? "A1").split(",");
              const rule = { model, areas: d.cfAreas === "first" ? [all[0]] : all, formula, alive: true };
              rules.push(rule);
              return {
                get Formula1() {
                  return d.formulaBack ? d.formulaBack(rule.formula) : rule.formula;
                },
                AppliesTo: { Address: () => rule.areas.map((a) => a.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")).join(",") },
                Interior: { Color: null },
                Delete: () => void (rule.alive = false),
              };
            },
          };
        if (d.mixed === "first" && multi && (p === "NumberFormat" || p === "MergeCells")) return firstOf(p);
        if (d.mixed === "first" && multi && p === "Interior")
          return { ColorIndex: (firstOf("Interior") as { ColorIndex: unknown }).ColorIndex };
        return Reflect.get(t, p);
      },
      (p, v) => {
        const cut = d.arrayCut;
        const value =
          p === "Value2" && cut !== undefined && Array.isArray(v)
            ? v.map((row: unknown[]) => row.map((x) => (typeof x === "string" ? x.slice(0, cut) : x)))
            : v;
        return Reflect.set(r, p, value);
      },
    );
  };
  const fakeSheet = (model: FakeSheetModel) => fake.app.ActiveWorkbook!.Worksheets.Item(model.name);
  const sheet = (ws: object): object =>
    wrapped(ws as Record<string, unknown>, (t, p) => {
      const model = modelOf(t);
      if (p === "Delete")
        return () => {
          if (d.deleteFails) throw new Error("删除失败");
          seen.alertsAtDelete.push(seen.alerts);
          fake.book!.sheets.splice(fake.book!.sheets.indexOf(model), 1);
        };
      if (p === "CodeName") {
        if (d.codeName === "empty") return "";
        if (!codeNames.has(model)) codeNames.set(model, `Sheet${nextCode++}`);
        return codeNames.get(model);
      }
      if (p === "Range") return (a: string) => range((t.Range as (a: string) => Record<string, unknown>)(a), model, a);
      if (p === "Cells") return range(t.Cells as Record<string, unknown>, model, null);
      return Reflect.get(t, p);
    });
  const sheets = (s: Record<string, unknown>) =>
    wrapped(s, (t, p) => {
      if (p === "Item") return (i: number | string) => sheet((t.Item as (i: number | string) => object)(i));
      if (p === "Add")
        return (before?: unknown, after?: unknown) => {
          const was = fake.activeSheet;
          const ws = (t.Add as (b: unknown, a: unknown) => object)(unwrap(before), unwrap(after));
          // The fake activates an added sheet, as Excel does; this stand-in can say otherwise.
          if (d.addActivates === false && was) fake.app.ActiveWorkbook!.Worksheets.Item(was).Activate();
          return sheet(ws);
        };
      return Reflect.get(t, p);
    });
  const book = (b: Record<string, unknown>) =>
    wrapped(b, (t, p) => {
      if (p === "Worksheets") return sheets(t.Worksheets as Record<string, unknown>);
      if (p === "Names")
        return {
          Add: (name: string, refersTo: string) => {
            const target = /^='?(.*?)'?!/.exec(refersTo)?.[1] ?? "";
            const model = fake.book!.sheets.find((s) => s.name === target.replace(/''/g, "'"))!;
            names.set(name, { model, text: refersTo });
            return { RefersTo: refersTo, Delete: () => names.delete(name) };
          },
          Item: (name: string) => {
            const n = names.get(name);
            if (!n) throw new Error(`no name ${name}`);
            return { RefersTo: d.namesFollow === false ? n.text : `='${n.model.name}'!$A$1`, Delete: () => names.delete(name) };
          },
        };
      return Reflect.get(t, p);
    });
  const app = wrapped(
    fake.app as unknown as Record<string, unknown>,
    (t, p) => {
      if (p === "ActiveWorkbook") return t.ActiveWorkbook ? book(t.ActiveWorkbook as Record<string, unknown>) : null;
      if (p === "ActiveSheet") return fake.activeSheet === null ? null : sheet(fake.app.ActiveWorkbook!.Worksheets.Item(fake.activeSheet));
      if (p === "DisplayAlerts") return seen.alerts;
      if (d.about && p in d.about) return d.about[p as string];
      return Reflect.get(t, p);
    },
    (p, v) => {
      if (p === "DisplayAlerts") seen.alerts = v as boolean;
      else Reflect.set(fake.app as object, p, v);
      return true;
    },
  );
  return { app: app as unknown as EtApplication, seen };
}

/** The fake answering every open question the kind way (with SpreadsheetML unless told), as the stand-in's base. */
function openFake(options: FakeOptions = {}, semantics: OpenSemantics = OPTIMISTIC) {
  const fake = new FakeWps({ xmlSpreadsheet: true, ...options, semantics });
  fake.open(GRID);
  fake.app.ActiveWorkbook!.Worksheets.Item(1).Activate();
  return fake;
}

const statuses = (results: ProbeResult[]) => Object.fromEntries(results.map((r) => [r.id, r.status]));
const answer = (results: ProbeResult[], id: string) => results.find((r) => r.id === id)!.answer;
const only = (app: EtApplication, id: string) => wpsProbes(app).filter((p) => p.id === id);

describe("WPS probes on the fake alone: they see each open question as the fake's switches answer it", () => {
  it.each<[string, OpenSemantics, Record<string, string>]>([
    ["the kind answers", OPTIMISTIC, {}],
    [
      "the pessimistic answers",
      PESSIMISTIC,
      {
        "wps.mixedRange": "differs",
        "wps.multiArea": "differs",
        "record.longString": "differs",
        "notes.onNote": "differs",
        "cf.tagged": "differs",
      },
    ],
    ["a multi-area range refused", { ...OPTIMISTIC, multiArea: "throws" }, { "wps.multiArea": "failed", "cf.tagged": "failed" }],
    ['mixed ranges answered with ""', { ...OPTIMISTIC, mixed: "empty" }, { "wps.mixedRange": "differs", "wps.multiArea": "differs" }],
  ])("%s", async (_name, semantics, notOk) => {
    const fake = openFake({}, semantics);
    const before = fake.snapshot("表1");
    const results = await runProbes(wpsProbes(fake.app));
    expect(statuses(results)).toEqual(Object.fromEntries(IDS.map((id) => [id, notOk[id] ?? "ok"])));
    expect(results.filter((r) => r.leftBehind)).toEqual([]);
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1"]);
    expect(fake.snapshot("表1")).toEqual(before);
    expect(fake.activeSheet).toBe("表1");
    expect(fake.displayAlerts).toBe(true);
  });
});

describe("WPS probes on a WPS as documented (the fake plus the members it lacks)", () => {
  it.each(MODES)("%s: every probe answers, and the workbook, active sheet, screen and alerts are as they were", async (_name, options) => {
    const fake = openFake(options);
    const { app, seen } = documented(fake);
    const before = fake.snapshot("表1");
    const results = await runProbes(wpsProbes(app));
    expect(statuses(results)).toEqual({
      "wps.valueXml": options.xmlSpreadsheet ? "ok" : "differs",
      "wps.mixedRange": "ok",
      "wps.multiArea": "ok",
      "record.longString": "ok",
      "notes.onNote": "ok",
      "sheet.identity": "ok",
      "cf.tagged": "ok",
      "wps.addActivates": "ok",
      "timing.bulk": "ok",
    });
    expect(results.filter((r) => r.leftBehind)).toEqual([]);
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1"]);
    expect(fake.snapshot("表1")).toEqual(before);
    expect(fake.activeSheet).toBe("表1");
    expect(fake.screenUpdating).toBe(true);
    expect(seen.alertsAtDelete).toEqual(new Array(IDS.length).fill(false));
    expect(seen.alerts).toBe(true);
  });

  it("reads back what it wrote: SpreadsheetML, the mixed answers, the long text, the comment, the tagged rule", async () => {
    const results = await runProbes(wpsProbes(documented(openFake()).app));
    expect(answer(results, "wps.valueXml")).toMatchObject({ kind: "spreadsheetml", type: "string" });
    expect(answer(results, "wps.mixedRange")).toEqual({
      numberFormat: "null",
      mergeCells: "null",
      raw: { numberFormat: null, mergeCells: null },
    });
    expect(answer(results, "record.longString")).toEqual({ length: 40_000, kept: { singleCell: 40_000, arrayWrite: 40_000 }, errors: {} });
    expect(answer(results, "notes.onNote")).toEqual({
      kind: "comment",
      textExact: true,
      textRead: "【自评表校验】自检 · self-test",
      second: "throws",
      commentOnNote: "not-tried",
    });
    expect(answer(results, "sheet.identity")).toMatchObject({ key: "CodeName", stable: true, definedNameFollows: true });
    expect(answer(results, "cf.tagged")).toEqual({
      wanted: "A1:A3,C2:C4",
      multiArea: true,
      formula: '=ISTEXT("自评表校验 mark:error")',
      tagged: true,
      appliesTo: "A1:A3,C2:C4",
      areasKept: true,
      rules: 1,
      deleted: true,
    });
    expect(answer(results, "wps.addActivates")).toEqual({ activatesNewSheet: true, restored: true });
  });

  it.each<[string, Documented, string, string, Record<string, unknown>]>([
    [
      "CodeName empty for a sheet added by code, the hidden name follows",
      { codeName: "empty" },
      "sheet.identity",
      "ok",
      { before: "", stable: false, definedNameFollows: true },
    ],
    [
      "no identity survives the rename",
      { codeName: "empty", namesFollow: false },
      "sheet.identity",
      "differs",
      { stable: false, definedNameFollows: false },
    ],
    [
      "a conditional format keeps only the first area",
      { cfAreas: "first" },
      "cf.tagged",
      "differs",
      { appliesTo: "A1:A3", areasKept: false },
    ],
    ["the formula comes back without our tag", { formulaBack: () => '=ISTEXT("x")' }, "cf.tagged", "differs", { tagged: false }],
    [
      "mixed ranges answer with the first cell's value",
      { mixed: "first" },
      "wps.mixedRange",
      "differs",
      { numberFormat: "first", mergeCells: "first" },
    ],
    [
      "a multi-area read answers for the first area only",
      { mixed: "first" },
      "wps.multiArea",
      "differs",
      { colorIndex: "first", numberFormat: "first" },
    ],
    [
      "an array write cuts long strings",
      { arrayCut: 8203 },
      "record.longString",
      "differs",
      { kept: { singleCell: 40_000, arrayWrite: 8203 } },
    ],
    [
      "adding a sheet leaves the user's sheet active",
      { addActivates: false },
      "wps.addActivates",
      "ok",
      { activatesNewSheet: false, restored: true },
    ],
  ])("%s", async (_name, behaviour, id, status, expected) => {
    const fake = openFake();
    const [r] = await runProbes(only(documented(fake, behaviour).app, id));
    expect(r.status).toBe(status);
    expect(r.answer).toMatchObject(expected);
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1"]);
    expect(fake.activeSheet).toBe("表1");
  });

  it("names the scratch sheet it could not delete, and still gives its answer", async () => {
    const fake = openFake();
    const [r] = await runProbes(only(documented(fake, { deleteFails: true }).app, "notes.onNote"));
    expect(r.status).toBe("ok");
    expect(r.leftBehind).toEqual([expect.stringMatching(/^自检_/)]);
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1", r.leftBehind![0]]);
  });

  it("adds nothing to a workbook whose structure is protected", async () => {
    const fake = openFake();
    fake.book!.protectStructure = true;
    const results = await runProbes(wpsProbes(documented(fake).app));
    expect(results.every((r) => r.status === "failed")).toBe(true);
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1"]);
  });

  it("fails every probe, and writes nothing, with no workbook open", async () => {
    const fake = openFake();
    fake.close();
    const results = await runProbes(wpsProbes(documented(fake).app));
    expect(results.map((r) => (r.answer as { error: { message: string } }).error.message)).toEqual(
      new Array(IDS.length).fill("没有打开的工作簿 · no workbook is open"),
    );
  });
});

describe("the WPS report", () => {
  it.each<[Record<string, unknown>, string | null, string | null]>([
    [
      { Version: "12.1.0.16250", Build: "12.1.0.16250", OperatingSystem: "Windows (64-bit) NT 10.00" },
      "12.1.0.16250",
      "Windows (64-bit) NT 10.00",
    ],
    [{ Version: "11.1", Build: 11719 }, "11.1 (11719)", "Linux x86_64"],
    [{}, null, "Linux x86_64"],
  ])("header from %j", (about, version, platform) => {
    const { app } = documented(openFake(), { about });
    expect(wpsAbout(app, "Linux x86_64")).toEqual({ host: "wps", hostVersion: version, platform, apiSets: [] });
  });

  it("runs the browser probes and then the WPS probes, and remembers the answers for the session", async () => {
    const cache = new SemanticsCache();
    const report = await wpsSelfTest(documented(openFake(), { codeName: "empty" }).app, { cache });
    expect(report.host).toBe("wps");
    expect(report.results.map((r) => r.id)).toEqual([
      "browser.localStorage",
      "browser.blobDownload",
      "browser.worker",
      "browser.clipboard",
      "browser.webApis",
      ...IDS,
    ]);
    expect(cache.current).toMatchObject({
      xmlSpreadsheet: true,
      mixedRangeReadsNull: true,
      multiAreaReadsWhole: true,
      longStringsKept: true,
      sheetIdStable: false,
      definedNameFollowsRename: true,
      conditionalFormats: true,
      multiAreaConditionalFormats: true,
      addActivatesNewSheet: true,
      annotationOnAnnotationThrows: true,
    });
  });

  it("SelfevalSelfTest (the F12 console's way in) prints the readable result and the JSON, and returns the report", async () => {
    const printed: string[] = [];
    const report = await selfevalSelfTest(documented(openFake()).app, (t) => printed.push(t));
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatch(/^自检 /);
    expect(printed[0]).toContain("✓ 带标签的条件格式");
    expect(JSON.parse(printed[1])).toEqual(report);
  });
});
