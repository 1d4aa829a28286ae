import { useEffect, useState } from "react";

/** All of the source's items were drawn once: from then on its list renders whole. */
const ALL = Infinity;

/**
 * How many of `total` items to render now: `first` at once, then `step` more per task, so that a long list is drawn in
 * several short tasks instead of one long one (the pane stays responsive while a large report appears). Starts again
 * when `source` changes; once all of a source's items were drawn, later growth (show more) renders at once.
 */
export function useStepwise(source: unknown, total: number, first: number, step: number): number {
  const [drawn, setDrawn] = useState(() => ({ source, count: total <= first ? ALL : first }));
  let count = drawn.count;
  if (drawn.source !== source) {
    count = total <= first ? ALL : first;
    // Stored during render (React re-renders at once, before any child): growth later must know this source's start.
    setDrawn({ source, count });
  }
  const growing = count < total;
  useEffect(() => {
    if (!growing) return;
    const timer = setTimeout(() => setDrawn({ source, count: count + step >= total ? ALL : count + step }), 0);
    return () => clearTimeout(timer);
  }, [source, count, total, step, growing]);
  return Math.min(count, total);
}
