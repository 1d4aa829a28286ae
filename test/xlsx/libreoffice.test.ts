import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook, DEFAULT_PLAN_OPTIONS, planEdits, type Severity } from "../../src/engine";
import { ownMarkSeverity } from "../../src/app/ownership/marks";
import { noteText, readWorkbook, writeAnnotatedCopy } from "../../src/hosts/xlsx";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { convertToPdf, convertWithSoffice, sofficeAvailability } from "../fixtures/soffice";
import { makeTempDir } from "../fixtures/tempDir";
import { RICH, richWorkbookBytes } from "./richWorkbook";

const soffice = sofficeAvailability();
const maybe = soffice.run ? it : it.skip;
const tmp = makeTempDir("soffice");
afterAll(tmp.cleanup);

type Rules = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

/** Our mark rules of every sheet after a reload: "sheet severity sqref fill". */
function ourRules(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.flatMap((ws) =>
    ((ws as unknown as Rules).conditionalFormattings ?? []).flatMap((cf) =>
      cf.rules.flatMap((r) => {
        const severity: Severity | null = r.type === "expression" ? ownMarkSeverity(String(r.formulae?.[0] ?? "")) : null;
        const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
        return severity ? [`${ws.name} ${severity} ${cf.ref} ${fill?.bgColor?.argb ?? "?"}`] : [];
      }),
    ),
  );
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

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
      await writeAnnotatedCopy(
        input,
        [...plan.edits, { kind: "value", at: { sheet: grid.sheets[1].name, row: 30, col: 9 }, value: 0.5, numberFormat: "0.00%" }],
        copy,
      );
      const pdf = convertToPdf(soffice.bin, copy, tmp.dir);
      const head = fs.readFileSync(pdf).subarray(0, 5).toString("latin1");
      expect(head).toBe("%PDF-");
      expect(fs.statSync(pdf).size).toBeGreaterThan(5000);
    },
    240_000,
  );

  maybe(
    "keeps our mark rules (tag, cells, colour) and the user's note above ours when it saves the copy again",
    async () => {
      const input = path.join(tmp.dir, "rich.xlsx");
      fs.writeFileSync(input, await richWorkbookBytes(fs.readFileSync(bundledSamplePath())));
      const { grid } = await readWorkbook(input);
      const plan = planEdits(checkWorkbook(grid, {}).report, DEFAULT_PLAN_OPTIONS);
      const copy = path.join(tmp.dir, "rich.checked.xlsx");
      await writeAnnotatedCopy(input, plan.edits, copy);
      const before = await load(copy);
      expect(ourRules(before).length).toBeGreaterThanOrEqual(2);

      const saved = convertWithSoffice(soffice.bin, copy, path.join(tmp.dir, "lo"), "xlsx");
      const after = await load(saved);
      expect(ourRules(after)).toEqual(ourRules(before));
      const note = noteText(after.getWorksheet(RICH.sheet)!.getCell(RICH.userNoted).note) ?? "";
      expect(note.startsWith(RICH.userNote)).toBe(true);
      expect(note).toContain(noteText(before.getWorksheet(RICH.sheet)!.getCell(RICH.userNoted).note)!.slice(RICH.userNote.length).trim());
    },
    240_000,
  );
});
