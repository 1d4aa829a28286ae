import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { themeKind } from "./loadTheme";

/** The theme for the user's system preference, all three bundled (pages where size matters use loadTheme). */
export function pickTheme(matchMedia: ((query: string) => { matches: boolean }) | undefined): Theme {
  return { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme }[themeKind(matchMedia)];
}
