/** Quoted literals, escaped characters and [colour]/[$-locale] sections of a number format say nothing about its kind. */
const FORMAT_NOISE_RE = /"[^"]*"|\\.|\[[^\]]*\]/gu;

/** Where a noise section may start. */
const NOISE_RE = /["\\[]/u;

function formatCore(format: string | null | undefined): string {
  return typeof format === "string" ? format.replace(FORMAT_NOISE_RE, "") : "";
}

/** "0%", "0.00%": the cell shows its value × 100 with a % sign. */
export function isPercentFormat(format: string | null | undefined): boolean {
  // Stripping only removes characters, and most formats have no "%" or nothing to strip ("0%"): ask the regex last.
  if (typeof format !== "string" || !format.includes("%")) return false;
  return !NOISE_RE.test(format) || formatCore(format).includes("%");
}

/** "yyyy-mm-dd", "m/d/yy", "yyyy\"年\"m\"月\"d\"日\"": the cell is an Excel day serial. Times alone (h:mm) are not dates. */
export function isDateFormat(format: string | null | undefined): boolean {
  const core = formatCore(format);
  return core !== "" && !core.includes("%") && /[yd]/iu.test(core) && core.toLowerCase() !== "general";
}
