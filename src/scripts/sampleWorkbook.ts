import * as path from "path";
import type { BlockStyle, GridSheetSpec } from "../hosts/xlsx";
import { cellText, compactText } from "../engine/grid/text";
import type { SheetGrid } from "../engine/grid/types";
import { layoutSeedForms } from "../sample/seedLayout";
import { seedRows } from "../sample/seedText";
import { readSeedText } from "../sample/seedFile";
import { projectOfSeedForm, splitSeedForms } from "../sample/seedForms";
import { worksheetName } from "./worksheetName";

export const SAMPLE_FILE_NAME = "sample-changji-2021.xlsx";
export const GUIDE_SHEET_NAME = "填报说明";

/** assets/sample, found from this file whether it runs from src/ (tests) or lib/ (built, installed). */
export function sampleAssetsDir(): string {
  return path.join(__dirname, "..", "..", "assets", "sample");
}

/** Widths of the nine form columns (label, 一级, 二级, 三级, target, actual, 分值, 得分, reason), in characters. */
const FORM_COLUMN_WIDTHS = [12, 12, 14, 30, 14, 14, 8, 10, 30];

/** A rough row height (points) that shows every wrapped line: CJK characters count double. */
function rowHeight(grid: SheetGrid, i: number, widths: number[]): number {
  let lines = 1;
  grid.values[i].forEach((v, j) => {
    const text = cellText(v);
    if (!text) return;
    const col = grid.originCol + j;
    const merge = grid.merges?.find((m) => m.top <= grid.originRow + i && grid.originRow + i <= m.bottom && m.left === col);
    const span = merge ? widths.slice(merge.left, merge.right + 1).reduce((a, b) => a + b, 0) : (widths[col] ?? 10);
    for (const part of text.split("\n")) {
      const units = [...part].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
      lines = Math.max(lines, Math.ceil(units / Math.max(span - 1, 1)) + (text.split("\n").length - 1));
    }
  });
  return Math.min(15 * lines + 3, 409);
}

function formStyles(grid: SheetGrid): BlockStyle[] {
  const last = grid.values.length - 1;
  const styles: BlockStyle[] = [
    { range: { top: 0, left: 0, bottom: 0, right: 8 }, bold: true, fontSize: 16, align: "center" },
    { range: { top: 1, left: 0, bottom: 1, right: 8 }, align: "center" },
    { range: { top: 2, left: 0, bottom: last, right: 8 }, border: true, wrap: true },
  ];
  grid.values.forEach((row, i) => {
    const texts = row.map((v) => compactText(cellText(v)));
    if (texts.includes("一级指标") || texts.includes("年初预算数") || texts.includes("预期目标")) {
      styles.push({ range: { top: i, left: 0, bottom: i, right: 8 }, bold: true, align: "center" });
    }
  });
  return styles;
}

const GUIDE_LINES = [
  "填报说明",
  "一、本表为项目支出绩效自评表，每个项目单独填报一张，项目名称须与预算批复一致。",
  "二、分值：预算执行率 10 分，产出指标 50 分，效益指标 30 分，满意度指标 10 分，合计 100 分；如有特殊情况，一级指标分值可适当调整。",
  "三、得分：定量指标完成年度指标值的得满分，未完成的按实际完成值 ÷ 年度指标值 × 分值计算得分；定性指标按达成、部分达成、未达成三档分别在分值的 100%-80%、80%-60%、60%-0 之间评分。",
  "四、执行率 = 全年执行数 ÷ 全年预算数，执行率得分 = 分值 × 执行率，最高不超过分值。",
  "五、得分低于分值的指标，须在“偏差原因分析及改进措施”中逐项说明原因，不得填写“无”。",
  "六、总分 = 执行率得分 + 各项指标得分之和，保留两位小数。",
];

/** A scoring guide in prose, as offices keep beside their forms: it mentions 分值 and 得分 but is no form. */
export function guideSheet(): GridSheetSpec {
  const grid: SheetGrid = { name: GUIDE_SHEET_NAME, originRow: 0, originCol: 0, values: GUIDE_LINES.map((line) => [line]) };
  const widths = [110];
  return {
    grid,
    columnWidths: widths,
    printFitWidth: true,
    rowHeights: GUIDE_LINES.map((_, i) => rowHeight(grid, i, widths)),
    styles: [
      { range: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true, fontSize: 14, align: "center" },
      { range: { top: 1, left: 0, bottom: GUIDE_LINES.length - 1, right: 0 }, wrap: true },
    ],
  };
}

/** The seed's forms, one per sheet named by its project, laid out and typed as pasted into Excel. */
export function formSheets(seedText: string): GridSheetSpec[] {
  const taken = new Set<string>([GUIDE_SHEET_NAME.toLowerCase()]);
  return splitSeedForms(seedRows(seedText)).map((rows) => {
    const grid = layoutSeedForms(rows, { sheet: worksheetName(projectOfSeedForm(rows), taken), typed: true });
    return {
      grid,
      columnWidths: FORM_COLUMN_WIDTHS,
      rowHeights: grid.values.map((_, i) => rowHeight(grid, i, FORM_COLUMN_WIDTHS)),
      styles: formStyles(grid),
      printFitWidth: true,
    };
  });
}

/** Every sheet of the bundled sample workbook: the guide first (as offices keep it), then the six forms. */
export function sampleSheets(seedText = readSeedText()): GridSheetSpec[] {
  return [guideSheet(), ...formSheets(seedText)];
}
