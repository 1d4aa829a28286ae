import { readFileSync } from "fs";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { splitSeedForms } from "../../src/sample/seedForms";
import { seedRows } from "../../src/sample/seedText";
import { seedText } from "../../src/hosts/excel/testing/seedWorkbook";

export { blankScores, seedWorkbook } from "../../src/hosts/excel/testing/seedWorkbook";

export const SEED_TEXT = seedText();
/** The bundled sample workbook as base64: what 插入示例 hands Excel.createWorkbook. */
export const SAMPLE_WORKBOOK = readFileSync(bundledSamplePath()).toString("base64");

/** The seed's rows cut into its six forms. */
export const seedForms = (): string[][][] => splitSeedForms(seedRows(SEED_TEXT));
