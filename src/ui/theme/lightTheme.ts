import type { Theme } from "@fluentui/react-components";
import computed from "./lightTheme.json";

/**
 * Fluent's webLightTheme as data, written by src/scripts/lightTheme.ts (lightTheme.test.ts keeps the two equal):
 * computing it from its palettes as the page starts costs the first screen ~5 ms, and the palettes ~30 KB of script.
 */
export const lightTheme: Theme = computed;
