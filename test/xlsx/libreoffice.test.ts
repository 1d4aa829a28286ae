import * as fs from "fs";
import * as path from "path";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits } from "../../src/engine";
import { readWorkbook, writeAnnotatedCopy } from "../../src/hosts/xlsx";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { convertToPdf, sofficeAvailability } from "../fixtures/soffice";
import { makeTempDir } from "../fixtures/tempDir";

const soffice = sofficeAvailability();
const maybe = soffice.run ? it : it.skip;
const tmp = makeTempDir("soffice");
afterAll(tmp.cleanup);

describe("LibreOffice reads the annotated copy", () => {
  maybe(
    "converts the sample's annotated copy (marks, notes, filled values) to PDF without error",
    async () => {
      const input = bundledSamplePath();
      const { grid } = await readWorkbook(input);
      const { report } = checkWorkbook(grid, {});
      const plan = planEdits(report, { ...DEFAULT_PLAN_OPTIONS, fill: true, mark: ["error", "warning", "info"] });
      expect(plan.edits.some((e) => e.kind === "note")).toBe(true);
      const copy = path.join(tmp.dir, "sample.checked.xlsx");
      await writeAnnotatedCopy(input, [...plan.edits, { kind: "value", at: { sheet: grid.sheets[1].name, row: 30, col: 9 }, value: 0.5, numberFormat: "0.00%" }], copy);
      const pdf = convertToPdf(soffice.bin, copy, tmp.dir);
      const head = fs.readFileSync(pdf).subarray(0, 5).toString("latin1");
      expect(head).toBe("%PDF-");
      expect(fs.statSync(pdf).size).toBeGreaterThan(5000);
    },
    240_000,
  );
});
