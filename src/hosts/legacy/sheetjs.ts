/**
 * The one import of SheetJS. The minified full build is the same file for the command line and the browser worker, so both
 * read an .xls alike; it carries the codepages that Excel 95 and some WPS files need for their text.
 */
import * as XLSX from "@e965/xlsx/dist/xlsx.full.min.js";

export type { CellObject, Range, WorkBook, WorkSheet } from "@e965/xlsx";

export const sheetjs = XLSX;

/** What the reader asks of SheetJS: formulas and their text, number formats, widths, fills; values as stored (no Dates). */
export const PARSE_OPTIONS = {
  type: "array",
  dense: true,
  cellFormula: true,
  cellNF: true,
  cellStyles: true,
  cellDates: false,
  cellHTML: false,
  cellText: false,
} as const;
