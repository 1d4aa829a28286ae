/** `npm run build:sample`: rebuilds assets/sample/sample-changji-2021.xlsx from the seed. */
import * as path from "path";
import { writeGridsToXlsx } from "../hosts/xlsx";
import { SAMPLE_FILE_NAME, sampleAssetsDir, sampleSheets } from "./sampleWorkbook";

async function buildSample(): Promise<void> {
  const out = path.join(sampleAssetsDir(), SAMPLE_FILE_NAME);
  const sheets = sampleSheets();
  await writeGridsToXlsx(sheets, out);
  process.stdout.write(`${out}: ${sheets.length} sheets (${sheets.map((s) => s.grid.name).join(", ")})\n`);
}

buildSample().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
