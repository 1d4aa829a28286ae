import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import type { SheetGrid, WorkbookGrid } from "../../engine";
import { layoutSeedForms } from "../../sample/seedLayout";
import { seedRows } from "../../sample/seedText";
import { DEFAULT_SETTINGS, HostError, type PaneSettings } from "../../app/host";
import { MemorySpreadsheet } from "../../hosts/common/memorySpreadsheet";
import { createSessionHost, SAMPLE_SHEET, sampleFromSeed } from "./sessionHost";
import { fcRuns } from "../../../test/fixtures/fcRuns";

const seedText = readFileSync(join(__dirname, "../../../assets/sample/seed-changji-2021.txt"), "utf8");
const seedSheet = (): SheetGrid => layoutSeedForms(seedRows(seedText), { sheet: "自评表", typed: true });
const settings: PaneSettings = { ...DEFAULT_SETTINGS, mark: ["error", "warning", "info"] };

/** Everything a user could see in a cell: value, formula, format, fill, note. */
function snapshot(memory: MemorySpreadsheet): string[] {
  const out: string[] = [];
  for (const s of memory.workbook.sheets)
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const at = { sheet: s.name, row: s.originRow + i, col: s.originCol + j };
        const f = s.formulas?.[i]?.[j] ?? null;
        const nf = s.numberFormats?.[i]?.[j] ?? null;
        const fill = memory.colorAt(at);
        const note = memory.noteAt(at);
        if (v !== null || f || nf || fill || note) out.push(JSON.stringify([at, v, f, nf, fill, note]));
      }),
    );
  return out.sort();
}

/** The seed with some score cells emptied, one given a formula, so that 填充得分 has work and a cell to leave alone. */
function seedWithGaps(): WorkbookGrid {
  const sheet = seedSheet();
  sheet.formulas = sheet.values.map((r) => r.map(() => null));
  sheet.values[13][7] = null; // 购置厅级干部周转住房数量's score (H14)
  sheet.values[14][7] = "";
  sheet.values[15][7] = null;
  sheet.formulas[15][7] = "=G16"; // a formula without a cached value: never overwritten
  return { sheets: [sheet] };
}

describe("createSessionHost over a MemorySpreadsheet", () => {
  it("校验 marks findings; 清除标记 restores every cell exactly", async () => {
    const memory = new MemorySpreadsheet({ sheets: [seedSheet()] });
    const host = createSessionHost(memory);
    const before = snapshot(memory);
    const report = await host.check(settings);
    expect(report.issues.length).toBeGreaterThan(0);
    expect(snapshot(memory)).not.toEqual(before);
    expect((await host.state()).marks).toBeGreaterThan(0);
    await host.clearMarks();
    expect(snapshot(memory)).toEqual(before);
    expect(await host.state()).toEqual({ marks: 0, fills: 0 });
  });

  it("a second 校验 gives the same marks, not doubled ones", async () => {
    const memory = new MemorySpreadsheet({ sheets: [seedSheet()] });
    const host = createSessionHost(memory);
    await host.check(settings);
    const once = snapshot(memory);
    await host.check(settings);
    expect(snapshot(memory)).toEqual(once);
    await host.clearMarks();
    await host.check({ ...settings, notes: false });
    await host.clearMarks();
    expect(snapshot(memory)).toEqual(snapshot(new MemorySpreadsheet({ sheets: [seedSheet()] })));
  });

  it("填充得分 fills empty scores and never a formula; 撤销填充 restores every cell exactly", async () => {
    const memory = new MemorySpreadsheet(seedWithGaps());
    const host = createSessionHost(memory);
    const before = snapshot(memory);
    const preview = await host.previewFill(settings);
    expect(preview.edits.map((e) => e.at.row)).toEqual(expect.arrayContaining([13, 14]));
    expect(preview.skipped.map((s) => s.reason)).toContain("formula");
    expect(await host.fill(settings, false)).toBe(preview.edits.length);
    const sheet = memory.workbook.sheets[0];
    expect(sheet.values[13][7]).toBe(10);
    expect(sheet.formulas![15][7]).toBe("=G16");
    await host.undoFill();
    expect(snapshot(memory)).toEqual(before);
  });

  it("marks and fills undo independently, in any order", async () => {
    const memory = new MemorySpreadsheet(seedWithGaps());
    const host = createSessionHost(memory);
    const before = snapshot(memory);
    await host.check(settings);
    await host.fill(settings, false);
    await host.check(settings);
    await host.fill(settings, false);
    await host.clearMarks();
    await host.undoFill();
    expect(snapshot(memory)).toEqual(before);
  });

  it("writes the report sheet, replacing its own earlier one, and the sample beside the user's sheets", async () => {
    const memory = new MemorySpreadsheet({ sheets: [seedSheet()] });
    const host = createSessionHost(memory, { sample: () => sampleFromSeed(seedText) });
    const report = await host.check(settings);
    await host.exportReportSheet(report, "zh");
    await host.exportReportSheet(report, "en");
    await host.insertSample();
    await host.insertSample();
    expect(memory.workbook.sheets.map((s) => s.name)).toEqual(["自评表", "校验报告", SAMPLE_SHEET, `${SAMPLE_SHEET} (2)`]);
    expect(memory.selection).toEqual({ sheet: `${SAMPLE_SHEET} (2)`, cell: "A1" });
  });

  it("says clearly when no sample is bundled", async () => {
    await expect(createSessionHost(new MemorySpreadsheet({ sheets: [] })).insertSample()).rejects.toBeInstanceOf(HostError);
  });

  it("keeps the settings", async () => {
    const host = createSessionHost(new MemorySpreadsheet({ sheets: [] }));
    expect(await host.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await host.saveSettings({ ...DEFAULT_SETTINGS, lang: "en" });
    expect((await host.loadSettings()).lang).toBe("en");
  });

  it("never writes outside the cells it owns, and undoes to the exact workbook, whatever scores are blanked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 12 }), fc.boolean(), async (blanks, overwrite) => {
        const sheet = seedSheet();
        const scoreCells = sheet.values.flatMap((r, i) => (typeof r[7] === "number" ? [i] : []));
        for (const b of blanks) sheet.values[scoreCells[b % scoreCells.length]][7] = null;
        const memory = new MemorySpreadsheet({ sheets: [sheet] });
        const host = createSessionHost(memory);
        const before = snapshot(memory);
        const plan = await host.previewFill(settings);
        const owned = new Set(
          plan.edits
            .concat(overwrite ? plan.skipped.map((s) => ({ kind: "value" as const, at: s.at, value: s.value })) : [])
            .map((e) => `${e.at.row},${e.at.col}`),
        );
        await host.fill(settings, overwrite);
        const changed = snapshot(memory)
          .filter((c) => !before.includes(c))
          .map((c) => JSON.parse(c)[0] as { row: number; col: number });
        for (const at of changed) expect(owned.has(`${at.row},${at.col}`)).toBe(true);
        await host.undoFill();
        expect(snapshot(memory)).toEqual(before);
      }),
      fcRuns(60),
    );
  });
});
