import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from "react";

export const PANE_MIN = 280;
const STEP = 24;

export interface SplitHandleProps {
  /** The pane's width in pixels. */
  width: number;
  max: number;
  label: string;
  onResize(width: number): void;
}

export const clampWidth = (width: number, max: number) => Math.round(Math.min(Math.max(width, PANE_MIN), Math.max(PANE_MIN, max)));

/**
 * The bar between the grid and the pane: dragged, or focused and moved with the arrow keys (Home and End for the
 * narrowest and widest pane). The pane is on the right, so moving left widens it.
 */
export function SplitHandle({ width, max, label, onResize }: SplitHandleProps) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const down = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      start.current = { x: e.clientX, width };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    [width],
  );
  const move = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (start.current) onResize(clampWidth(start.current.width + start.current.x - e.clientX, max));
    },
    [max, onResize],
  );
  const up = useCallback(() => {
    start.current = null;
  }, []);
  const key = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const to = { ArrowLeft: width + STEP, ArrowRight: width - STEP, Home: PANE_MIN, End: max }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      onResize(clampWidth(to, max));
    },
    [width, max, onResize],
  );
  return (
    <div
      className="wb-split"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls="wb-pane"
      aria-valuenow={width}
      aria-valuemin={PANE_MIN}
      aria-valuemax={Math.max(PANE_MIN, max)}
      tabIndex={0}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onKeyDown={key}
    />
  );
}
