import type { Report } from "./find/types";
import type { WorkbookGrid } from "./grid/types";
import type { Form } from "./recognise/types";

export interface CheckOptions {
  /** A profile id (PROFILE_IDS); default mof-2020. */
  profile?: string;
  lang?: "zh" | "en";
  file?: string;
}

export interface CheckResult {
  report: Report;
  forms: Form[];
}

/** Recognise every form in the workbook, parse, score and judge it. Never throws on any cell content. */
export declare function checkWorkbook(grid: WorkbookGrid, options?: CheckOptions): CheckResult;
