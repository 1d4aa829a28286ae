import type { Theme } from "@fluentui/react-components";
import { lightTheme } from "./lightTheme";

export type ThemeKind = "light" | "dark" | "contrast";

/** The user's system preference: forced colours (Windows high contrast) first, then dark, else light. */
export function themeKind(matchMedia: ((query: string) => { matches: boolean }) | undefined): ThemeKind {
  const matches = (q: string) => {
    try {
      return matchMedia?.(q).matches ?? false;
    } catch {
      return false;
    }
  };
  if (matches("(forced-colors: active)") || matches("(-ms-high-contrast: active)")) return "contrast";
  if (matches("(prefers-color-scheme: dark)")) return "dark";
  return "light";
}

/** The light theme ships with the pane; the dark and high-contrast ones load on demand (they are most of a theme's bytes). */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return lightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ "./otherThemes");
  return kind === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}
