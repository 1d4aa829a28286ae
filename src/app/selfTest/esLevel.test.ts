import { chromiumMajor, esLevel, esName } from "./esLevel";

/** Library functions of each edition, as a stand-in global offers them (the test's own list: the specification). */
const FUNCTIONS = [
  "Proxy",
  "Promise",
  "Map",
  "Object.values",
  "Object.entries",
  "String.prototype.padStart",
  "Promise.prototype.finally",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Object.fromEntries",
  "String.prototype.matchAll",
  "Promise.allSettled",
  "BigInt",
  "String.prototype.replaceAll",
  "Promise.any",
  "FinalizationRegistry",
  "Array.prototype.at",
  "Object.hasOwn",
  "Array.prototype.findLast",
  "Array.prototype.toSorted",
  "Object.groupBy",
  "Promise.withResolvers",
  "Set.prototype.union",
  "Promise.try",
];

interface StandIn {
  /** Dotted paths left out. */
  without?: string[];
  /** RegExp flags the stand-in engine refuses. */
  flags?: string;
  /** RegExp sources it refuses (a syntax it does not know). */
  sources?: string[];
  symbolKeys?: boolean;
  extra?: Record<string, unknown>;
}

/** A global object of a browser with exactly these features (no dependence on the Node running the test). */
function standIn({ without = [], flags = "", sources = [], symbolKeys = true, extra = {} }: StandIn = {}): Record<string, unknown> {
  const g: Record<string, unknown> = {};
  for (const path of FUNCTIONS.filter((p) => !without.includes(p))) {
    const keys = path.split(".");
    let at = g;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]] = () => undefined;
  }
  g.RegExp = function (source: string, f = "") {
    if ([...f].some((c) => flags.includes(c)) || sources.includes(source)) throw new SyntaxError(`invalid: /${source}/${f}`);
  };
  g.Symbol = (d: string) => ({ symbol: d });
  g.WeakMap = class {
    set(k: unknown) {
      if (!symbolKeys && typeof k === "object" && k !== null && "symbol" in k) throw new TypeError("invalid key");
      return this;
    }
  };
  if (!without.includes("globalThis")) g.globalThis = g;
  return Object.assign(g, extra);
}

describe("esLevel: the engine's edition by syntax no polyfill adds, the built-ins' by what the page sees", () => {
  it.each<[string, StandIn, { engine: number; builtIns: number; missing: string[] }]>([
    ["everything", {}, { engine: 2025, builtIns: 2025, missing: [] }],
    [
      "no RegExp modifiers (Chromium 124)",
      { sources: ["(?i:a)b"], without: ["Set.prototype.union", "Promise.try"] },
      { engine: 2024, builtIns: 2024, missing: ["RegExp modifiers (2025)", "Set.prototype.union (2025)", "Promise.try (2025)"] },
    ],
    ["no v flag", { flags: "v" }, { engine: 2023, builtIns: 2025, missing: ["RegExp flag v (2024)"] }],
    [
      "no d flag: the engine stops at 2021 though later features exist",
      { flags: "d" },
      { engine: 2021, builtIns: 2025, missing: ["RegExp flag d (2022)"] },
    ],
    ["no symbols as WeakMap keys", { symbolKeys: false }, { engine: 2022, builtIns: 2025, missing: ["Symbol as WeakMap key (2023)"] }],
    [
      "no FinalizationRegistry (Chromium < 84, WeakRef stood in)",
      { without: ["FinalizationRegistry"], extra: { WeakRef: class {} } },
      { engine: 2020, builtIns: 2025, missing: ["FinalizationRegistry (2021)"] },
    ],
    ["no BigInt (Chromium < 67)", { without: ["BigInt"] }, { engine: 2018, builtIns: 2025, missing: ["BigInt (2020)"] }],
    ["no lookbehind", { sources: ["(?<=a)b"] }, { engine: 2015, builtIns: 2025, missing: ["RegExp lookbehind (2018)"] }],
    ["no Proxy: ES5", { without: ["Proxy"] }, { engine: 5, builtIns: 2025, missing: ["Proxy (2015)"] }],
    [
      "no RegExp at all",
      { extra: { RegExp: undefined } },
      {
        engine: 5,
        builtIns: 2025,
        missing: [
          "RegExp flag y (2015)",
          "RegExp lookbehind (2018)",
          "RegExp named groups (2018)",
          "RegExp flag s (2018)",
          "RegExp \\p{…} (2018)",
          "RegExp flag d (2022)",
          "RegExp flag v (2024)",
          "RegExp modifiers (2025)",
        ],
      },
    ],
    [
      "no Array.prototype.at (Chromium < 92)",
      { without: ["Array.prototype.at"] },
      { engine: 2025, builtIns: 2021, missing: ["Array.prototype.at (2022)"] },
    ],
    [
      "an early gap caps the level: no Object.values",
      { without: ["Object.values"] },
      { engine: 2025, builtIns: 2015, missing: ["Object.values (2017)"] },
    ],
    ["no globalThis", { without: ["globalThis"] }, { engine: 2025, builtIns: 2019, missing: ["globalThis (2020)"] }],
  ])("%s", (_name, spec, expected) => {
    expect(esLevel(standIn(spec))).toEqual({ ...expected, polyfilled: false });
  });

  it("says when core-js is loaded", () => {
    expect(esLevel(standIn({ extra: { "__core-js_shared__": { versions: [] } } })).polyfilled).toBe(true);
  });

  it("finds at least ES2022 in the Node that runs the tests (a lower bound, not a fixed answer)", () => {
    const level = esLevel();
    expect(level.engine).toBeGreaterThanOrEqual(2022);
    expect(level.builtIns).toBeGreaterThanOrEqual(2022);
  });
});

describe("esName and chromiumMajor", () => {
  it.each([
    [5, "ES5"],
    [2015, "ES2015"],
    [2022, "ES2022"],
  ])("%s → %s", (level, name) => expect(esName(level)).toBe(name));

  it.each<[string | null, number | null]>([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) " +
        "Chrome/104.0.5112.102 Safari/537.36 WpsOfficeApp/12.1.0.16250",
      104,
    ],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.128 Safari/537.36", 69],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0", 120],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)", null],
    [null, null],
  ])("%s → %s", (ua, major) => expect(chromiumMajor(ua)).toBe(major));
});
