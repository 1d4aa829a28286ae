import type { SheetGrid } from "../engine/grid/types";
import { compactText } from "../engine/grid/text";
import { layoutSeedForms } from "./seedLayout";
import { seedRows } from "./seedText";

/** The seed's rows cut into forms: a form starts at its title row (…自评表). Rows before the first title are dropped. */
export function splitSeedForms(rows: readonly string[][]): string[][][] {
  const forms: string[][][] = [];
  for (const row of rows) {
    if (compactText(row[0] ?? "").includes("自评表")) forms.push([]);
    if (forms.length > 0) forms[forms.length - 1].push([...row]);
  }
  return forms;
}

/** The text beside 项目名称 in a form's rows ("" when there is none). */
export function projectOfSeedForm(rows: readonly string[][]): string {
  const head = rows.find((r) => compactText(r[0] ?? "") === "项目名称");
  return head ? (head[1] ?? "").trim() : "";
}

/** Empties the 得分 cell (column H) of every indicator row whose 分值 (G) and 得分 are numbers: work for 填充得分. */
export function blankScores(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  for (const r of values)
    if (r.length === 9 && typeof r[3] === "string" && typeof r[6] === "number" && typeof r[7] === "number") r[7] = null;
  return { ...grid, values };
}

export interface SeedWorkbookOptions {
  blankScores?: boolean;
  originRow?: number;
  originCol?: number;
}

/** `forms` of the seed's forms dealt round-robin onto `sheets` sheets (表1, 表2 …), stacked down each, laid out as in Excel. */
export function seedWorkbook(text: string, forms: number, sheets: number, options: SeedWorkbookOptions = {}): SheetGrid[] {
  const all = splitSeedForms(seedRows(text));
  const perSheet: string[][][] = Array.from({ length: sheets }, () => []);
  for (let i = 0; i < forms; i++) perSheet[i % sheets].push(...all[i % all.length]);
  return perSheet.map((rows, i) => {
    const grid = layoutSeedForms(rows, {
      sheet: `表${i + 1}`,
      typed: true,
      originRow: options.originRow ?? 0,
      originCol: options.originCol ?? 0,
    });
    return options.blankScores ? blankScores(grid) : grid;
  });
}
