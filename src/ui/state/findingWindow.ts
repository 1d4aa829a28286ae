/**
 * Which slice of the ordered findings the pane renders. A report can hold thousands of findings; rendering them all
 * stalls the pane for a second or more, so the list shows a window of at most MAX_RENDERED_FINDINGS consecutive
 * findings, grown a page at a time by "show more / show earlier" and moved by stepping to a finding outside it.
 * Indices are positions in the ordered (filtered, sorted) list; `end` is exclusive.
 */
export interface FindingWindow {
  start: number;
  end: number;
}

export const FINDINGS_PAGE = 100;
export const MAX_RENDERED_FINDINGS = 300;
/** A new list's window is drawn this many findings per task, so that no task of the pane's is long. */
export const FINDINGS_DRAWN_PER_TASK = 25;

/** The first page. */
export function firstWindow(total: number): FindingWindow {
  return { start: 0, end: Math.min(Math.max(total, 0), FINDINGS_PAGE) };
}

/** One more page after the window; when that makes it too long, the earliest findings leave it. */
export function showMore(w: FindingWindow, total: number): FindingWindow {
  const end = Math.min(total, w.end + FINDINGS_PAGE);
  return { start: Math.max(w.start, end - MAX_RENDERED_FINDINGS), end };
}

/** One more page before the window; when that makes it too long, the last findings leave it. */
export function showEarlier(w: FindingWindow): FindingWindow {
  const start = Math.max(0, w.start - FINDINGS_PAGE);
  return { start, end: Math.min(w.end, start + MAX_RENDERED_FINDINGS) };
}

/**
 * A window that holds `index`. Inside the window: unchanged. Within a page of either edge (stepping one by one past
 * it): the window grows toward it, so what was just read stays. Farther (a wrap, a jump): a fresh page around it.
 */
export function windowHolding(w: FindingWindow, index: number, total: number): FindingWindow {
  if (index < 0 || index >= total) return w;
  if (index >= w.start && index < w.end) return w;
  if (index >= w.end && index < w.end + FINDINGS_PAGE) {
    const end = Math.min(total, index + 1 + Math.floor(FINDINGS_PAGE / 2));
    return { start: Math.max(w.start, end - MAX_RENDERED_FINDINGS), end };
  }
  if (index < w.start && index >= w.start - FINDINGS_PAGE) {
    const start = Math.max(0, index - Math.floor(FINDINGS_PAGE / 2));
    return { start, end: Math.min(w.end, start + MAX_RENDERED_FINDINGS) };
  }
  const start = Math.max(0, Math.min(index - Math.floor(FINDINGS_PAGE / 2), total - FINDINGS_PAGE));
  return { start, end: Math.min(total, start + FINDINGS_PAGE) };
}
