import type { CellRange } from "../../src/engine";
import { gridsToXlsxBytes, readWorkbook } from "../../src/hosts/xlsx";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { GUIDE_SHEET_NAME, sampleSheets } from "../../src/scripts/sampleWorkbook";
import { SEED_PROJECTS } from "../fixtures/seedProjects";

describe("the bundled sample workbook", () => {
  it("holds exactly what src/scripts/buildSample.ts builds (run `npm run build:sample` after changing the builder)", async () => {
    const committed = await readWorkbook(bundledSamplePath());
    const rebuilt = await readWorkbook(await gridsToXlsxBytes(sampleSheets()));
    expect(committed).toEqual(rebuilt);
  });

  it("reads back cell for cell as the builder laid the seed out: a guide sheet, then six forms named by project", async () => {
    const { grid, notices } = await readWorkbook(bundledSamplePath());
    const specs = sampleSheets();
    expect(notices).toEqual([]);
    expect(grid.sheets.map((s) => s.name)).toEqual([GUIDE_SHEET_NAME, ...SEED_PROJECTS]);
    specs.forEach((spec, k) => {
      const read = grid.sheets[k];
      const want = spec.grid;
      // The reader trims to the used area: compare the builder's rows that hold something.
      const used = want.values.map((row) => row.slice(0, read.values[0]?.length ?? 0));
      expect(read.values).toEqual(used.slice(0, read.values.length));
      expect(
        used
          .slice(read.values.length)
          .flat()
          .every((v) => v === null),
      ).toBe(true);
      const byPlace = (a: CellRange, b: CellRange) => a.top - b.top || a.left - b.left;
      expect([...(read.merges ?? [])].sort(byPlace)).toEqual([...(want.merges ?? [])].sort(byPlace));
      const formats = (want.numberFormats ?? []).flat().filter(Boolean);
      expect(read.numberFormats!.flat().filter(Boolean)).toEqual(formats);
    });
  });

  it("has sheet names Excel accepts", () => {
    for (const { grid } of sampleSheets()) {
      expect(grid.name.length).toBeLessThanOrEqual(31);
      expect(grid.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });
});
