import type { PaneSettings } from "../../app/host";
import { settingsFrom } from "../common/settings";
import type { ExcelEnv } from "./api";

/**
 * The user's preferences live in localStorage, for every workbook on this machine: the task pane and the ribbon's
 * function file (each its own runtime) read the same ones, and saving them never marks a workbook as changed. Earlier
 * versions kept them in the document's settings; those are read when localStorage has none, and never written again.
 */
export const SETTINGS_KEY = "selfeval.settings";

type Env = Pick<ExcelEnv, "settings" | "storage">;

function parse(text: string | null): unknown {
  try {
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export function loadSettings(env: Env): PaneSettings {
  const stored = env.storage ? parse(env.storage.getItem(SETTINGS_KEY)) : undefined;
  return settingsFrom(stored ?? env.settings.get(SETTINGS_KEY));
}

/** Stores the settings; returns whether anything was written (nothing is when they did not change). */
export async function saveSettings(env: Env, settings: PaneSettings): Promise<boolean> {
  const text = JSON.stringify(settingsFrom(settings));
  if (env.storage) {
    if (env.storage.getItem(SETTINGS_KEY) === text) return false;
    env.storage.setItem(SETTINGS_KEY, text);
    return true;
  }
  // Without localStorage the document keeps them; saveAsync marks the workbook changed, so only on a real change.
  if (JSON.stringify(loadSettings(env)) === text) return false;
  env.settings.set(SETTINGS_KEY, JSON.parse(text));
  await env.settings.save();
  return true;
}
