import type ExcelJS from "exceljs";
import type { CellLook } from "./biffStyles";

/** exceljs styles shared by every cell of the same look, number format and fill (as exceljs itself shares them on reading). */
export class Styles {
  private readonly made = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly looks: readonly CellLook[]) {}

  of(xf: number | undefined, numFmt: string | null, fill: string | null): Partial<ExcelJS.Style> | null {
    const look = xf === undefined ? undefined : this.looks[xf];
    if (!look && !numFmt && !fill) return null;
    const key = `${xf ?? ""}|${numFmt ?? ""}|${fill ?? ""}`;
    let style = this.made.get(key);
    if (!style) {
      style = {};
      if (numFmt) style.numFmt = numFmt;
      if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
      if (look) Object.assign(style, lookStyle(look));
      this.made.set(key, style);
    }
    return style;
  }
}

function lookStyle(look: CellLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.font && Object.keys(look.font).length > 0) style.font = { ...look.font };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (look.horizontal) alignment.horizontal = look.horizontal;
  if (look.vertical && look.vertical !== "bottom") alignment.vertical = look.vertical;
  if (look.wrap) alignment.wrapText = true;
  if (look.indent) alignment.indent = look.indent;
  if (look.rotation) alignment.textRotation = look.rotation;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  const sides = Object.entries(look.borders);
  if (sides.length > 0) style.border = Object.fromEntries(sides.map(([side, line]) => [side, { style: line }])) as Partial<ExcelJS.Borders>;
  return style;
}

/** Whether a blank cell's look shows (borders, a fill, alignment): only then is the blank cell written. */
export function shows(look: CellLook | undefined): boolean {
  return Boolean(look && (Object.keys(look.borders).length > 0 || look.wrap || look.horizontal));
}
