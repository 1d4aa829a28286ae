import type { SheetGrid } from "../../../engine";
import { readSeedText } from "../../../sample/seedFile";
import { seedWorkbook as layoutSeedWorkbook, type SeedWorkbookOptions } from "../../../sample/seedForms";

export { blankScores } from "../../../sample/seedForms";
export { readSeedText as seedText } from "../../../sample/seedFile";

/** `forms` seed forms spread round-robin over `sheets` sheets, for the fake Excel in tests and the benchmark. */
export function seedWorkbook(forms: number, sheets: number, options: SeedWorkbookOptions = {}): SheetGrid[] {
  return layoutSeedWorkbook(readSeedText(), forms, sheets, options);
}
