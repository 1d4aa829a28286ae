import { PROFILE_IDS, type Severity } from "../../engine";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../ui/host";

const KEY = "selfeval.workbench.settings";
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Settings read back from storage, each field checked: anything unknown or damaged falls back to its default. */
export function parseSettings(text: string | null): PaneSettings {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const profile = typeof o.profile === "string" && (PROFILE_IDS as readonly string[]).includes(o.profile) ? (o.profile as PaneSettings["profile"]) : DEFAULT_SETTINGS.profile;
  const mark = Array.isArray(o.mark) ? SEVERITIES.filter((s) => (o.mark as unknown[]).includes(s)) : [...DEFAULT_SETTINGS.mark];
  const notes = typeof o.notes === "boolean" ? o.notes : DEFAULT_SETTINGS.notes;
  const lang = o.lang === "en" || o.lang === "zh" ? o.lang : DEFAULT_SETTINGS.lang;
  return { profile, mark, notes, lang };
}

/** The pane's settings in the browser: one set for every opened file, kept in localStorage when the page may use it. */
export class SettingsStore {
  private settings: PaneSettings;
  private readonly listeners = new Set<(s: PaneSettings) => void>();

  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem"> | null) {
    let text: string | null = null;
    try {
      text = storage?.getItem(KEY) ?? null;
    } catch {
      // Storage can be refused (privacy settings, file://): the defaults serve.
    }
    this.settings = parseSettings(text);
  }

  get(): PaneSettings {
    return { ...this.settings, mark: [...this.settings.mark] };
  }

  set(settings: PaneSettings): void {
    this.settings = parseSettings(JSON.stringify(settings));
    try {
      this.storage?.setItem(KEY, JSON.stringify(this.settings));
    } catch {
      // Not kept across visits, still used in this one.
    }
    for (const l of this.listeners) l(this.get());
  }

  subscribe(listener: (s: PaneSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
