import { DEFAULT_SETTINGS } from "../../app/host";
import { settingsFrom } from "./settings";

describe("settingsFrom", () => {
  it.each([
    ["nothing stored", undefined, DEFAULT_SETTINGS],
    ["garbage", "garbage", DEFAULT_SETTINGS],
    [
      "a full set",
      { profile: "hubei", mark: ["info"], notes: false, lang: "en" },
      { profile: "hubei", mark: ["info"], notes: false, lang: "en" },
    ],
    ["an unknown profile", { profile: "mars" }, DEFAULT_SETTINGS],
    ["unknown severities", { mark: ["error", "fatal"] }, { ...DEFAULT_SETTINGS, mark: ["error"] }],
    ["no severity at all", { mark: [] }, { ...DEFAULT_SETTINGS, mark: [] }],
    ["a wrong language", { lang: "fr", notes: "yes" }, DEFAULT_SETTINGS],
    ["qualitative rows left to the reviewer", { fillQualitative: false }, { ...DEFAULT_SETTINGS, fillQualitative: false }],
    ["a damaged qualitative choice (absent: filled)", { fillQualitative: "no" }, DEFAULT_SETTINGS],
  ])("reads %s", (_, stored, expected) => expect(settingsFrom(stored)).toEqual(expected));
});

it("never hands out the default's own severity list", () => {
  const a = settingsFrom(undefined);
  a.mark.push("info");
  expect(settingsFrom(undefined).mark).toEqual(DEFAULT_SETTINGS.mark);
  expect(DEFAULT_SETTINGS.mark).toEqual(["error", "warning"]);
});
