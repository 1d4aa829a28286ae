import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../check";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { generateFormGrids } from "../../bench/generateForms";
import { FINDINGS, FINDING_CODES } from "./registry";
import type { Severity } from "./types";

const root = join(__dirname, "../../..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const rules = readFileSync(join(root, "docs/rules.md"), "utf8");

/** A README table of finding codes (English "What it checks", Chinese "功能"): code → the severity column's text. */
function readmeTable(heading = "## What it checks"): Map<string, string> {
  const from = readme.indexOf(heading);
  const section = readme.slice(from, readme.indexOf("\n#", from + 3));
  const rows = [...section.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)];
  return new Map(rows.map((m) => [m[1], m[2].trim()]));
}

const WORDS: Record<Severity, RegExp> = { error: /\berror\b/, warning: /\bwarning\b/, info: /\binfo\b/ };
const WORDS_ZH: Record<Severity, RegExp> = { error: /错误/, warning: /警告/, info: /提示/ };

describe("the finding registry is the one list of finding codes", () => {
  it("the README's table lists exactly the registry's codes", () => {
    expect([...readmeTable().keys()].sort()).toEqual([...FINDING_CODES].sort());
  });

  it("the README's Chinese table (功能) lists the same codes, each with exactly its severities", () => {
    const zh = readmeTable("## 功能");
    expect([...zh.keys()].sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES)
      for (const s of ["error", "warning", "info"] as const)
        expect([code, s, WORDS_ZH[s].test(zh.get(code) ?? "")]).toEqual([code, s, FINDINGS[code].severities.includes(s)]);
  });

  it.each(FINDING_CODES)("%s: the README names exactly the severities the registry allows, and docs/rules.md has its section", (code) => {
    const said = readmeTable().get(code) ?? "";
    for (const s of ["error", "warning", "info"] as const)
      expect([s, WORDS[s].test(said)]).toEqual([s, FINDINGS[code].severities.includes(s)]);
    const section = FINDINGS[code].rules.replace("§", "");
    const [major, minor] = section.split(".");
    expect(rules).toMatch(new RegExp(`^## ${major}\\.`, "m"));
    if (minor) expect(rules.slice(rules.search(new RegExp(`^## ${major}\\.`, "m")))).toMatch(new RegExp(`^${minor}\\. `, "m"));
  });

  it("every finding the engine gives on the seed and the bench workbook has a severity its code allows", () => {
    const seedText = readFileSync(join(root, "assets/sample/seed-changji-2021.txt"), "utf8");
    const seed = layoutSeedForms(seedRows(seedText), { sheet: "自评表", typed: true });
    const seen = new Set<string>();
    for (const grid of [{ sheets: [seed] }, { sheets: generateFormGrids({ seedText, forms: 60 }).sheets }])
      for (const f of checkWorkbook(grid).report.issues) {
        seen.add(f.code);
        expect([f.code, FINDINGS[f.code].severities.includes(f.severity)]).toEqual([f.code, true]);
      }
    expect(seen.size).toBeGreaterThan(5);
  });
});
