import { HostError } from "../../app/host";
import type { ExcelEnv } from "./api";
import { toHostError } from "./errors";
import type { ExcelPaneHost } from "./excelHost";
import { readLastRun, writeLastRun } from "./lastRun";
import { loadSettings, saveSettings } from "./settings";

/** Platforms whose webview drops `<a download>` of a blob without a word (Office.context.platform). */
const NO_DOWNLOAD = new Set(["Mac", "iOS"]);

/** What the Excel host answers without the engine: settings, the ribbon's last outcome, whether downloads arrive. */
export type ExcelHostBasics = Pick<ExcelPaneHost, "kind" | "loadSettings" | "saveSettings" | "lastRun" | "rememberRun" | "canDownload">;

export function excelHostBasics(env: ExcelEnv): ExcelHostBasics {
  return {
    kind: "excel",
    async loadSettings() {
      return loadSettings(env);
    },
    async saveSettings(settings) {
      try {
        await saveSettings(env, settings);
      } catch (e) {
        throw e instanceof HostError ? e : toHostError(e);
      }
    },
    lastRun: () => readLastRun(env),
    async rememberRun(outcome) {
      writeLastRun(env, outcome);
    },
    canDownload: !NO_DOWNLOAD.has(env.platform ?? ""),
  };
}
