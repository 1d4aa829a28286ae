import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { a1, columnLetters, MARK_COLORS, type CellRange, type SheetGrid as Sheet } from "../../engine";
import type { OpenedBook } from "../../hosts/browser/openedBook";
import { alignsRight, displayText } from "../cellFormat";
import { buildAxis, columnPx, indexAt, MergeIndex, rowPx, step, visibleSpan, DEFAULT_ROW_PX } from "../gridLayout";
import type { ShellStrings } from "../strings";

const ROW_HEADER_PX = 52;
const COL_HEADER_PX = 22;
const OVERSCAN = 4;
/** Beyond the used area, as a spreadsheet shows a little empty space. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 4;
const LINE = "#e0e0e0";

export interface SheetGridProps {
  book: OpenedBook;
  sheetName: string;
  /** Bumped when the workbook changed: marks, notes and values are read afresh. */
  version: number;
  selection: { row: number; col: number } | null;
  scrollSerial: number;
  strings: ShellStrings;
  describedBy: string;
  onSelect(row: number, col: number): void;
}

interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

function usedWidth(sheet: Sheet): number {
  let width = 0;
  for (const row of sheet.values) if (row.length > width) width = row.length;
  return width;
}

/** A cell's box: itself, or the whole merged area it anchors. */
interface Box {
  row: number;
  col: number;
  range: CellRange | null;
}

/**
 * The read-only grid of one sheet, virtualised: only the rows and columns in view (plus a few) are in the page, placed
 * absolutely over a spacer as large as the sheet, so a sheet of any length scrolls at the same cost.
 */
