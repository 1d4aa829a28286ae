import { a1 } from "../../engine";
import type { OpenedBook } from "../../hosts/browser/openedBook";
import { displayText } from "../cellFormat";
import type { ShellStrings } from "../strings";

export interface CellBarProps {
  id: string;
  book: OpenedBook;
  sheetName: string;
  selection: { row: number; col: number } | null;
  strings: ShellStrings;
}

/** The selected cell's address, content, our mark and note, as plain text (the grid's "formula bar"); read out when it changes. */
export function CellBar({ id, book, sheetName, selection, strings }: CellBarProps) {
  const sheet = book.mirror.workbook.sheets.find((s) => s.name === sheetName);
  let content = "";
  let note: string | null = null;
  let mark: ReturnType<typeof book.mirror.markAt> = null;
  if (selection && sheet) {
    const i = selection.row - sheet.originRow;
    const j = selection.col - sheet.originCol;
    const formula = sheet.formulas?.[i]?.[j] ?? null;
    content = formula ?? displayText(sheet.values[i]?.[j] ?? null, sheet.numberFormats?.[i]?.[j] ?? null);
    note = book.mirror.noteAt({ sheet: sheetName, row: selection.row, col: selection.col });
    mark = book.mirror.markAt({ sheet: sheetName, row: selection.row, col: selection.col });
  }
  return (
    <div id={id} className="wb-cellbar" role="status" aria-live="polite" aria-atomic="true">
      <div className="wb-cellbar-line">
        <span className="wb-cellbar-address" aria-label={strings.cellLabel}>
          {selection ? `${sheetName}!${a1(selection.row, selection.col)}` : strings.noSelection}
        </span>
        <span className="wb-cellbar-content">{content}</span>
        {mark && <span className="wb-cellbar-mark">{strings.markLabel[mark]}</span>}
      </div>
      {note && (
        <div className="wb-cellbar-note">
          <span className="wb-cellbar-label">{strings.noteLabel}：</span>
          <span>{note}</span>
        </div>
      )}
    </div>
  );
}
