import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook, type Finding, type Report } from "../../src/engine";
import { seedRows } from "../../src/sample/seedText";
import { layoutSeedForms } from "../../src/sample/seedLayout";
import { SEED_PROJECTS } from "../fixtures/seedProjects";

const seedText = readFileSync(join(__dirname, "../../assets/sample/seed-changji-2021.txt"), "utf8");

function checkSeed(typed: boolean): Report {
  const sheet = layoutSeedForms(seedRows(seedText), { sheet: "自评表", typed });
  return checkWorkbook({ sheets: [sheet] }).report;
}

const codesOf = (report: Report, table: number) => report.issues.filter((f) => f.table === table).map((f) => f.code);
const find = (report: Report, code: string, table: number): Finding[] => report.issues.filter((f) => f.code === code && f.table === table);

describe.each([
  ["pasted into Excel (numbers and percents typed)", true],
  ["kept as text", false],
])("the seed's six forms, %s", (_label, typed) => {
  const report = checkSeed(typed);

  it("recognises all six forms with their project names", () => {
    expect(report.tables.map((t) => t.project)).toEqual(SEED_PROJECTS);
    expect(report.tables.map((t) => t.indicators.length)).toEqual([8, 15, 12, 10, 10, 17]);
  });

  it.each([0, 1, 5])("form %p reports 90 while its parts add up to 100: total-mismatch", (i) => {
    const t = report.tables[i];
    expect(t.total!.reportedScore).toBe(90);
    expect(t.total!.reportedPartsSum).toBe(100);
    expect(t.total!.computedScore).toBe(100);
    const [f] = find(report, "total-mismatch", i);
    expect(f.severity).toBe("error");
    expect(f.row).toBe(t.total!.row);
    expect(f.message).toContain("90");
    expect(f.message).toContain("100");
  });

  it("form 3 computes 3.75, 3.75 and 7.84, and its total 91.44 is consistent", () => {
    const t = report.tables[2];
    const byName = (n: string) => t.indicators.find((r) => r.name === n)!;
    expect(byName("进行维修收回及督导用车数量").computedScore).toBe(3.75);
    expect(byName("购买收回及督导用车保险数量").computedScore).toBe(3.75);
    expect(t.fund!.computedScore).toBe(7.84);
    expect(t.fund!.reportedScore).toBe(7.84);
    expect(t.total!.reportedScore).toBe(91.44);
    expect(t.total!.reportedPartsSum).toBe(91.44);
    expect(codesOf(report, 2)).not.toContain("total-mismatch");
    expect(codesOf(report, 2)).not.toContain("execution-mismatch");
  });

  it("form 3 deducted on ≤ cost targets that came in under budget: warnings, not errors", () => {
    const mismatches = find(report, "score-mismatch", 2);
    expect(mismatches.map((f) => [f.severity, report.tables[2].indicators.find((r) => r.row === f.row)!.name])).toEqual([
      ["warning", "收回车辆和督导组车的保险费"],
      ["warning", "收回车辆和抽督导组车的维修费"],
    ]);
  });

  it("flags ≥12辆 against 9次 as unit-mismatch", () => {
    const [f] = find(report, "unit-mismatch", 2);
    expect(f.message).toContain("辆");
    expect(f.message).toContain("次");
    expect(report.tables[2].indicators.find((r) => r.row === f.row)!.target).toBe(">=12辆");
  });

  it("flags cost indicators written with ≥ on forms 2 and 4, and nowhere else", () => {
    expect(find(report, "cost-direction", 1)).toHaveLength(5);
    expect(find(report, "cost-direction", 3)).toHaveLength(1);
    expect(report.issues.filter((f) => f.code === "cost-direction").every((f) => f.table === 1 || f.table === 3)).toBe(true);
  });

  it("finds no missing-reason anywhere", () => {
    expect(report.issues.filter((f) => f.code === "missing-reason")).toEqual([]);
  });

  it("gives every finding a cell inside its form and a message in both languages", () => {
    for (const f of report.issues) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.messages.zh).not.toBe("");
      expect(f.messages.en).not.toBe("");
    }
  });
});

it("the typed and the text layouts give the same findings", () => {
  const key = (r: Report) => r.issues.map((f) => `${f.code}@${f.cell}`).sort();
  expect(key(checkSeed(true))).toEqual(key(checkSeed(false)));
});
