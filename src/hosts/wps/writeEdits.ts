import { a1, type Edit } from "../../engine";
import { areaLists } from "../common/addresses";
import { excelInput } from "../common/cellInput";
import { bgrOf } from "./colors";
import { XL_NONE, type EtWorksheet } from "./etTypes";

type ValueEdit = Extract<Edit, { kind: "value" }>;
type FillEdit = Extract<Edit, { kind: "fill" }>;
type NoteEdit = Extract<Edit, { kind: "note" }>;

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

function writeValues(ws: EtWorksheet, edits: ValueEdit[]): void {
  const plain = edits.filter((e) => !e.formula && e.numberFormat === undefined);
  const plainSet = new Set(plain);
  for (const e of edits) {
    if (plainSet.has(e)) continue;
    const cell = ws.Range(a1(e.at.row, e.at.col));
    if (e.numberFormat !== undefined) cell.NumberFormat = e.numberFormat;
    if (e.formula) cell.Formula = e.formula;
    else cell.Value2 = excelInput(e.value);
  }
  for (const run of verticalRuns(plain)) {
    const first = run[0].at;
    const address = run.length === 1 ? a1(first.row, first.col) : `${a1(first.row, first.col)}:${a1(first.row + run.length - 1, first.col)}`;
    ws.Range(address).Value2 = run.length === 1 ? excelInput(run[0].value) : run.map((e) => [excelInput(e.value)]);
  }
}

/** Fills grouped by colour, many cells per call ("A1,C3,…" of at most 255 characters). */
function writeFills(ws: EtWorksheet, edits: FillEdit[]): void {
  const byColor = new Map<string | null, string[]>();
  for (const e of edits) byColor.set(e.color, [...(byColor.get(e.color) ?? []), a1(e.at.row, e.at.col)]);
  for (const [color, cells] of byColor) {
    const bgr = color === null ? null : bgrOf(color);
    for (const list of areaLists(cells)) {
      const interior = ws.Range(list).Interior;
      if (bgr === null) interior.ColorIndex = XL_NONE;
      else interior.Color = bgr;
    }
  }
}

/** Notes as comments: the old ones cleared many cells per call, the new ones added one cell at a time (no bulk call exists). */
function writeNotes(ws: EtWorksheet, edits: NoteEdit[]): void {
  const last = new Map(edits.map((e) => [a1(e.at.row, e.at.col), e.text]));
  for (const list of areaLists([...last.keys()])) ws.Range(list).ClearComments();
  for (const [address, text] of last) if (text !== null) ws.Range(address).AddComment(text);
}

/** Applies one sheet's edits: values first (in order), then fills, then notes. */
export function writeSheetEdits(ws: EtWorksheet, edits: Edit[]): void {
  writeValues(ws, edits.filter((e): e is ValueEdit => e.kind === "value"));
  writeFills(ws, edits.filter((e): e is FillEdit => e.kind === "fill"));
  writeNotes(ws, edits.filter((e): e is NoteEdit => e.kind === "note"));
}
