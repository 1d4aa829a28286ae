/**
 * Which ECMAScript edition the pane's browser runs, found by feature tests on existing built-ins (never by compiling
 * code: the pages' Content-Security-Policy forbids eval and `new Function`).
 *
 * Two levels, because the WPS build adds core-js polyfills for the built-ins it uses:
 * - `engine`: features no polyfill can provide (RegExp syntax, BigInt, FinalizationRegistry, symbols as WeakMap
 *   keys): the JavaScript engine's own edition;
 * - `builtIns`: the library functions the page sees, polyfills included.
 */
export interface EsLevel {
  /** The engine's edition (5 = ES5, else the year: 2018 = ES2018). */
  engine: number;
  /** The edition of the built-ins the page sees (polyfills included). */
  builtIns: number;
  /** Features of later editions that are missing, e.g. "RegExp flag v (2024)". */
  missing: string[];
  /** core-js is loaded: `builtIns` may be higher than the engine. */
  polyfilled: boolean;
}

/** The globals a check looks at: `globalThis`, or a stand-in in tests. */
export type Globals = Record<string, unknown>;

interface FeatureCheck {
  name: string;
  year: number;
  present(g: Globals): boolean;
}

/** The value at a dotted path ("Array.prototype.at"), or undefined. */
function at(g: Globals, path: string): unknown {
  let v: unknown = g;
  for (const key of path.split(".")) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const fn = (year: number, path: string): FeatureCheck => ({ name: path, year, present: (g) => typeof at(g, path) === "function" });

/** A RegExp the engine compiles: syntax a polyfill cannot add. */
const regexp = (year: number, name: string, source: string, flags = ""): FeatureCheck => ({
  name,
  year,
  present: (g) => {
    const RegExpCtor = g.RegExp as RegExpConstructor | undefined;
    if (typeof RegExpCtor !== "function") return false;
    new RegExpCtor(source, flags);
    return true;
  },
});

/**
 * Each edition listed has at least one check no polyfill can fake: core-js wraps the RegExp constructor for named groups
 * and the s and y flags, but it cannot add lookbehind, \p{…}, the d, v flags or modifiers, nor Proxy or BigInt.
 */
const ENGINE: FeatureCheck[] = [
  fn(2015, "Proxy"),
  regexp(2015, "RegExp flag y", "a", "y"),
  regexp(2018, "RegExp lookbehind", "(?<=a)b"),
  regexp(2018, "RegExp named groups", "(?<n>a)"),
  regexp(2018, "RegExp flag s", "a.b", "s"),
  regexp(2018, "RegExp \\p{…}", "\\p{L}", "u"),
  fn(2020, "BigInt"),
  fn(2021, "FinalizationRegistry"),
  regexp(2022, "RegExp flag d", "a", "d"),
  {
    name: "Symbol as WeakMap key",
    year: 2023,
    present: (g) => {
      const WeakMapCtor = g.WeakMap as WeakMapConstructor | undefined;
      const SymbolFn = g.Symbol as SymbolConstructor | undefined;
      if (typeof WeakMapCtor !== "function" || typeof SymbolFn !== "function") return false;
      new WeakMapCtor<object, number>().set(SymbolFn("k") as unknown as object, 1);
      return true;
    },
  },
  regexp(2024, "RegExp flag v", "[\\p{L}--[a-z]]", "v"),
  regexp(2025, "RegExp modifiers", "(?i:a)b"),
];

const BUILT_INS: FeatureCheck[] = [
  fn(2015, "Promise"),
  fn(2015, "Map"),
  fn(2017, "Object.values"),
  fn(2017, "Object.entries"),
  fn(2017, "String.prototype.padStart"),
  fn(2018, "Promise.prototype.finally"),
  fn(2019, "Array.prototype.flat"),
  fn(2019, "Array.prototype.flatMap"),
  fn(2019, "Object.fromEntries"),
  fn(2020, "String.prototype.matchAll"),
  fn(2020, "Promise.allSettled"),
  { name: "globalThis", year: 2020, present: (g) => typeof g.globalThis === "object" && g.globalThis !== null },
  fn(2021, "String.prototype.replaceAll"),
  fn(2021, "Promise.any"),
  fn(2022, "Array.prototype.at"),
  fn(2022, "Object.hasOwn"),
  fn(2023, "Array.prototype.findLast"),
  fn(2023, "Array.prototype.toSorted"),
  fn(2024, "Object.groupBy"),
  fn(2024, "Promise.withResolvers"),
  fn(2025, "Set.prototype.union"),
  fn(2025, "Promise.try"),
];

const passes = (check: FeatureCheck, g: Globals) => {
  try {
    return check.present(g);
  } catch {
    return false;
  }
};

/** The highest edition whose checks, and every earlier edition's, all pass (5 when even ES2015's fail). */
function levelOf(checks: FeatureCheck[], g: Globals, missing: string[]): number {
  const failedYears = new Set<number>();
  for (const check of checks) {
    if (passes(check, g)) continue;
    failedYears.add(check.year);
    missing.push(`${check.name} (${check.year})`);
  }
  const years = [...new Set(checks.map((c) => c.year))].sort((a, b) => a - b);
  let level = 5;
  for (const year of years) {
    if (failedYears.has(year)) break;
    level = year;
  }
  return level;
}

export function esLevel(g: Globals = globalThis as unknown as Globals): EsLevel {
  const missing: string[] = [];
  const engine = levelOf(ENGINE, g, missing);
  const builtIns = levelOf(BUILT_INS, g, missing);
  return { engine, builtIns, missing, polyfilled: g["__core-js_shared__"] !== undefined };
}

/** "ES2022", or "ES5". */
export function esName(level: number): string {
  return level <= 5 ? "ES5" : `ES${level}`;
}

/** The Chromium major version in a user agent (WebView2, WPS's embedded Chromium), or null. */
export function chromiumMajor(userAgent: string | null | undefined): number | null {
  const m = /\b(?:Chrome|Chromium)\/(\d+)/.exec(userAgent ?? "");
  return m ? Number(m[1]) : null;
}
