/**
 * Run by the workbench's build (webpack.workbench.config.js): writes to the path given what the engine reads of the
 * bundled sample .xlsx, as JSON, so that the page opens the sample with no reader (exceljs) loaded.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { readFile } from "../hosts/browser/xlsxSide";
import { SAMPLE_FILE_NAME, sampleAssetsDir } from "./sampleWorkbook";

/** What reading the sample gives, in a form that survives JSON. */
export async function sampleRead(file = path.join(sampleAssetsDir(), SAMPLE_FILE_NAME)) {
  return readFile(new Uint8Array(await fs.readFile(file)), SAMPLE_FILE_NAME);
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error("usage: sampleRead <out.json>");
  sampleRead()
    .then((read) => fs.writeFile(out, JSON.stringify(read)))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
