import { DEFAULT_PLAN_OPTIONS, MARK_COLORS, planEdits, type Severity } from "../../src/engine";
import { ownMarkSeverity } from "../../src/app/ownership/marks";
import { bgrOf } from "../../src/hosts/wps/colors";
import type { FakeRule } from "../../src/hosts/wps/testing/fakeModel";
import { semanticsCases } from "../../src/hosts/wps/testing/openSemantics";
import { seedWorkbook, type FakeWps } from "./fakeApplication";
import { openSession, SETTINGS, snapshotAll } from "./harness";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every cell our rules cover ("sheet!row,col", 0-based) with the most severe of their severities. */
function markedCells(fake: FakeWps): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const s of fake.book!.sheets)
    for (const rule of s.rules) {
      const severity = ownMarkSeverity(rule.formula);
      if (!severity) continue;
      for (const a of rule.areas)
        for (let r = a.r1; r <= a.r2; r++)
          for (let c = a.c1; c <= a.c2; c++) {
            const key = `${s.name}!${r - 1},${c - 1}`;
            const had = out.get(key);
            if (!had || RANK[severity] < RANK[had]) out.set(key, severity);
          }
    }
  return out;
}

const ownRules = (fake: FakeWps, sheet: string) => fake.rules(sheet).filter((r) => ownMarkSeverity(r.formula) !== null);

/** A user's own rules: an expression rule and a colour scale (whose Formula1 throws when asked). */
const userRules = (): FakeRule[] => [
  { type: 2, formula: "=$H1>100", areas: [{ r1: 1, c1: 8, r2: 60, c2: 8 }], color: 0x00ff00 },
  { type: 3, formula: null, areas: [{ r1: 1, c1: 7, r2: 60, c2: 7 }], color: null },
];

describe.each(semanticsCases())("marks as conditional formats (%s)", (label, semantics) => {
  it("校验 marks exactly the cells the plan marks, in their severity's colour, over the user's own fill and rules", async () => {
    const grid = seedWorkbook(6, 2);
    const { fake, host } = openSession(grid, { semantics });
    const first = grid.sheets[0].name;
    fake.user.addRule(first, userRules()[0]);
    fake.user.addRule(first, userRules()[1]);
    const report = await host.check(SETTINGS);
    const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, mark: SETTINGS.mark, notes: SETTINGS.notes, lang: "zh" });
    const wanted = new Map<string, Severity>();
    for (const e of plan.edits)
      if (e.kind === "mark" && e.severity !== "filled") wanted.set(`${e.at.sheet}!${e.at.row},${e.at.col}`, e.severity);
    expect(wanted.size).toBeGreaterThan(10);
    expect(markedCells(fake)).toEqual(wanted);
    for (const s of grid.sheets)
      for (const rule of ownRules(fake, s.name)) expect(rule.color).toBe(bgrOf(MARK_COLORS[ownMarkSeverity(rule.formula)!]));
    expect(fake.rules(first).filter((r) => ownMarkSeverity(r.formula) === null)).toEqual(userRules());
    // No cell's own fill: the marks are only rules.
    expect(fake.book!.sheets.every((s) => [...s.cells.values()].every((c) => c.color === null))).toBe(true);
  });

  const rules =
    semantics.multiArea === "all" ? "one rule per sheet and severity" : "a rule per area once WPS shows it covers only a list's first area";
  it(`adds ${rules}`, async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2), { semantics });
    await host.check(SETTINGS);
    for (const sheet of ["表1", "表2"]) {
      const rules = ownRules(fake, sheet);
      const severities = new Set(rules.map((r) => ownMarkSeverity(r.formula)));
      if (semantics.multiArea === "all") expect(rules).toHaveLength(severities.size);
      else expect(rules.every((r) => r.areas.length === 1)).toBe(true);
    }
  });

  it("清除标记 deletes every rule of ours, on hidden sheets too, and nothing of the user's", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 2), { semantics });
    fake.user.addRule("表2", userRules()[1]);
    fake.sheet("表1").update(14, 8, (c) => (c.color = 0x00b050));
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    fake.sheet("表2").visible = 0;
    const outcome = await host.clearMarks();
    expect(outcome.leftAlone).toEqual([]);
    expect(outcome.restored).toBeGreaterThan(0);
    expect(markedCells(fake).size).toBe(0);
    fake.sheet("表2").visible = -1;
    expect(snapshotAll(fake)).toEqual(before);
    expect((await host.state()).marks).toBe(0);
  });

  it("a mark removed by hand (条件格式 → 清除规则) leaves nothing for 清除标记 to trip over", async () => {
    const { fake, host } = openSession(seedWorkbook(6, 1), { semantics });
    const before = snapshotAll(fake);
    await host.check(SETTINGS);
    fake.sheet("表1").rules = [];
    await host.clearMarks();
    expect(snapshotAll(fake)).toEqual(before);
  });
});
