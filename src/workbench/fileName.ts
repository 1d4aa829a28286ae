/** The annotated copy's name: "表.xlsx" → "表.checked.xlsx". Never the original name, whatever that was. */
export function checkedFileName(original: string): string {
  // Bidi controls would make "报告\u202excod.checked.xlsx" display as something else than it is.
  const base = original
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .split(/[\\/]/)
    .pop()!
    .trim();
  const stem = base.replace(/\.(xlsx|xlsm|xls|xlt|xltx|xltm|et|ett)$/i, "") || "workbook";
  // Characters no file system accepts become "_".
  const safe = stem.replace(/[\u0000-\u001f<>:"|?*]/g, "_");
  return `${safe}.checked.xlsx`;
}
