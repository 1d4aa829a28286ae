import { checkWorkbook } from "../engine";
import { readSeedText } from "../sample/seedFile";
import { generateFormGrids } from "./generateForms";

describe("generateFormGrids", () => {
  const seedText = readSeedText();

  it.each([
    [13, 5, 0],
    [24, 6, 3],
  ])(
    "%i forms, %i a sheet, %i extra rows a form: the engine finds every form and every indicator row",
    (forms, formsPerSheet, extraRowsPerForm) => {
      const generated = generateFormGrids({ seedText, forms, formsPerSheet, extraRowsPerForm });
      expect(generated.sheets).toHaveLength(Math.ceil(forms / formsPerSheet));
      const { report } = checkWorkbook({ sheets: generated.sheets }, {});
      expect(report.tables).toHaveLength(forms);
      expect(new Set(report.tables.map((t) => t.project)).size).toBe(forms);
      expect(report.tables.reduce((n, t) => n + t.indicators.length, 0)).toBe(generated.indicatorRows);
    },
  );

  it("lays forms side by side on every other sheet", () => {
    const { sheets } = generateFormGrids({ seedText, forms: 4, formsPerSheet: 2 });
    expect(sheets[0].values[0].length).toBe(9);
    expect(sheets[1].values[0].length).toBe(20);
  });

  it("is deterministic for a seed and varies with it", () => {
    const a = generateFormGrids({ seedText, forms: 6, seed: 1 });
    expect(generateFormGrids({ seedText, forms: 6, seed: 1 })).toEqual(a);
    expect(generateFormGrids({ seedText, forms: 6, seed: 2 }).sheets).not.toEqual(a.sheets);
  });
});
