import { DICTIONARIES } from ".";

/** Every leaf of a dictionary as [path, value]: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const out = (value as (...a: unknown[]) => unknown)(3, 7);
    const sample = typeof out === "string" ? out : (value as (s: unknown) => string)({ tables: 6, errors: 3, warnings: 5, infos: 0 });
    return [[path, sample]];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("dictionaries", () => {
  const zh = leaves(DICTIONARIES.zh);
  const en = leaves(DICTIONARIES.en);

  it("have the same keys at every depth", () => {
    expect(zh.map(([p]) => p)).toEqual(en.map(([p]) => p));
  });

  it.each([...zh.map(([p, v]) => ["zh", p, v]), ...en.map(([p, v]) => ["en", p, v])])("%s %s is not empty", (_lang, _path, value) => {
    expect(value.trim()).not.toBe("");
  });

  it.each([
    ["zh", { tables: 6, errors: 3, warnings: 5, infos: 0 }, "校验完成：6 张表，3 个错误，5 个警告"],
    ["zh", { tables: 1, errors: 0, warnings: 0, infos: 2 }, "校验完成：1 张表，0 个错误，0 个警告，2 条提示"],
    ["en", { tables: 6, errors: 3, warnings: 5, infos: 0 }, "Check complete: 6 forms, 3 errors, 5 warnings"],
    ["en", { tables: 1, errors: 1, warnings: 1, infos: 1 }, "Check complete: 1 form, 1 error, 1 warning, 1 note"],
  ] as const)("%s announces %j", (lang, summary, expected) => {
    expect(DICTIONARIES[lang].announceChecked(summary)).toBe(expected);
  });

  it("gives the English text of every Chinese string (no zh left in en, except sheet and language names)", () => {
    const allowed = new Set(["langNames.zh", "exportSheet", "announceExported", "review.announceOpinionExported"]);
    const cjk = en.filter(([p, v]) => /[\u4e00-\u9fff]/.test(v) && !allowed.has(p));
    expect(cjk).toEqual([]);
  });
});
