import { cellKey } from "../../engine";
import type { CellAt, Form } from "../../engine";

/**
 * The cells 填充得分 may write in the forms recognised now — every indicator's 得分, the 执行率 and its 得分, the 总分 —
 * filled or not. A record read from the workbook may only take back cells among these: a forged record cannot aim
 * 撤销填充 at a budget, a weight or another sheet's data.
 */
export function scoreCells(forms: Form[]): (at: CellAt) => boolean {
  const cells = new Set<string>();
  const add = (sheet: string, slot: { row: number; col: number } | null | undefined) => {
    if (slot) cells.add(cellKey({ sheet, row: slot.row, col: slot.col }));
  };
  for (const f of forms) {
    for (const row of f.indicators) add(f.sheet, row.score);
    add(f.sheet, f.fund?.total?.rate);
    add(f.sheet, f.fund?.total?.score);
    add(f.sheet, f.total?.score);
  }
  return (at) => cells.has(cellKey(at));
}
