import type { WorkbookGrid } from "../../../engine";
import { readSeedText } from "../../../sample/seedFile";
import { seedWorkbook as layoutSeedWorkbook } from "../../../sample/seedForms";

export { readSeedText as seedText } from "../../../sample/seedFile";

/** `forms` seed forms dealt round-robin onto `sheets` sheets, for the fake Application in tests and the benchmark. */
export function seedWorkbook(forms: number, sheets: number, options: { blankScores?: boolean } = {}): WorkbookGrid {
  return { sheets: layoutSeedWorkbook(readSeedText(), forms, sheets, options) };
}
