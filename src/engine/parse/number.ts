/** A decimal literal at the start of compact text: "+1,000.5", "-3", ".5"; thousands separators only in groups of three. */
const NUMBER_RE = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)/u;

export interface NumberRead {
  value: number;
  /** Characters consumed. */
  length: number;
}

/** Reads the number a compact text starts with. The value is finite (absurdly long digit strings give null). */
export function readNumber(s: string): NumberRead | null {
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ""));
  return Number.isFinite(value) ? { value, length: m[0].length } : null;
}
