import type { CellRange, CellValue, SheetGrid } from "../engine/grid/types";
import { compactText } from "../engine/grid/text";
import { layoutSeedForms } from "../sample/seedLayout";
import { seedRows } from "../sample/seedText";
import { projectOfSeedForm, splitSeedForms } from "../sample/seedForms";

export interface GenerateOptions {
  /** The seed's text (assets/sample/seed-changji-2021.txt): the browser passes it in, Node reads it with readSeedText(). */
  seedText: string;
  forms: number;
  formsPerSheet?: number;
  /** Extra indicator rows per form, split off seed rows (the seed averages 12 rows a form; 3 more make ≈15). */
  extraRowsPerForm?: number;
  /** PRNG seed: the same options give the same workbook. */
  seed?: number;
}

export interface GeneratedWorkbook {
  sheets: SheetGrid[];
  forms: number;
  indicatorRows: number;
}

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COL = { level1: 1, name: 3, actual: 5, weight: 6, score: 7 };

function indicatorSpan(rows: string[][]): { first: number; end: number } {
  const header = rows.findIndex((r) => r.some((c) => compactText(c) === "一级指标"));
  const total = rows.findIndex((r) => compactText(r[0] ?? "") === "总分");
  // Skip the spacer row under the header.
  return { first: header + 2, end: total < 0 ? rows.length : total };
}

const half = (text: string) => {
  const n = Number(text);
  return Number.isFinite(n) && text.trim() !== "" ? String(Math.round((n / 2) * 100) / 100) : text;
};

/** Scales the first number in a cell's text, keeping what surrounds it ("≥ 95%" → "≥ 81%"). */
function scaleNumber(text: string, factor: number): string {
  return text.replace(/\d+(\.\d+)?/, (m, frac: string | undefined) => (Number(m) * factor).toFixed(frac ? frac.length - 1 : 0));
}

/** One generated form: a seed form with its project renamed, some actuals changed and some rows split in two. */
function varyForm(
  seedForm: readonly string[][],
  index: number,
  extraRows: number,
  random: () => number,
): { rows: string[][]; indicators: number } {
  const rows = seedForm.map((r) => [...r]);
  const project = projectOfSeedForm(rows);
  const head = rows.find((r) => compactText(r[0] ?? "") === "项目名称");
  if (head) head[1] = `${project}（第${index + 1}号）`;
  const { first, end } = indicatorSpan(rows);
  for (let r = first; r < end; r++) {
    if (random() < 0.3) rows[r][COL.actual] = scaleNumber(rows[r][COL.actual] ?? "", 0.6 + random() * 0.4);
  }
  // Split rows: the copy follows its source in the same group, each with half the weight and half the score.
  let inserted = 0;
  for (let k = 0; k < extraRows && end - first > 0; k++) {
    const source = first + Math.floor(random() * (end - first + inserted));
    const copy = [...rows[source]];
    copy[0] = "";
    copy[COL.level1] = "";
    copy[COL.name] = `${copy[COL.name]}（二期）`;
    for (const target of [rows[source], copy]) {
      target[COL.weight] = half(target[COL.weight] ?? "");
      target[COL.score] = half(target[COL.score] ?? "");
    }
    rows.splice(source + 1, 0, copy);
    inserted++;
  }
  return { rows, indicators: end - first + inserted };
}

/** Lays grids out on one sheet at their own origins (they do not overlap). */
export function overlayGrids(name: string, parts: readonly SheetGrid[]): SheetGrid {
  const height = Math.max(0, ...parts.map((g) => g.originRow + g.values.length));
  const width = Math.max(0, ...parts.map((g) => g.originCol + Math.max(0, ...g.values.map((r) => r.length))));
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const merges: CellRange[] = [];
  for (const g of parts) {
    g.values.forEach((row, i) =>
      row.forEach((v, j) => {
        values[g.originRow + i][g.originCol + j] = v;
        numberFormats[g.originRow + i][g.originCol + j] = g.numberFormats?.[i]?.[j] ?? null;
      }),
    );
    merges.push(...(g.merges ?? []));
  }
  return { name, originRow: 0, originCol: 0, values, numberFormats, merges };
}

const FORM_GAP_ROWS = 3;
const FORM_GAP_COLS = 2;
const FORM_WIDTH = 9;

/**
 * A workbook of many forms built from the seed's six: several forms per sheet, stacked, and on every other sheet in two
 * columns side by side. Pure data (no exceljs, no file system), so the Excel and browser benches can reuse it.
 */
export function generateFormGrids(options: GenerateOptions): GeneratedWorkbook {
  const random = prng(options.seed ?? 2021);
  const seedForms = splitSeedForms(seedRows(options.seedText));
  const perSheet = Math.max(1, options.formsPerSheet ?? 20);
  const extra = options.extraRowsPerForm ?? 3;
  const sheets: SheetGrid[] = [];
  let indicatorRows = 0;
  for (let start = 0, s = 0; start < options.forms; start += perSheet, s++) {
    const count = Math.min(perSheet, options.forms - start);
    const columns = s % 2 === 1 ? 2 : 1;
    const parts: SheetGrid[] = [];
    // Side by side forms share their top row (as pasted next to each other); the next pair starts below the taller one.
    let top = 0;
    let bandHeight = 0;
    for (let k = 0; k < count; k++) {
      const index = start + k;
      const { rows, indicators } = varyForm(seedForms[index % seedForms.length], index, extra, random);
      indicatorRows += indicators;
      const column = k % columns;
      if (column === 0 && k > 0) {
        top += bandHeight + FORM_GAP_ROWS;
        bandHeight = 0;
      }
      const grid = layoutSeedForms(rows, { sheet: "", typed: true, originRow: top, originCol: column * (FORM_WIDTH + FORM_GAP_COLS) });
      bandHeight = Math.max(bandHeight, grid.values.length);
      parts.push(grid);
    }
    sheets.push(overlayGrids(`自评表${String(s + 1).padStart(3, "0")}`, parts));
  }
  return { sheets, forms: options.forms, indicatorRows };
}
