import type ExcelJS from "exceljs";
import type { CellObject } from "./sheetjs";

// What one SheetJS cell holds, in the terms exceljs takes: its stored value, its note, its solid fill.

/** BIFF error codes as Excel shows them. */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

type Plain = string | number | boolean | ExcelJS.CellErrorValue | null;

/** A SheetJS cell's stored value as exceljs takes it; null for a blank. Formula results are the same values. */
export function plainOf(cell: CellObject): Plain {
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "n":
      return typeof cell.v === "number" && Number.isFinite(cell.v) ? cell.v : null;
    case "b":
      return Boolean(cell.v);
    case "e": {
      const text = typeof cell.v === "number" ? ERROR_TEXT[cell.v] : undefined;
      return {
        error: (text ?? (typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#VALUE!")) as ExcelJS.CellErrorValue["error"],
      };
    }
    default:
      return null;
  }
}

/** A note's text as the file holds it; SheetJS leaves the text box's formatting runs after a NUL. */
export function noteOf(cell: CellObject): string | null {
  if (!Array.isArray(cell.c) || cell.c.length === 0) return null;
  const text = cell.c
    .map((c) => (typeof c?.t === "string" ? c.t.split("\u0000")[0] : ""))
    .join("\n")
    .trim();
  return text === "" ? null : text;
}

export function solidFillOf(cell: CellObject): string | null {
  const s = cell.s as { patternType?: string; fgColor?: { rgb?: string } } | undefined;
  const rgb = s?.patternType === "solid" ? s.fgColor?.rgb : undefined;
  return typeof rgb === "string" && /^[0-9a-f]{6}$/i.test(rgb) ? `FF${rgb.toUpperCase()}` : null;
}
