/** Size sanity, not timing: big sheets finish and give the right answer (timings are the bench's job). */
import { recogniseSheet } from "../../src/engine/recognise";
import type { CellValue } from "../../src/engine/grid/types";
import { SheetCanvas, formSpec, placeForm } from "../../src/engine/recognise/testing/formBuilder";

describe("big sheets", () => {
  it("a 100,000-row × 10-column sheet without a form gives []", () => {
    const values: CellValue[][] = [];
    for (let r = 0; r < 100_000; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < 10; c++) row.push(c % 3 === 0 ? `第${r}行 分值 得分 说明` : c % 3 === 1 ? r * c : null);
      values.push(row);
    }
    expect(recogniseSheet({ name: "big", originRow: 0, originCol: 0, values })).toEqual([]);
  });

  it("a sheet of 1,000 stacked forms gives 1,000 forms in order", () => {
    const canvas = new SheetCanvas();
    let row = 0;
    for (let i = 0; i < 1000; i++) row = placeForm(canvas, formSpec({ project: `项目${i}` }), row, 0).bottom + 3;
    const forms = recogniseSheet(canvas.toGrid("many"));
    expect(forms).toHaveLength(1000);
    expect(forms.map((f) => f.project)).toEqual(Array.from({ length: 1000 }, (_, i) => `项目${i}`));
    expect(forms.every((f) => f.indicators.length === 6 && f.fund?.total && f.total?.score?.value === "90分")).toBe(true);
  });

  it("a sheet of 1,000 forms in 8 staggered columns gives each its own project and rows", () => {
    const canvas = new SheetCanvas();
    const expected = new Map<string, number[]>();
    for (let column = 0; column < 8; column++) {
      let row = column * 7;
      for (let i = column; i < 1000; i += 8) {
        const placed = placeForm(canvas, formSpec({ project: `项目${i}` }), row, column * 11);
        expected.set(`项目${i}`, placed.indicatorRows);
        row = placed.bottom + 2;
      }
    }
    const forms = recogniseSheet(canvas.toGrid("grid"));
    expect(forms).toHaveLength(1000);
    expect(new Map(forms.map((f) => [f.project, f.indicators.map((r) => r.row)]))).toEqual(expected);
    expect(forms.every((f) => f.fund?.total && f.range.right - f.range.left === 8)).toBe(true);
  });

  it("one form of 100,000 indicator rows", () => {
    const canvas = new SheetCanvas();
    const indicators = Array.from({ length: 100_000 }, (_, i) => ({
      level1: "产出指标",
      level2: "数量指标",
      name: `指标${i}`,
      target: "=5套",
      actual: "5套",
      weight: 1,
      score: 1,
    }));
    placeForm(canvas, formSpec({ indicators }), 0, 0);
    const [form] = recogniseSheet(canvas.toGrid("long"));
    expect(form.indicators).toHaveLength(100_000);
  });
});
