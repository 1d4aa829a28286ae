import { a1, type Before, type Edit } from "../../engine";
import { areaLists } from "../common/addresses";
import { cellValueOf, formulaOf, numberFormatOf } from "./cellValue";
import { hexOf } from "./colors";
import { XL_NONE, type EtInterior, type EtWorksheet } from "./etTypes";

function fillOf(interior: EtInterior): string | null {
  return interior.ColorIndex === XL_NONE ? null : hexOf(interior.Color);
}

/**
 * The fill of each cell: one read per ≤255-character list when the cells agree (the usual case: none has a fill),
 * one per cell otherwise.
 */
function fillsOf(ws: EtWorksheet, cells: string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const list of areaLists([...new Set(cells)])) {
    const interior = ws.Range(list).Interior;
    const index = interior.ColorIndex;
    const uniform = index === XL_NONE ? null : index === null || index === undefined ? undefined : interior.Color;
    const color = uniform === null ? null : typeof uniform === "number" ? hexOf(uniform) : undefined;
    if (color !== undefined) for (const c of list.split(",")) out.set(c, color);
    else for (const c of list.split(",")) out.set(c, fillOf(ws.Range(c).Interior));
  }
  return out;
}

/** What each edit's cell holds now, as far as that edit touches it. */
export function readSheetBefore(ws: EtWorksheet, edits: Edit[]): Before[] {
  const fills = fillsOf(ws, edits.filter((e) => e.kind === "fill").map((e) => a1(e.at.row, e.at.col)));
  return edits.map((e): Before => {
    const address = a1(e.at.row, e.at.col);
    if (e.kind === "fill") return { kind: "fill", color: fills.get(address) ?? null };
    const cell = ws.Range(address);
    if (e.kind === "note") {
      const comment = cell.Comment;
      return { kind: "note", text: comment ? comment.Text() : null };
    }
    const value2 = cell.Value2;
    return { kind: "value", value: cellValueOf(value2), formula: formulaOf(cell.Formula, value2), numberFormat: numberFormatOf(cell.NumberFormat) };
  });
}
