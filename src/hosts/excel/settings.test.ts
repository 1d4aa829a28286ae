import { DEFAULT_SETTINGS, type PaneSettings } from "../../app/host";
import type { KeyValueStorage, SettingsStore } from "./api";
import { loadSettings, saveSettings, SETTINGS_KEY } from "./settings";

const MINE: PaneSettings = { profile: "sichuan", mark: ["warning"], notes: true, lang: "en" };

function envWith(storage: Map<string, string> | null, documentSettings: Record<string, unknown> = {}) {
  let saves = 0;
  const settings: SettingsStore = {
    get: (k) => documentSettings[k],
    set: (k, v) => void (documentSettings[k] = v),
    save: async () => void saves++,
  };
  const store: KeyValueStorage | null = storage && { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) };
  return { env: { settings, storage: store }, saves: () => saves, documentSettings };
}

describe("preferences", () => {
  it("live in localStorage, and saving them never saves the document", async () => {
    const storage = new Map<string, string>();
    const { env, saves } = envWith(storage);
    expect(await saveSettings(env, MINE)).toBe(true);
    expect(loadSettings(env)).toEqual(MINE);
    expect(JSON.parse(storage.get(SETTINGS_KEY)!)).toEqual(MINE);
    expect(saves()).toBe(0);
  });

  it.each([
    ["localStorage", new Map<string, string>()],
    ["the document, without localStorage", null],
  ])("in %s are written only when they change", async (_, storage) => {
    const { env, saves } = envWith(storage);
    expect(await saveSettings(env, MINE)).toBe(true);
    expect(await saveSettings(env, { ...MINE })).toBe(false);
    expect(await saveSettings(env, { ...MINE, lang: "zh" })).toBe(true);
    expect(saves()).toBe(storage ? 0 : 2);
  });

  it.each([
    ["nothing stored", {}, DEFAULT_SETTINGS],
    ["what an earlier version kept in the document", { [SETTINGS_KEY]: MINE }, MINE],
  ])("start from %s", (_, documentSettings, expected) => expect(loadSettings(envWith(new Map(), documentSettings).env)).toEqual(expected));

  it("prefer localStorage over the document's old copy, and survive damaged text", () => {
    const storage = new Map([[SETTINGS_KEY, JSON.stringify(MINE)]]);
    expect(loadSettings(envWith(storage, { [SETTINGS_KEY]: DEFAULT_SETTINGS }).env)).toEqual(MINE);
    storage.set(SETTINGS_KEY, "{not json");
    expect(loadSettings(envWith(storage).env)).toEqual(DEFAULT_SETTINGS);
  });
});
