import { useRef } from "react";
import type { ShellStrings } from "../strings";

export interface SheetTabsProps {
  sheets: string[];
  active: string;
  gridId: string;
  strings: ShellStrings;
  onShow(sheet: string): void;
}

/** The sheet tabs under the grid: a tab list (←/→ move between tabs, Home/End to the ends). */
export function SheetTabs({ sheets, active, gridId, strings, onShow }: SheetTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (to: number) => {
    const sheet = sheets[(to + sheets.length) % sheets.length];
    onShow(sheet);
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-sheet-index="${sheets.indexOf(sheet)}"]`)?.focus());
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = sheets.indexOf(active);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: sheets.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div ref={list} className="wb-tabs" role="tablist" aria-label={strings.sheetsLabel} onKeyDown={onKeyDown}>
      {sheets.map((name, i) => (
        <button
          key={name}
          type="button"
          role="tab"
          data-sheet-index={i}
          aria-selected={name === active}
          aria-controls={gridId}
          tabIndex={name === active ? 0 : -1}
          className={name === active ? "wb-tab wb-tab-on" : "wb-tab"}
          onClick={() => onShow(name)}
        >
          <bdi>{name}</bdi>
        </button>
      ))}
    </div>
  );
}
