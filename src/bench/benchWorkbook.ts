import { writeGridsToXlsx } from "../hosts/xlsx";
import { readSeedText } from "../sample/seedFile";
import { generateFormGrids, type GeneratedWorkbook } from "./generateForms";

export const BENCH_FORMS = 1000;

/** Generates the bench workbook (Node: seed read from assets/sample) and writes it as .xlsx with exceljs. */
export async function writeBenchWorkbook(
  outPath: string,
  forms = BENCH_FORMS,
): Promise<Omit<GeneratedWorkbook, "sheets"> & { sheets: number }> {
  const generated = generateFormGrids({ seedText: readSeedText(), forms });
  await writeGridsToXlsx(
    generated.sheets.map((grid) => ({ grid })),
    outPath,
  );
  return { forms: generated.forms, indicatorRows: generated.indicatorRows, sheets: generated.sheets.length };
}

// `node lib/bench/benchWorkbook.js OUT [FORMS]`: run as a child of the bench so that writing does not count in its memory.
if (require.main === module) {
  const [out, forms] = process.argv.slice(2);
  writeBenchWorkbook(out, forms ? Number(forms) : BENCH_FORMS)
    .then((info) => process.stdout.write(`${JSON.stringify(info)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
