/**
 * Column bands: forms side by side each own a run of columns, whatever rows they start on. Bands are decided by
 * columns alone, so a form's head, fund block and indicator rows are read only from its own columns even when its
 * neighbour starts higher or lower.
 */
import type { IndicatorHeader } from "./findHeaders";

export interface Band {
  left: number;
  right: number;
}

interface Span {
  left: number;
  right: number;
  /** The leftmost column any form with this header span uses (its leading label column), ≤ left. */
  lead: number;
  /** The last column of the band this span's forms own on their right. */
  end: number;
}

/**
 * The band of each header.
 *
 * Without `leads` (the first pass, before any rows are read) the gap between two neighbours is shared: a form reaches
 * from just right of the nearest header entirely to its left to just left of the nearest header entirely to its
 * right, so the right form can find its leading label column in the gap.
 *
 * With `leads` (per header, the leftmost column its form uses) the bands are disjoint: the boundary between two
 * neighbours is the right form's leading column, so the left form keeps anything it writes right of its header
 * (a wider fund block, merged head values) but never the right form's 项目名称 / 绩效指标 label column.
 */
export function bandsOf(headers: IndicatorHeader[], sheetLeft: number, sheetRight: number, leads?: readonly number[]): Band[] {
  const spanOf = new Map<string, Span>();
  headers.forEach((h, i) => {
    const key = `${h.left}:${h.right}`;
    const lead = Math.min(h.left, leads?.[i] ?? h.left);
    const span = spanOf.get(key);
    if (span) span.lead = Math.min(span.lead, lead);
    else spanOf.set(key, { left: h.left, right: h.right, lead, end: sheetRight });
  });

  const byLeft = [...spanOf.values()].sort((a, b) => a.left - b.left);
  // minLeadFrom[k]: the smallest lead among spans byLeft[k..]; the nearest form entirely right of a column starts there.
  const minLeadFrom = new Array<number>(byLeft.length + 1).fill(Infinity);
  for (let k = byLeft.length - 1; k >= 0; k--) minLeadFrom[k] = Math.min(minLeadFrom[k + 1], byLeft[k].lead);
  for (const s of byLeft) {
    const next = firstIndex(byLeft.length, (k) => byLeft[k].left > s.right);
    s.end = Math.max(s.right, Math.min(sheetRight, minLeadFrom[next] - 1));
  }

  // The column a form on the right of span s may start at: shared gap → just right of s's header; disjoint → past s's band.
  const reach = (s: Span) => (leads ? s.end : s.right);
  const byRight = [...byLeft].sort((a, b) => a.right - b.right);
  const maxReachTo = new Array<number>(byRight.length);
  byRight.forEach((s, k) => (maxReachTo[k] = Math.max(k > 0 ? maxReachTo[k - 1] : -Infinity, reach(s))));

  return headers.map((h) => {
    const span = spanOf.get(`${h.left}:${h.right}`)!;
    const before = firstIndex(byRight.length, (k) => byRight[k].right >= h.left) - 1;
    const left = before >= 0 ? Math.max(sheetLeft, maxReachTo[before] + 1) : sheetLeft;
    return { left: Math.min(left, h.left), right: Math.max(span.end, h.right) };
  });
}

/** The first index in [0, length) where the monotone predicate holds, or length. */
function firstIndex(length: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
