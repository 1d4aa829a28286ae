/** Test helper: a parsed value as one line of text, for tables of cases. */
import type { ParsedValue } from "../types";

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A parsed value in one short line, for tables of cases and messages in tests: ">=95 %", "5 套", "<=date 2021-12-31",
 * "date 2021-01-01..2021-12-31", "90..95 %", "q:top", "text", "empty", "error #DIV/0!"; " ocr" / " ?year" mark repairs and guesses.
 */
export function describeValue(v: ParsedValue): string {
  switch (v.kind) {
    case "number":
      return `${v.comparator ?? ""}${v.value}${v.unit ? ` ${v.unit.text}` : ""}${v.ocrRepaired ? " ocr" : ""}`;
    case "range":
      return `${v.low}..${v.high}${v.unit ? ` ${v.unit.text}` : ""}`;
    case "date": {
      const span = v.start === v.end ? isoDay(v.start) : `${isoDay(v.start)}..${isoDay(v.end)}`;
      return `${v.comparator ?? ""}date ${span}${v.yearUnknown ? " ?year" : ""}`;
    }
    case "qualitative":
      return `q:${v.tier}`;
    case "text":
      return "text";
    case "error":
      return `error ${v.error}`;
    default:
      return "empty";
  }
}
