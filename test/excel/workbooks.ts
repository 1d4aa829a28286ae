import { splitSeedForms } from "../../src/sample/seedForms";
import { seedRows } from "../../src/sample/seedText";
import { seedText } from "../../src/hosts/excel/testing/seedWorkbook";

export { blankScores, seedWorkbook } from "../../src/hosts/excel/testing/seedWorkbook";

export const SEED_TEXT = seedText();

/** The seed's rows cut into its six forms. */
export const seedForms = (): string[][][] => splitSeedForms(seedRows(SEED_TEXT));
