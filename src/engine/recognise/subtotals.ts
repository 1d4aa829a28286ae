/** Which indicator rows a subtotal row ("产出指标小计", "小计") adds up. */
import { compactText } from "../grid/text";
import type { IndicatorRow } from "./types";
import { level1KindOf } from "./levels";

/**
 * The rows (0-based, absolute) a subtotal should add, among the indicator rows read since the previous subtotal
 * (`since` is an index into `rows`). A named subtotal adds its group: the rows whose 二级 or 一级 is that name, else whose
 * 一级 is of that kind ("产出小计" → every 产出 row). A bare 小计 adds the 一级 group just above it.
 */
export function subtotalCovers(prefix: string, rows: readonly IndicatorRow[], since: number): number[] {
  const candidates = rows.slice(since);
  if (candidates.length === 0) return [];
  const key = compactText(prefix);
  if (key !== "") {
    for (const match of [
      (r: IndicatorRow) => compactText(r.level2) === key,
      (r: IndicatorRow) => compactText(r.level1) === key,
      (r: IndicatorRow) => level1KindOf(key) !== "unknown" && r.level1Kind === level1KindOf(key),
    ]) {
      const named = candidates.filter(match);
      if (named.length > 0) return named.map((r) => r.row);
    }
  }
  const last = candidates[candidates.length - 1];
  let first = candidates.length - 1;
  while (first > 0 && sameGroup(candidates[first - 1], last)) first--;
  return candidates.slice(first).map((r) => r.row);
}

function sameGroup(a: IndicatorRow, b: IndicatorRow): boolean {
  return a.level1Kind === b.level1Kind && (a.level1Kind !== "unknown" || a.level1 === b.level1);
}
