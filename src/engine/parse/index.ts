/** The parse stage: cell → typed value. Implementation in progress (see the helper's files beside this one). */
import type { CellValue } from "../grid/types";
import type { ParseContext, ParsedPair, ParsedValue } from "./types";
export * from "./types";

/** A target or actual cell → a typed value (RULES.md §3). Never throws. */
export declare function parseValue(cell: CellValue, ctx?: ParseContext): ParsedValue;
/** A target and its actual, parsed and brought to comparable units. Never throws. */
export declare function parsePair(target: CellValue, actual: CellValue, ctx?: { target?: ParseContext; actual?: ParseContext }): ParsedPair;
/** A score, weight or money cell → a number: 10, "10分", "7.84 分", "620.82万元" (→ 620.82 in a 万元 block), full-width digits; null for blank, "—", "-", "/", text and errors. */
export declare function parseNumberCell(cell: CellValue, ctx?: { numberFormat?: string | null; blockUnit?: "万元" | "元" }): number | null;
/** A 执行率 cell → a fraction: "78.43%" → 0.7843, 0.7843 with a % format → 0.7843, 1 → 1, "100" → 1 (a bare number above 1 is read as percent). null when blank or not a rate. */
export declare function parseRateCell(cell: CellValue, numberFormat?: string | null): number | null;
/** True for reasons that explain nothing: blank, 无, 无偏差, 0, /, -, —, 无。 (RULES.md §5). */
export declare function isPlaceholderReason(cell: CellValue): boolean;
