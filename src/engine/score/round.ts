/**
 * Half-up rounding to `digits` decimals, safe for values such as 7.25 (→ 7.3) that binary floats hold just below.
 * A value too large to scale (x × 10^digits overflows) has no decimals to round and is returned as it is.
 */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = x * f;
  if (!Number.isFinite(scaled)) return x;
  return Math.round(scaled + Math.sign(x) * 1e-9) / f;
}

export const round2 = (x: number) => roundTo(x, 2);

/**
 * A computed score as the report shows it and a fill writes it: rounded to 2 decimals, then never above its 分值 nor
 * below 0 (full marks on 16.667 stay 16.667, not 16.67). Null when the result is not a finite number.
 */
export function scoreToWrite(exact: number, weight: number | null): number | null {
  if (!Number.isFinite(exact)) return null;
  let s = round2(exact);
  if (weight !== null && s > weight) s = weight;
  if (s <= 0) s = 0; // -0 too
  return Number.isFinite(s) ? s : null;
}

/**
 * A reported score above its 分值, allowing for the 分值 written with fewer decimals: full marks on 16.667 written as
 * 16.67 or 16.7 are not above it (the checker's own fill, 16.667, never is).
 */
export function exceedsWeight(reported: number, weight: number): boolean {
  if (reported <= weight + 1e-9) return false;
  return ![roundTo(weight, 2), roundTo(weight, 1)].some((w) => Math.abs(reported - w) < 1e-9);
}

/** A number as a person writes it: at most 2 decimals, no trailing zeros (3.75, 7.84, 90). */
export function fmt(x: number): string {
  // Messages repeat their figures (weights, scores) form after form, each in two languages: each is written once.
  let text = written.get(x);
  if (text === undefined) {
    text = String(roundTo(x, 2));
    if (written.size >= WRITTEN_LIMIT) written.clear();
    written.set(x, text);
  }
  return text;
}

const written = new Map<number, string>();
const WRITTEN_LIMIT = 10_000;

/** A fraction as a percent with up to 2 decimals (0.78427 → "78.43%"). */
export function fmtPercent(fraction: number): string {
  return `${roundTo(fraction * 100, 2)}%`;
}

/**
 * Whether a reported number equals the exact one under the rounding real forms use (RULES.md §4): 2 decimals,
 * 1 decimal, integers, rounding twice (7.249 → 7.25 → 7.3), or cutting to 1 decimal (7.249 → 7.2).
 */
export function sameUnderRounding(reported: number, exact: number): boolean {
  if (Math.abs(reported - exact) < 0.005 + 1e-9) return true;
  const r2 = roundTo(exact, 2);
  const candidates = [r2, roundTo(exact, 1), roundTo(exact, 0), roundTo(r2, 1), roundTo(roundTo(r2, 1), 0), Math.trunc(exact * 10) / 10];
  return candidates.some((c) => Math.abs(c - reported) < 1e-6);
}

/**
 * Whether a reported score is consistent with the computed one. Rounding never excuses full marks on a missed target:
 * 2.92 is not "3 after rounding" when the weight is 3 and the actual fell short.
 */
export function scoreConsistent(reported: number, exact: number, weight: number | null, unmet: boolean): boolean {
  if (unmet && weight !== null && reported >= weight - 1e-9 && exact < weight - 1e-9) return false;
  return sameUnderRounding(reported, exact);
}
