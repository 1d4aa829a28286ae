import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { recogniseSheet, type Form } from "../../src/engine/recognise";
import { seedRows } from "../../src/sample/seedText";
import { layoutSeedForms } from "../../src/sample/seedLayout";
import { projectOfSeedForm, splitSeedForms } from "../../src/sample/seedForms";
import { compactText } from "../../src/engine/grid/text";
import { SheetCanvas, placeForm, type FormSpec, type PlacedForm } from "../../src/engine/recognise/testing/formBuilder";
import type { CellValue, SheetGrid } from "../../src/engine/grid/types";
import { specArb } from "./formArb";
import { fcRuns } from "../fixtures/fcRuns";

const rows = seedRows(readFileSync(join(__dirname, "../../assets/sample/seed-changji-2021.txt"), "utf8"));
const seedForms = splitSeedForms(rows);
const [form1, form2] = seedForms;
/** The seed's forms are laid out 9 columns wide. */
const SEED_WIDTH = 9;

/** Lays several grids on one canvas. */
function combine(parts: SheetGrid[]): SheetGrid {
  const height = Math.max(...parts.map((p) => p.originRow + p.values.length));
  const width = Math.max(...parts.map((p) => p.originCol + SEED_WIDTH));
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const p of parts)
    p.values.forEach((r, i) =>
      r.forEach((v, j) => {
        values[p.originRow + i][p.originCol + j] = v;
        numberFormats[p.originRow + i][p.originCol + j] = p.numberFormats?.[i]?.[j] ?? null;
      }),
    );
  return { name: "S", originRow: 0, originCol: 0, values, numberFormats, merges: parts.flatMap((p) => p.merges ?? []) };
}

function seedAt(form: string[][], top: number, left: number): SheetGrid {
  return layoutSeedForms(form, { sheet: "S", typed: true, originRow: top, originCol: left });
}

/** The seed form without its 项目资金 block (the rows from 项目资金 up to 年度总体目标). */
function withoutFund(form: string[][]): string[][] {
  const from = form.findIndex((r) => /^项目.*资金/.test(compactText(r[0] ?? "")));
  const to = form.findIndex((r) => compactText(r[0] ?? "") === "年度总体目标");
  return [...form.slice(0, from), ...form.slice(to)];
}

function alone(grid: SheetGrid): Form {
  const forms = recogniseSheet(grid);
  expect(forms).toHaveLength(1);
  return forms[0];
}

/** Every form read from the shared sheet is exactly what it is when it stands alone at the same place. */
function expectEachAsAlone(parts: SheetGrid[], sheet: SheetGrid = combine(parts)): Form[] {
  const forms = recogniseSheet(sheet);
  const expected = parts.map(alone).sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  expect(forms).toEqual(expected);
  return forms;
}

describe("two forms side by side, not starting on the same row", () => {
  it.each([
    [0, 0],
    [0, 7],
    [7, 0],
    [31, 0],
    [0, 31],
    [3, 20],
  ])("left form at row %p, right form at row %p", (leftTop, rightTop) => {
    const left = seedAt(form1, leftTop, 0);
    const right = seedAt(form2, rightTop, 11);
    const forms = recogniseSheet(combine([left, right]));
    const byProject = Object.fromEntries(forms.map((f) => [f.project, f]));
    expect(forms.map((f) => f.project).sort()).toEqual(["公共机构节能项目", "回购统建房住宅经费"].sort());
    expect(byProject["回购统建房住宅经费"].indicators).toHaveLength(8);
    expect(byProject["公共机构节能项目"].indicators).toHaveLength(15);
    expect(byProject["回购统建房住宅经费"].range.right).toBeLessThan(11);
    expect(byProject["公共机构节能项目"].range.left).toBe(11);
    expect(byProject["回购统建房住宅经费"].fund?.total?.budget?.value).toBe(178.37);
    expect(byProject["公共机构节能项目"].fund?.total?.budget?.value).toBe(40);
  });

  const gaps = [0, 1, 2, 3];
  // 7 puts one form's fund header on the other's indicator header row; 1 puts a header on the row under the other's.
  const offsets: [number, number][] = [
    [0, 0],
    [0, 1],
    [1, 0],
    [0, 7],
    [7, 0],
    [2, 13],
    [13, 2],
    [0, 22],
  ];
  it.each(gaps.flatMap((gap) => offsets.map(([l, r]) => [gap, l, r] as const)))(
    "%p blank columns apart, tops at rows %p and %p: each form reads as it does alone",
    (gap, leftTop, rightTop) => {
      const forms = expectEachAsAlone([seedAt(form1, leftTop, 0), seedAt(form2, rightTop, SEED_WIDTH + gap)]);
      expect(forms.map((f) => f.project).sort()).toEqual([projectOfSeedForm(form1), projectOfSeedForm(form2)].sort());
      const [left, right] = [...forms].sort((a, b) => a.range.left - b.range.left);
      expect([left.range.left, left.range.right, right.range.left]).toEqual([0, SEED_WIDTH - 1, SEED_WIDTH + gap]);
    },
  );

  it.each<[number, number, number]>([
    [0, 7, 14],
    [14, 7, 0],
    [7, 0, 14],
    [0, 30, 2],
    [5, 5, 40],
  ])("three forms in a row, tops at rows %p, %p and %p", (...tops) => {
    const parts = tops.map((top, i) => seedAt(seedForms[i], top, i * (SEED_WIDTH + 2)));
    const forms = expectEachAsAlone(parts);
    expect(forms.map((f) => f.project).sort()).toEqual(seedForms.slice(0, 3).map(projectOfSeedForm).sort());
    for (const f of forms) expect(f.range.right - f.range.left).toBe(SEED_WIDTH - 1);
  });

  it.each<[number, number, number]>([
    [0, 0, 0],
    [0, 7, 0],
    [7, 0, 1],
    [0, 3, 3],
    [12, 0, 2],
  ])("the right form has no fund block: tops at rows %p and %p, %p columns apart", (leftTop, rightTop, gap) => {
    const forms = expectEachAsAlone([seedAt(form1, leftTop, 0), seedAt(withoutFund(form2), rightTop, SEED_WIDTH + gap)]);
    const byProject = Object.fromEntries(forms.map((f) => [f.project, f]));
    expect(byProject[projectOfSeedForm(form2)].fund).toBeNull();
    expect(byProject[projectOfSeedForm(form1)].fund?.total?.budget?.value).toBe(178.37);
  });

  it("the left form has no fund block and the right one's fund header sits on its indicator header row", () => {
    // Without its fund block form 1's indicator header is its 7th row; form 2's fund header is its 5th.
    const forms = expectEachAsAlone([seedAt(withoutFund(form1), 0, 0), seedAt(form2, 2, SEED_WIDTH)]);
    expect(forms.map((f) => f.indicatorHeaderRow).sort((a, b) => a - b)).toEqual([6, 13]);
    expect(forms.find((f) => f.range.left === 0)?.fund).toBeNull();
  });
});

