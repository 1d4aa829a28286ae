import { DEFAULT_SETTINGS, type PaneSettings } from "../../app/host";
import { parseSettings, SettingsStore } from "./settingsStore";

class FakeStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}

describe("parseSettings", () => {
  it.each<[string, string | null, PaneSettings]>([
    ["nothing stored", null, DEFAULT_SETTINGS],
    ["not JSON", "{oops", DEFAULT_SETTINGS],
    ["an array", "[1,2]", DEFAULT_SETTINGS],
    [
      "all valid",
      JSON.stringify({ profile: "mof-2020", mark: ["error"], notes: false, lang: "en" }),
      { profile: "mof-2020", mark: ["error"], notes: false, lang: "en" },
    ],
    ["unknown profile and lang", JSON.stringify({ profile: "nope", lang: "fr" }), DEFAULT_SETTINGS],
    ["unknown severities dropped", JSON.stringify({ mark: ["error", "fatal", 3] }), { ...DEFAULT_SETTINGS, mark: ["error"] }],
    ["notes not a boolean", JSON.stringify({ notes: "yes" }), DEFAULT_SETTINGS],
  ])("%s", (_name, text, expected) => {
    expect(parseSettings(text)).toEqual(expected);
  });
});

describe("SettingsStore", () => {
  it("keeps settings across instances and tells listeners", () => {
    const storage = new FakeStorage();
    const store = new SettingsStore(storage);
    const heard: string[] = [];
    store.subscribe((s) => heard.push(s.lang));
    store.set({ ...DEFAULT_SETTINGS, lang: "en" });
    expect(heard).toEqual(["en"]);
    expect(new SettingsStore(storage).get().lang).toBe("en");
  });

  it("works when storage throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    const store = new SettingsStore(broken);
    store.set({ ...DEFAULT_SETTINGS, notes: false });
    expect(store.get().notes).toBe(false);
  });
});
