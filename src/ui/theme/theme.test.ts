import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Severity } from "../../engine";
import { loadTheme, themeKind, type ThemeKind } from "./loadTheme";
import { SEVERITY_TOKEN_NAMES } from "./severityColors";

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const channel = (i: number) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("contrast", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
  ])("%s on %s is %d:1", (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 5);
  });
});

describe("severity colours reach 4.5:1 on every background they sit on", () => {
  const themes: [string, Theme][] = [
    ["light", webLightTheme],
    ["dark", webDarkTheme],
    ["high contrast", teamsHighContrastTheme],
  ];
  // The list sits on Background1; the current finding and the arithmetic box on Background2.
  const backgrounds = ["colorNeutralBackground1", "colorNeutralBackground2"] as const;
  const cases = themes.flatMap(([name, theme]) =>
    (Object.keys(SEVERITY_TOKEN_NAMES) as Severity[]).flatMap((s) => backgrounds.map((bg) => [name, s, bg, theme] as const)),
  );
  it.each(cases)("%s theme: %s on %s", (_name, severity, bg, theme) => {
    expect(contrast(theme[SEVERITY_TOKEN_NAMES[severity]], theme[bg])).toBeGreaterThanOrEqual(4.5);
  });
});

describe("themeKind", () => {
  const media = (on: string[]) => (q: string) => ({ matches: on.includes(q) });
  it.each<[string, ((q: string) => { matches: boolean }) | undefined, ThemeKind]>([
    ["no matchMedia: light", undefined, "light"],
    ["nothing matches: light", media([]), "light"],
    ["dark", media(["(prefers-color-scheme: dark)"]), "dark"],
    ["forced colours win over dark", media(["(forced-colors: active)", "(prefers-color-scheme: dark)"]), "contrast"],
    ["old Edge high contrast", media(["(-ms-high-contrast: active)"]), "contrast"],
    [
      "a throwing matchMedia: light",
      () => {
        throw new Error("no");
      },
      "light",
    ],
  ])("%s", (_name, matchMedia, expected) => {
    expect(themeKind(matchMedia)).toBe(expected);
  });
});

describe("loadTheme", () => {
  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
    ["contrast", teamsHighContrastTheme],
  ] as const)("%s", async (kind, expected) => {
    // The light theme ships as data (lightTheme.ts): equal to Fluent's, not the same object.
    expect(await loadTheme(kind)).toEqual(expected);
  });
});
