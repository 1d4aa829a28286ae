import type { CellValue } from "../../engine";
import { ERROR_LITERALS } from "../common/cellInput";

/** COM error codes (CVErr: 0x800A0000 + xlErr*) → the literal the cell shows. */
const CVERR: Record<number, string> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
  2045: "#SPILL!",
  2047: "#BLOCKED!",
  2048: "#UNKNOWN!",
  2049: "#FIELD!",
  2050: "#CALC!",
};
const COM_ERROR_BASE = -2146828288; // 0x800A0000 as a signed 32-bit integer

/** A cell read through `Value2` → the engine's CellValue. Error values arrive as COM error codes or as their literal. */
export function cellValueOf(raw: unknown): CellValue {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number") {
    const error = Number.isInteger(raw) ? CVERR[raw - COM_ERROR_BASE] : undefined;
    if (error) return { error };
    return Number.isFinite(raw) ? raw : null;
  }
  if (typeof raw === "string") return ERROR_LITERALS.has(raw) ? { error: raw } : raw;
  if (typeof raw === "boolean") return raw;
  if (raw instanceof Date) return String(raw);
  return String(raw);
}

/** A cell read through `Formula` → the formula text, or null for a constant (whose `Formula` is its value as text). */
export function formulaOf(formula: unknown, value2: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2) return null;
  // Text typed as '=abc reads back as "=abc" through both.
  return formula === value2 ? null : formula;
}

/** A `NumberFormat` read → the format, null for General or unknown. */
export function numberFormatOf(raw: unknown): string | null {
  return typeof raw === "string" && raw !== "" && raw !== "General" && raw !== "G/通用格式" ? raw : null;
}