export function SheetGrid(props: SheetGridProps) {
  const { book, sheetName, selection, strings } = props;
  const sheet = book.mirror.workbook.sheets.find((s) => s.name === sheetName) ?? null;
  const decor = book.decor.get(sheetName);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>({ top: 0, left: 0, width: 800, height: 600 });
  const frame = useRef(0);

  const width = useMemo(() => (sheet ? usedWidth(sheet) : 0), [sheet, props.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const rowCount = sheet ? sheet.originRow + sheet.values.length + EXTRA_ROWS : EXTRA_ROWS;
  const colCount = sheet ? Math.max(sheet.originCol + width + EXTRA_COLS, 10) : 10;

  const rows = useMemo(() => {
    const heights = new Map(decor?.heights ?? []);
    return buildAxis(rowCount, (i) => rowPx(heights.get(i)));
  }, [decor, rowCount]);
  const cols = useMemo(() => buildAxis(colCount, (j) => columnPx(decor?.widths[j])), [decor, colCount]);
  const merges = useMemo(() => new MergeIndex(sheet?.merges ?? []), [sheet]);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setView({ top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight });
  }, []);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [measure]);

  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      measure();
    });
  };

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new sheet starts at its top-left.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
      measure();
    }
  }, [sheetName, book, measure]);

  const boxOf = useCallback(
    (row: number, col: number): Box => {
      const m = merges.at(row, col);
      return m ? { row: m.top, col: m.left, range: m } : { row, col, range: null };
    },
    [merges],
  );

  const rectOf = (box: Box) => {
    const bottom = box.range ? box.range.bottom : box.row;
    const right = box.range ? box.range.right : box.col;
    const top = rows.starts[Math.min(box.row, rows.count)];
    const left = cols.starts[Math.min(box.col, cols.count)];
    return {
      top,
      left,
      height: rows.starts[Math.min(bottom + 1, rows.count)] - top,
      width: cols.starts[Math.min(right + 1, cols.count)] - left,
    };
  };

  // Bring the selection into view when asked (a finding activated, a summary row, the keyboard).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !selection) return;
    const r = rectOf(boxOf(selection.row, selection.col));
    const viewH = el.clientHeight - COL_HEADER_PX;
    const viewW = el.clientWidth - ROW_HEADER_PX;
    if (r.top < el.scrollTop || r.top + Math.min(r.height, viewH) > el.scrollTop + viewH)
      el.scrollTop = Math.max(0, r.top - (viewH - Math.min(r.height, viewH)) / 2);
    if (r.left < el.scrollLeft || r.left + Math.min(r.width, viewW) > el.scrollLeft + viewW)
      el.scrollLeft = Math.max(0, r.left - (viewW - Math.min(r.width, viewW)) / 2);
    measure();
  }, [props.scrollSerial]); // eslint-disable-line react-hooks/exhaustive-deps

  const [r0, r1] = visibleSpan(rows, view.top, view.height - COL_HEADER_PX, OVERSCAN);
  const [c0, c1] = visibleSpan(cols, view.left, view.width - ROW_HEADER_PX, OVERSCAN);
  const totalW = cols.starts[cols.count];
  const totalH = rows.starts[rows.count];

  const cellAt = (row: number, col: number) => {
    if (!sheet) return { value: null, format: null };
    const i = row - sheet.originRow;
    const j = col - sheet.originCol;
    return { value: sheet.values[i]?.[j] ?? null, format: sheet.numberFormats?.[i]?.[j] ?? null };
  };

  const drawBox = (box: Box, key: string) => {
    const at = { sheet: sheetName, row: box.row, col: box.col };
    // Our mark is a conditional format: like Excel, it is drawn over the cell's own fill, which stays the cell's.
    const mark = book.mirror.markAt(at);
    const fill = mark ? MARK_COLORS[mark] : book.mirror.colorAt(at);
    const note = book.mirror.noteAt(at);
    const { value, format } = cellAt(box.row, box.col);
    const text = displayText(value, format);
    if (!box.range && !fill && !note && text === "") return null;
    const r = rectOf(box);
    const tall = box.range !== null || r.height > DEFAULT_ROW_PX * 1.6;
    return (
      <div
        key={key}
        className="wb-cell"
        data-cell={a1(box.row, box.col)}
        data-mark={mark ?? undefined}
        title={note ?? undefined}
        style={{
          top: r.top,
          left: r.left,
          width: r.width,
          height: r.height,
          background: fill ?? (box.range ? "var(--wb-cell-bg)" : undefined),
          justifyContent: alignsRight(value) ? "flex-end" : box.range && !tall ? "center" : "flex-start",
          whiteSpace: tall ? "pre-wrap" : "pre",
          color: fill ? "#000" : undefined,
        }}
      >
        <span className="wb-cell-text">{text}</span>
        {note && <span className="wb-note-mark" aria-hidden="true" />}
      </div>
    );
  };

  const drawn: React.ReactNode[] = [];
  for (const m of merges.within(r0, r1, c0, c1)) drawn.push(drawBox({ row: m.top, col: m.left, range: m }, `m${m.top},${m.left}`));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      if (merges.at(r, c)) continue;
      drawn.push(drawBox({ row: r, col: c, range: null }, `${r},${c}`));
    }
  }

  const selected = selection ? boxOf(selection.row, selection.col) : null;
  const selectedRect = selected ? rectOf(selected) : null;

  const pick = (e: React.MouseEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const col = Math.min(cols.count - 1, Math.max(0, indexAt(cols, x)));
    const row = Math.min(rows.count - 1, Math.max(0, indexAt(rows, y)));
    const box = boxOf(row, col);
    props.onSelect(box.row, box.col);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const from = selection ?? { row: sheet?.originRow ?? 0, col: sheet?.originCol ?? 0 };
    const page = Math.max(1, Math.floor((view.height - COL_HEADER_PX) / DEFAULT_ROW_PX) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      PageDown: [page, 0],
      PageUp: [-page, 0],
    };
    let next: { row: number; col: number } | null = null;
    if (e.key in moves && !e.altKey && !e.metaKey) {
      const [dr, dc] = moves[e.key];
      next = selection ? step(merges, from, dr, dc, { rows: rows.count, cols: cols.count }) : from;
    } else if (e.key === "Home" && e.ctrlKey) next = { row: 0, col: 0 };
    else if (e.key === "Home") next = { row: from.row, col: 0 };
    if (!next) return;
    e.preventDefault();
    const box = boxOf(next.row, next.col);
    props.onSelect(box.row, box.col);
  };

  return (
    <div
      ref={scroller}
      className="wb-grid"
      tabIndex={0}
      role="region"
      aria-label={strings.gridLabel(sheetName)}
      aria-describedby={props.describedBy}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      data-rows={rows.count}
    >
      <div style={{ position: "relative", width: ROW_HEADER_PX + totalW, height: COL_HEADER_PX + totalH }}>
        <div className="wb-colhdr" style={{ height: COL_HEADER_PX, width: ROW_HEADER_PX + totalW }} aria-hidden="true">
          <div className="wb-corner" style={{ width: ROW_HEADER_PX, height: COL_HEADER_PX }} />
          {range(c0, c1).map((c) => (
            <div
              key={c}
              className={selected && c >= selected.col && c <= (selected.range?.right ?? selected.col) ? "wb-hdr wb-hdr-on" : "wb-hdr"}
              style={{ left: ROW_HEADER_PX + cols.starts[c], width: cols.starts[c + 1] - cols.starts[c], height: COL_HEADER_PX }}
            >
              {columnLetters(c)}
            </div>
          ))}
        </div>
        <div className="wb-rowhdr" style={{ width: ROW_HEADER_PX, height: totalH }} aria-hidden="true">
          {range(r0, r1).map((r) => (
            <div
              key={r}
              className={selected && r >= selected.row && r <= (selected.range?.bottom ?? selected.row) ? "wb-hdr wb-hdr-on" : "wb-hdr"}
              style={{ top: rows.starts[r], height: rows.starts[r + 1] - rows.starts[r], width: ROW_HEADER_PX }}
            >
              {r + 1}
            </div>
          ))}
        </div>
        <div className="wb-body" style={{ left: ROW_HEADER_PX, top: COL_HEADER_PX, width: totalW, height: totalH }} onMouseDown={pick}>
          {range(r0, r1).map((r) => (
            <div
              key={`h${r}`}
              className="wb-line"
              style={{
                top: rows.starts[r + 1] - 1,
                left: cols.starts[c0],
                width: cols.starts[c1 + 1] - cols.starts[c0],
                height: 1,
                background: LINE,
              }}
            />
          ))}
          {range(c0, c1).map((c) => (
            <div
              key={`v${c}`}
              className="wb-line"
              style={{
                left: cols.starts[c + 1] - 1,
                top: rows.starts[r0],
                height: rows.starts[r1 + 1] - rows.starts[r0],
                width: 1,
                background: LINE,
              }}
            />
          ))}
          {drawn}
          {selectedRect && (
            <div
              className="wb-selection"
              style={{
                top: selectedRect.top - 1,
                left: selectedRect.left - 1,
                width: selectedRect.width + 1,
                height: selectedRect.height + 1,
              }}
            />
          )}
        </div>
      </div>
      {sheet && sheet.values.length === 0 && <p className="wb-empty-sheet">{strings.emptySheet}</p>}
    </div>
  );
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
