/** The annotated copy's name: "表.xlsx" → "表.checked.xlsx". Never the original name, whatever that was. */
export function checkedFileName(original: string): string {
  const base = original.split(/[\\/]/).pop()!.trim();
  const stem = base.replace(/\.(xlsx|xlsm|xls|xlt|xltx|xltm|et|ett)$/i, "") || "workbook";
  // Characters no file system accepts become "_".
  const safe = stem.replace(/[\u0000-\u001f<>:"|?*]/g, "_");
  return `${safe}.checked.xlsx`;
}
