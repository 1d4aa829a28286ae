/** Quoted literals, escaped characters and [colour]/[$-locale] sections of a number format say nothing about its kind. */
const FORMAT_NOISE_RE = /"[^"]*"|\\.|\[[^\]]*\]/gu;

function formatCore(format: string | null | undefined): string {
  return typeof format === "string" ? format.replace(FORMAT_NOISE_RE, "") : "";
}

/** "0%", "0.00%": the cell shows its value × 100 with a % sign. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return formatCore(format).includes("%");
}

/** "yyyy-mm-dd", "m/d/yy", "yyyy\"年\"m\"月\"d\"日\"": the cell is an Excel day serial. Times alone (h:mm) are not dates. */
export function isDateFormat(format: string | null | undefined): boolean {
  const core = formatCore(format);
  return core !== "" && !core.includes("%") && /[yd]/iu.test(core) && core.toLowerCase() !== "general";
}
