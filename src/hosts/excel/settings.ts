import type { PaneSettings } from "../../app/host";
import { settingsFrom } from "../common/settings";
import type { SettingsStore } from "./api";

export const SETTINGS_KEY = "selfeval.settings";

export function loadSettings(store: SettingsStore): PaneSettings {
  return settingsFrom(store.get(SETTINGS_KEY));
}

export async function saveSettings(store: SettingsStore, settings: PaneSettings): Promise<void> {
  store.set(SETTINGS_KEY, settingsFrom(settings));
  await store.save();
}
