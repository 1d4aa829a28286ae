import { a1, type Edit } from "../../engine";
import { excelInput } from "../common/cellInput";
import type { EtWorksheet } from "./etTypes";

export type ValueEdit = Extract<Edit, { kind: "value" }>;

/** Plain value edits (no formula, no format) → vertical runs of adjacent cells, each written with one `Value2`. */
export function verticalRuns(edits: ValueEdit[]): ValueEdit[][] {
  const byCell = new Map(edits.map((e) => [`${e.at.row},${e.at.col}`, e])); // the last edit of a cell wins
  const sorted = [...byCell.values()].sort((a, b) => a.at.col - b.at.col || a.at.row - b.at.row);
  const runs: ValueEdit[][] = [];
  for (const e of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.at.col === e.at.col && last.at.row + 1 === e.at.row) run.push(e);
    else runs.push([e]);
  }
  return runs;
}

/**
 * Writes one sheet's values: a cell with a formula or a format on its own (the format after the value, so that undoing
 * the last write leaves a value the record still recognises), adjacent plain values in one `Value2` per run.
 */
export function writeValues(ws: EtWorksheet, edits: ValueEdit[]): void {
  const plain = edits.filter((e) => !e.formula && e.numberFormat === undefined);
  const plainSet = new Set(plain);
  for (const e of edits) {
    if (plainSet.has(e)) continue;
    const cell = ws.Range(a1(e.at.row, e.at.col));
    if (e.formula) cell.Formula = e.formula;
    else cell.Value2 = excelInput(e.value);
    if (e.numberFormat !== undefined) cell.NumberFormat = e.numberFormat;
  }
  for (const run of verticalRuns(plain)) {
    const first = run[0].at;
    const address =
      run.length === 1 ? a1(first.row, first.col) : `${a1(first.row, first.col)}:${a1(first.row + run.length - 1, first.col)}`;
    ws.Range(address).Value2 = run.length === 1 ? excelInput(run[0].value) : run.map((e) => [excelInput(e.value)]);
  }
}
