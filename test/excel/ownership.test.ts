import fc from "fast-check";
import { checkWorkbook, planEdits, DEFAULT_PLAN_OPTIONS, type SheetGrid, type Severity } from "../../src/engine";
import { layoutSeedForms } from "../../src/sample/seedLayout";
import { setCell } from "../../src/hosts/excel/testing/fakeExcel";
import { API_VERSIONS, excelWith } from "./harness";
import { blankScores, seedForms } from "./workbooks";
import { fcRuns } from "../fixtures/fcRuns";

const FORMS = seedForms();

/** A random workbook: sheets with 0–2 seed forms at random places, stray cells beside them, random fills. */
const workbookArb = fc
  .array(
    fc.record({
      forms: fc.array(fc.nat({ max: FORMS.length - 1 }), { maxLength: 2 }),
      originRow: fc.nat({ max: 12 }),
      originCol: fc.nat({ max: 4 }),
      blank: fc.boolean(),
      stray: fc.array(fc.tuple(fc.nat({ max: 60 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -99, max: 999 }))), {
        maxLength: 6,
      }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((sheets) =>
    sheets.map((s, i): SheetGrid => {
      const name = `第${i + 1}页`;
      const rows = s.forms.flatMap((f) => FORMS[f]);
      const grid = rows.length
        ? layoutSeedForms(rows, { sheet: name, typed: true, originRow: s.originRow, originCol: s.originCol })
        : { name, originRow: 0, originCol: 0, values: [] };
      const laid = s.blank ? blankScores(grid) : grid;
      // Stray cells in a column of their own, right of any form (forms are 9 columns wide).
      const width = Math.max(s.originCol + 9, 1);
      const values = Array.from({ length: Math.max(laid.values.length, ...s.stray.map(([r]) => r + 1 - laid.originRow), 0) }, (_, r) => {
        const row = [...(laid.values[r] ?? [])];
        while (row.length < width + 2 - laid.originCol) row.push(null);
        return row;
      });
      for (const [r, v] of s.stray) if (r >= laid.originRow) values[r - laid.originRow][width + 1 - laid.originCol] = v;
      return { ...laid, values, numberFormats: laid.numberFormats?.map((r) => [...r, ...new Array(width + 2).fill(null)]) };
    }),
  );

const settingsArb = fc.record({
  mark: fc.subarray<Severity>(["error", "warning", "info"]),
  notes: fc.boolean(),
  overwrite: fc.boolean(),
  api: fc.constantFrom(...API_VERSIONS),
  fills: fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 15 }), fc.constantFrom("#00B050", "#FFFF00", "#C00000")), { maxLength: 20 }),
});

const key = (sheet: string, row: number, col: number) => `${sheet}|${row}|${col}`;

describe("ownership", () => {
  it("writes only the cells its plans own, and 清除标记 + 撤销填充 give the workbook back unchanged", async () => {
    let runsThatWrote = 0;
    // Enough runs, even locally, that "one run in four writes" is no matter of luck.
    const runs = fcRuns(40, 20);
    await fc.assert(
      fc.asyncProperty(workbookArb, settingsArb, async (grids, s) => {
        const { fake, host } = excelWith(grids, s.api);
        for (const [row, col, color] of s.fills) setCell(fake.book.sheets[row % fake.book.sheets.length], row, col, { fill: color });
        const original = fake.snapshot();
        const settings = { profile: "mof-2020" as const, mark: s.mark, notes: s.notes, lang: "zh" as const };

        await host.check(settings);
        await host.fill(settings, s.overwrite);

        const { report } = checkWorkbook({ sheets: grids });
        const marks = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, mark: s.mark, notes: s.notes });
        const fills = planEdits(report, {
          ...DEFAULT_PLAN_OPTIONS,
          fill: true,
          overwrite: s.overwrite,
          overwriteFormulas: s.overwrite,
          mark: [],
          notes: false,
        });
        const owned = new Set([...marks.edits, ...fills.edits].map((e) => key(e.at.sheet, e.at.row, e.at.col)));
        for (const w of fake.written) expect(owned).toContain(key(w.sheet, w.row, w.col));
        if (fake.written.length > 0) runsThatWrote++;

        const untouched = (snap: ReturnType<typeof fake.snapshot>) =>
          snap.sheets.map((sh) => sh.cells.filter(([k]) => !owned.has(key(sh.name, ...(k.split(",").map(Number) as [number, number])))));
        expect(untouched(fake.snapshot())).toEqual(untouched(original));

        await host.clearMarks();
        await host.undoFill();
        expect(fake.snapshot()).toEqual(original);
      }),
      runs,
    );
    expect(runsThatWrote).toBeGreaterThan(runs.numRuns / 4);
  }, 120_000);
});
