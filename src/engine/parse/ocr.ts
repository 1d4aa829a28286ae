export interface OcrRepair {
  text: string;
}

const DOLLAR_PERCENT_RE = /^([\d.]+)\$$/u;
const STRAY_MARK_RE = /^[\^`'"*~·]+(?=[\d≥≤<>=])/u;
const DIGIT_EQUALS_RE = /^\d=(\d+(?:\.\d+)?%)$/u;
const TWO_FOR_GE_RE = /^2([1-9]\d(?:\.\d+)?|100(?:\.0+)?)%$/u;

/**
 * Charitable readings of OCR junk seen in scanned forms, applied to compact folded text before it is read as a
 * quantity. Each returns the repaired text and whether a comparator ≥ was recovered; null when nothing applies.
 *  - "290$" → "290%": $ is a misread %.
 *  - "^80%", "`95%" → "80%", "95%": a stray mark before the value.
 *  - "5=50%" → "≥50%": ≥ read as a digit and =.
 *  - "290%" → "≥90%": ≥ read as 2, when the rest is a plausible percent (10–100); "200%" and "250人" stay as written.
 */
export function repairOcr(s: string): OcrRepair | null {
  let text = s;
  let repaired = false;
  const dollar = DOLLAR_PERCENT_RE.exec(text);
  if (dollar) {
    text = `${dollar[1]}%`;
    repaired = true;
  }
  const stray = STRAY_MARK_RE.exec(text);
  if (stray) {
    text = text.slice(stray[0].length);
    repaired = true;
  }
  const digitEquals = DIGIT_EQUALS_RE.exec(text);
  if (digitEquals) return { text: `≥${digitEquals[1]}` };
  const twoForGe = TWO_FOR_GE_RE.exec(text);
  if (twoForGe) return { text: `≥${twoForGe[1]}%` };
  return repaired ? { text } : null;
}
