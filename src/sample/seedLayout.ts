import type { CellRange, CellValue, SheetGrid } from "../engine/grid/types";
import { compactText } from "../engine/grid/text";

export interface LayoutOptions {
  sheet: string;
  /** Turn "178.37" into a number and "78.43%" into 0.7843 formatted as a percent, as Excel does when text is pasted. */
  typed: boolean;
  /** Where the first form's top-left cell goes (0-based). */
  originRow?: number;
  originCol?: number;
}

const WIDTH = 9;

type RowKind =
  "title" | "year" | "head" | "fundHeader" | "fund" | "goalsHeader" | "goals" | "indHeader" | "spacer" | "indicator" | "total" | "blank";

function kindOf(cells: string[], previous: RowKind | null): RowKind {
  const first = compactText(cells[0] ?? "");
  const texts = cells.map((c) => compactText(c));
  if (texts.every((t) => t === "")) return previous === "indHeader" ? "spacer" : "blank";
  if (first.includes("自评表")) return "title";
  if (/^\(?（?\d{4}年度\)?）?$/.test(first)) return "year";
  if (first === "项目名称" || first === "主管部门") return "head";
  if (first.startsWith("项目") && first.includes("资金")) return "fundHeader";
  if (first === "年度总体目标") return "goalsHeader";
  if (first === "总分") return "total";
  if (texts.includes("一级指标")) return "indHeader";
  if (previous === "fundHeader" || previous === "fund") return "fund";
  if (previous === "goalsHeader") return "goals";
  return "indicator";
}

/** Lays the seed's rows out on one sheet as an office would have them in Excel: 9 columns, labels merged, forms stacked. */
export function layoutSeedForms(rows: string[][], options: LayoutOptions): SheetGrid {
  const top = options.originRow ?? 0;
  const left = options.originCol ?? 0;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const put = (r: number, c: number, text: string) => {
    while (values.length <= r) {
      values.push(new Array<CellValue>(WIDTH).fill(null));
      formats.push(new Array<string | null>(WIDTH).fill(null));
    }
    const [value, format] = options.typed ? typedValue(text) : [text === "" ? null : text, null];
    values[r][c] = value;
    formats[r][c] = format;
  };
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r2 > r1 || c2 > c1) merges.push({ top: top + r1, left: left + c1, bottom: top + r2, right: left + c2 });
  };
  /** Places cells at the given start columns, each spanning to the next start. */
  const spread = (r: number, cells: string[], starts: number[]) => {
    starts.forEach((c, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] - 1 : WIDTH - 1;
      put(r, c, cells[i] ?? "");
      merge(r, c, r, end);
    });
  };

  let previous: RowKind | null = null;
  let r = 0;
  let fundStart = -1;
  let goalsStart = -1;
  let indicatorStart = -1;
  let level1Start = -1;
  const closeLevel1 = (end: number) => {
    if (level1Start >= 0) merge(level1Start, 1, end, 1);
    level1Start = -1;
  };
  const closeBlocks = (end: number) => {
    if (fundStart >= 0) merge(fundStart, 0, end, 0);
    if (goalsStart >= 0) merge(goalsStart, 0, end, 0);
    if (indicatorStart >= 0) merge(indicatorStart, 0, end, 0);
    closeLevel1(end);
    fundStart = goalsStart = indicatorStart = -1;
  };

  for (const cells of rows) {
    const kind = kindOf(cells, previous);
    if (
      kind !== previous &&
      !(kind === "fund" && previous === "fundHeader") &&
      !(kind === "goals" && previous === "goalsHeader") &&
      !(kind === "indicator" && (previous === "spacer" || previous === "indicator"))
    )
      closeBlocks(r - 1);
    if (kind === "title" && r > 0) r += 2;
    switch (kind) {
      case "title":
      case "year":
        spread(r, [cells[0].trim()], [0]);
        break;
      case "head":
        if (cells.length <= 2) spread(r, cells, [0, 1]);
        else spread(r, cells, [0, 1, 4, 6]);
        break;
      case "fundHeader":
      case "fund":
        if (kind === "fundHeader") fundStart = r;
        spread(r, cells, [0, 1, 3, 4, 5, 6, 7, 8]);
        break;
      case "goalsHeader":
      case "goals":
        if (kind === "goalsHeader") goalsStart = r;
        spread(r, cells, [0, 1, 5]);
        break;
      case "indHeader":
      case "spacer":
        spread(r, cells.length ? cells : [""], [0, 1, 2, 3, 4, 5, 6, 7, 8]);
        break;
      case "indicator":
        if (indicatorStart < 0) indicatorStart = r;
        if (compactText(cells[1] ?? "") !== "") {
          closeLevel1(r - 1);
          level1Start = r;
        }
        spread(r, cells, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
        break;
      case "total":
        spread(r, cells, [0, 6, 7, 8]);
        break;
      case "blank":
        continue;
    }
    previous = kind;
    r++;
  }
  closeBlocks(r - 1);
  return { name: options.sheet, originRow: top, originCol: left, values, numberFormats: formats, merges };
}

/** What Excel makes of text typed or pasted into a cell. */
function typedValue(text: string): [CellValue, string | null] {
  const t = text.trim();
  if (t === "") return [null, null];
  if (/^-?\d+(\.\d+)?$/.test(t)) return [Number(t), null];
  const pct = /^(-?\d+)(?:\.(\d+))?%$/.exec(t);
  if (pct) {
    const decimals = pct[2]?.length ?? 0;
    return [Number((Number(t.slice(0, -1)) / 100).toFixed(decimals + 2)), decimals ? `0.${"0".repeat(decimals)}%` : "0%"];
  }
  return [text, null];
}
