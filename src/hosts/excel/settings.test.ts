import type { SettingsStore } from "./api";
import { loadSettings, saveSettings } from "./settings";

it("saves and loads through the document's settings", async () => {
  const map = new Map<string, unknown>();
  let saved = 0;
  const store: SettingsStore = { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), save: async () => void saved++ };
  await saveSettings(store, { profile: "sichuan", mark: ["warning"], notes: true, lang: "en" });
  expect(saved).toBe(1);
  expect(loadSettings(store)).toEqual({ profile: "sichuan", mark: ["warning"], notes: true, lang: "en" });
});
