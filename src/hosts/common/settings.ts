import { PROFILE_IDS, SEVERITIES, type ProfileId } from "../../engine";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../app/host";

/** Stored settings → PaneSettings; anything missing, unknown or damaged falls back to its default, field by field. */
export function settingsFrom(stored: unknown): PaneSettings {
  const s = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const profile = (PROFILE_IDS as readonly string[]).includes(s.profile as string) ? (s.profile as ProfileId) : DEFAULT_SETTINGS.profile;
  const mark = Array.isArray(s.mark) ? SEVERITIES.filter((x) => (s.mark as unknown[]).includes(x)) : [...DEFAULT_SETTINGS.mark];
  const notes = typeof s.notes === "boolean" ? s.notes : DEFAULT_SETTINGS.notes;
  const lang = s.lang === "en" || s.lang === "zh" ? s.lang : DEFAULT_SETTINGS.lang;
  const fillQualitative = typeof s.fillQualitative === "boolean" ? { fillQualitative: s.fillQualitative } : {};
  return { profile, mark, notes, lang, ...fillQualitative };
}
