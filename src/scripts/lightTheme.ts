/**
 * Writes src/ui/theme/lightTheme.json: Fluent's webLightTheme, computed ahead, for the pages to ship as data
 * (`npx tsx src/scripts/lightTheme.ts` after a Fluent UI update; lightTheme.test.ts fails until then).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { webLightTheme } from "@fluentui/react-components";

export const LIGHT_THEME_FILE = path.join(__dirname, "..", "ui", "theme", "lightTheme.json");

if (require.main === module) {
  fs.writeFile(LIGHT_THEME_FILE, `${JSON.stringify(webLightTheme, null, 2)}\n`).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
