import type { LocalText } from "../../engine";

/** Names the checker reads as legacy workbooks: Excel 97–2003 (.xls, .xlt) and WPS 表格 (.et, .ett). */
export const LEGACY_EXTENSIONS = [".xls", ".xlt", ".et", ".ett"] as const;

export function isLegacyName(name: string): boolean {
  const lower = name.toLowerCase();
  return LEGACY_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** What the annotated .xlsx copy of an .xls/.et carries and what it leaves behind, said where the copy is made. */
export function legacyCopyNotice(input: string): LocalText {
  const named = (/\.[^./\\]+$/.exec(input)?.[0] ?? "").toLowerCase();
  const ext = isLegacyName(named) ? named : ".xls";
  return {
    zh:
      `注意：原文件是 ${ext} 格式，标注副本另存为 .xlsx（原文件不变）。` +
      "副本保留数值、公式及其结果、数字格式、合并单元格、列宽行高、字体、边框、对齐、底色和批注，" +
      "但不带原文件的文字和边框颜色、图片、图表、宏、数据有效性、条件格式和打印设置。",
    en:
      `Note: the original is an ${ext} file; the annotated copy is saved as .xlsx (the original is unchanged). ` +
      "The copy keeps values, formulas with their results, number formats, merged cells, column widths and row heights, " +
      "fonts, borders, alignment, fill colours and notes, but not the original's text and border colours, pictures, charts, " +
      "macros, data validation, conditional formats or print settings.",
  };
}
