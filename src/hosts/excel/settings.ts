import { PROFILE_IDS, type ProfileId, type Severity } from "../../engine";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../ui/host";
import type { SettingsStore } from "./api";

export const SETTINGS_KEY = "selfeval.settings";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Stored settings → PaneSettings; anything missing or malformed falls back to the default, field by field. */
export function settingsFrom(stored: unknown): PaneSettings {
  const s = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const profile = (PROFILE_IDS as readonly string[]).includes(s.profile as string) ? (s.profile as ProfileId) : DEFAULT_SETTINGS.profile;
  const mark = Array.isArray(s.mark) ? SEVERITIES.filter((x) => (s.mark as unknown[]).includes(x)) : DEFAULT_SETTINGS.mark;
  const notes = typeof s.notes === "boolean" ? s.notes : DEFAULT_SETTINGS.notes;
  const lang = s.lang === "en" || s.lang === "zh" ? s.lang : DEFAULT_SETTINGS.lang;
  return { profile, mark, notes, lang };
}

export function loadSettings(store: SettingsStore): PaneSettings {
  return settingsFrom(store.get(SETTINGS_KEY));
}

export async function saveSettings(store: SettingsStore, settings: PaneSettings): Promise<void> {
  store.set(SETTINGS_KEY, settingsFrom(settings));
  await store.save();
}