interface Layout {
  specs: FormSpec[];
  /** Which column of forms each form stands in; forms in one column are stacked, columns are side by side. */
  slots: number[];
  tops: number[];
  /** A form's shift right within its column (stacked forms need not be aligned). */
  jitters: number[];
  rowGaps: number[];
  /** Blank columns before each column of forms. */
  colGaps: number[];
}

const layoutArb: fc.Arbitrary<Layout> = fc.integer({ min: 2, max: 3 }).chain((n) =>
  fc.record({
    specs: fc.array(specArb, { minLength: n, maxLength: n }),
    slots: fc.array(fc.nat(2), { minLength: n, maxLength: n }),
    tops: fc.array(fc.nat(45), { minLength: n, maxLength: n }),
    jitters: fc.array(fc.nat(2), { minLength: n, maxLength: n }),
    rowGaps: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
    colGaps: fc.array(fc.nat(3), { minLength: 3, maxLength: 3 }),
  }),
);

/**
 * Places the forms without overlap: each column of forms starts right of the one before it (plus its gap), each form
 * at its own random top, moved down below any form of its column it would overlap.
 */
function place(layout: Layout): { canvas: SheetCanvas; placed: { spec: FormSpec; at: PlacedForm }[]; alone: SheetGrid[] } {
  const canvas = new SheetCanvas();
  const placed: { spec: FormSpec; at: PlacedForm }[] = [];
  const alone: SheetGrid[] = [];
  let columnLeft = 0;
  for (const slot of [...new Set(layout.slots)].sort((a, b) => a - b)) {
    const members = layout.slots.flatMap((s, i) => (s === slot ? [i] : [])).sort((a, b) => layout.tops[a] - layout.tops[b]);
    let floor = 0;
    let right = columnLeft;
    for (const i of members) {
      const top = Math.max(layout.tops[i], floor);
      const left = columnLeft + layout.jitters[i];
      const p = placeForm(canvas, layout.specs[i], top, left);
      const own = new SheetCanvas();
      placeForm(own, layout.specs[i], top, left);
      alone.push(own.toGrid("s"));
      placed.push({ spec: layout.specs[i], at: p });
      floor = p.bottom + 1 + layout.rowGaps[i];
      right = Math.max(right, p.right);
    }
    columnLeft = right + 1 + layout.colGaps[slot];
  }
  return { canvas, placed, alone };
}

describe("two or three forms at random places on one sheet", () => {
  it("each is recognised with its own project, indicators and range, as when it stands alone", () => {
    fc.assert(
      fc.property(layoutArb, (layout) => {
        const { canvas, placed, alone } = place(layout);
        const forms = recogniseSheet(canvas.toGrid("s"));
        expect(forms).toHaveLength(placed.length);
        for (const { spec, at: p } of placed) {
          const form = forms.find((f) => f.indicatorHeaderRow === p.headerRow && f.columns.actual === p.columnOf.actual);
          expect(form).toBeDefined();
          expect(form!.project).toBe(spec.project);
          expect(form!.indicators.map((r) => r.row)).toEqual(p.indicatorRows);
          expect(form!.fund?.headerRow ?? null).toBe(p.fundHeaderRow);
          expect([form!.range.top, form!.range.left, form!.range.bottom]).toEqual([p.top, p.left, p.bottom]);
          expect(form!.range.right).toBeLessThanOrEqual(p.right);
        }
        const expected = alone.map((g) => recogniseSheet(g)[0]).sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
        expect(forms).toEqual(expected);
      }),
      fcRuns(600),
    );
  });
});
