/** The fund block (项目资金（万元）): its header row of 预算数/执行数 columns and the 年度资金总额 row with its sub-rows. */
import type { SheetView } from "../grid/sheetView";
import { cellText } from "../grid/text";
import type { FundBlock, FundRow } from "./types";
import type { Band } from "./bands";
import { budgetPreference, fundColumnRole, type FundColumnRole } from "./headers";
import { fundRowKind } from "./labels";
import { optionalSlot } from "./slot";

type FundColumns = Record<Exclude<FundColumnRole, "label">, number | null>;

/** Fund-block header columns in a row, or null when the row lacks a budget or an executed column. */
export function fundColumnsOfRow(view: SheetView, row: number, band: Band): FundColumns | null {
  const raw = view.values[row - view.top];
  if (!Array.isArray(raw)) return null;
  // Made at the first fund header cell: the rows above every indicator header are searched, and most have none.
  let columns: FundColumns | null = null;
  let budgetRank = Infinity;
  const origin = view.left;
  const to = Math.min(band.right, origin + raw.length - 1);
  for (let col = Math.max(band.left, origin); col <= to; col++) {
    const v = raw[col - origin];
    if (typeof v !== "string" || v.length > 60) continue;
    const role = fundColumnRole(v);
    if (!role || role === "label") continue;
    columns ??= { initial: null, budget: null, executed: null, weight: null, rate: null, score: null };
    if (role === "budget") {
      const rank = budgetPreference(v);
      if (rank < budgetRank) {
        budgetRank = rank;
        columns.budget = col;
      }
    } else if (columns[role] === null) columns[role] = col;
  }
  return columns !== null && columns.budget !== null && columns.executed !== null ? columns : null;
}

const MAX_FUND_ROWS = 12;

/** The fund block nearest above the indicator header, searched in rows [fromRow, toRow). */
export function findFundBlock(view: SheetView, fromRow: number, toRow: number, band: Band): FundBlock | null {
  for (let headerRow = toRow - 1; headerRow >= fromRow; headerRow--) {
    const columns = fundColumnsOfRow(view, headerRow, band);
    if (!columns) continue;
    const valueCols = [columns.initial, columns.budget, columns.executed].filter((c): c is number => c !== null);
    const labelRight = Math.min(...valueCols) - 1;
    const rows: FundRow[] = [];
    for (let row = headerRow + 1; row < toRow && row <= headerRow + MAX_FUND_ROWS; row++) {
      const fundRow = readFundRow(view, row, band.left, labelRight, columns);
      if (fundRow) rows.push(fundRow);
      else if (rows.length > 0) break;
    }
    const total = rows.find((r) => r.kind === "total") ?? null;
    return { headerRow, total, parts: rows.filter((r) => r !== total) };
  }
  return null;
}

function readFundRow(view: SheetView, row: number, left: number, labelRight: number, columns: FundColumns): FundRow | null {
  for (let col = left; col <= labelRight; col++) {
    const m = view.merge(row, col);
    if (m && m.top !== row) continue;
    const label = cellText(view.raw(row, m ? m.left : col));
    const kind = label.length <= 40 ? fundRowKind(label) : null;
    if (!kind) continue;
    return {
      row,
      label: label.trim(),
      kind,
      initial: optionalSlot(view, row, columns.initial),
      budget: optionalSlot(view, row, columns.budget),
      executed: optionalSlot(view, row, columns.executed),
      weight: optionalSlot(view, row, columns.weight),
      rate: optionalSlot(view, row, columns.rate),
      score: optionalSlot(view, row, columns.score),
    };
  }
  return null;
}
