import { DEFAULT_SETTINGS } from "../../ui/host";
import type { SettingsStore } from "./api";
import { loadSettings, saveSettings, settingsFrom } from "./settings";

describe("settingsFrom", () => {
  it.each([
    ["nothing stored", undefined, DEFAULT_SETTINGS],
    ["garbage", "garbage", DEFAULT_SETTINGS],
    ["a full set", { profile: "hubei", mark: ["info"], notes: false, lang: "en" }, { profile: "hubei", mark: ["info"], notes: false, lang: "en" }],
    ["an unknown profile", { profile: "mars" }, DEFAULT_SETTINGS],
    ["unknown severities", { mark: ["error", "fatal"] }, { ...DEFAULT_SETTINGS, mark: ["error"] }],
    ["no severity at all", { mark: [] }, { ...DEFAULT_SETTINGS, mark: [] }],
    ["a wrong language", { lang: "fr", notes: "yes" }, DEFAULT_SETTINGS],
  ])("reads %s", (_, stored, expected) => expect(settingsFrom(stored)).toEqual(expected));
});

it("saves and loads through the document's settings", async () => {
  const map = new Map<string, unknown>();
  let saved = 0;
  const store: SettingsStore = { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), save: async () => void saved++ };
  await saveSettings(store, { profile: "sichuan", mark: ["warning"], notes: true, lang: "en" });
  expect(saved).toBe(1);
  expect(loadSettings(store)).toEqual({ profile: "sichuan", mark: ["warning"], notes: true, lang: "en" });
});
