import type { PaneSettings } from "../../app/host";
import { settingsFrom } from "../common/settings";

const KEY = "selfeval.workbench.settings";

/** Settings read back from storage, each field checked: anything unknown or damaged falls back to its default. */
export function parseSettings(text: string | null): PaneSettings {
  try {
    return settingsFrom(text ? JSON.parse(text) : null);
  } catch {
    return settingsFrom(null);
  }
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
