import { readFileSync } from "fs";
import { join } from "path";
import { recogniseSheet } from "../../src/engine/recognise";
import { seedRows } from "../../src/sample/seedText";
import { layoutSeedForms } from "../../src/sample/seedLayout";
import type { CellValue, SheetGrid } from "../../src/engine/grid/types";

const rows = seedRows(readFileSync(join(__dirname, "../../assets/sample/seed-changji-2021.txt"), "utf8"));
const firstTitle = rows.findIndex((r, i) => i > 0 && r[0].includes("自评表"));
const form1 = rows.slice(0, firstTitle);
const rest = rows.slice(firstTitle);
const secondTitle = rest.findIndex((r, i) => i > 0 && r[0].includes("自评表"));
const form2 = rest.slice(0, secondTitle);

/** Lays several grids on one canvas. */
function combine(parts: SheetGrid[]): SheetGrid {
  const height = Math.max(...parts.map((p) => p.originRow + p.values.length));
  const width = Math.max(...parts.map((p) => p.originCol + 9));
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const p of parts)
    p.values.forEach((r, i) => r.forEach((v, j) => {
      values[p.originRow + i][p.originCol + j] = v;
      numberFormats[p.originRow + i][p.originCol + j] = p.numberFormats?.[i]?.[j] ?? null;
    }));
  return { name: "S", originRow: 0, originCol: 0, values, numberFormats, merges: parts.flatMap((p) => p.merges ?? []) };
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
    const left = layoutSeedForms(form1, { sheet: "S", typed: true, originRow: leftTop, originCol: 0 });
    const right = layoutSeedForms(form2, { sheet: "S", typed: true, originRow: rightTop, originCol: 11 });
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
});
