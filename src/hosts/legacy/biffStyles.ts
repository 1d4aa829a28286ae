import { ONE_CELL, RECORD, u16, u32, walkRecords, type Bytes } from "./biffRecords";
/**
 * The look of an Excel 97–2003 (BIFF8) workbook that SheetJS's community build does not hand over: each cell's font,
 * alignment and borders, from the FONT and XF records and the style index every cell record carries. Only the annotated
 * copy uses it, so that the .xlsx made from an .xls still looks like the form the office sent. Colours other than fills
 * are left out.
 */

const { BOF, EOF, FONT, XF, BOUNDSHEET, FILEPASS, MULRK, MULBLANK } = RECORD;

export interface FontLook {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: "single" | "double" | "singleAccounting" | "doubleAccounting";
}

export type BorderStyle =
  | "thin"
  | "medium"
  | "dashed"
  | "dotted"
  | "thick"
  | "double"
  | "hair"
  | "mediumDashed"
  | "dashDot"
  | "mediumDashDot"
  | "dashDotDot"
  | "mediumDashDotDot"
  | "slantDashDot";

export interface CellLook {
  font: FontLook | null;
  horizontal?: "left" | "center" | "right" | "fill" | "justify" | "centerContinuous" | "distributed";
  vertical?: "top" | "middle" | "bottom" | "justify" | "distributed";
  wrap: boolean;
  indent: number;
  /** As exceljs takes it: −90…90 degrees, or "vertical" for stacked letters. */
  rotation: number | "vertical";
  borders: Partial<Record<"left" | "right" | "top" | "bottom", BorderStyle>>;
}

export interface WorkbookLook {
  /** Cell looks by XF index. */
  looks: CellLook[];
  /** Per sheet, in the workbook's sheet order: [row, col, xf] of every cell record, flattened. */
  cells: number[][];
}

const HORIZONTAL = [undefined, "left", "center", "right", "fill", "justify", "centerContinuous", "distributed"] as const;
const VERTICAL = ["top", "middle", "bottom", "justify", "distributed"] as const;
const BORDER: (BorderStyle | undefined)[] = [
  undefined,
  "thin",
  "medium",
  "dashed",
  "dotted",
  "thick",
  "double",
  "hair",
  "mediumDashed",
  "dashDot",
  "mediumDashDot",
  "dashDotDot",
  "mediumDashDotDot",
  "slantDashDot",
];
const UNDERLINE: Record<number, FontLook["underline"]> = { 1: "single", 2: "double", 0x21: "singleAccounting", 0x22: "doubleAccounting" };

function fontOf(b: Bytes, at: number, size: number): FontLook {
  const font: FontLook = {};
  const height = u16(b, at) / 20;
  if (height >= 1 && height <= 409) font.size = height;
  const flags = u16(b, at + 2);
  if (flags & 0x02) font.italic = true;
  if (flags & 0x08) font.strike = true;
  if (u16(b, at + 6) >= 700) font.bold = true;
  const underline = UNDERLINE[b[at + 10]];
  if (underline) font.underline = underline;
  const cch = b[at + 14];
  const wide = (b[at + 15] & 0x01) === 1;
  const end = at + 16 + cch * (wide ? 2 : 1);
  if (cch > 0 && end <= at + size) {
    let name = "";
    for (let i = 0; i < cch; i++) name += String.fromCharCode(wide ? u16(b, at + 16 + 2 * i) : b[at + 16 + i]);
    if (!/[\u0000-\u001f]/.test(name)) font.name = name;
  }
  return font;
}

function lookOf(b: Bytes, at: number, fonts: FontLook[]): CellLook {
  const ifnt = u16(b, at);
  // BIFF never writes font 4: indices past it are one ahead of the FONT records.
  const font = ifnt === 4 ? null : (fonts[ifnt > 4 ? ifnt - 1 : ifnt] ?? null);
  const align = b[at + 6];
  const lines = u32(b, at + 10);
  const borders: CellLook["borders"] = {};
  const sides = [
    ["left", lines & 0x0f],
    ["right", (lines >> 4) & 0x0f],
    ["top", (lines >> 8) & 0x0f],
    ["bottom", (lines >> 12) & 0x0f],
  ] as const;
  for (const [side, dg] of sides) {
    const style = BORDER[dg];
    if (style) borders[side] = style;
  }
  const trot = b[at + 7];
  const rotation = trot === 255 ? "vertical" : trot <= 90 ? trot : trot <= 180 ? 90 - trot : 0;
  return {
    font,
    horizontal: HORIZONTAL[align & 0x07],
    vertical: VERTICAL[(align >> 4) & 0x07],
    wrap: (align & 0x08) !== 0,
    indent: b[at + 8] & 0x0f,
    rotation,
    borders,
  };
}

/** Reads the looks of a BIFF8 workbook stream; null for other versions, an encrypted stream, or one it cannot follow. */
export function readLooks(stream: Bytes): WorkbookLook | null {
  const fonts: FontLook[] = [];
  const looks: CellLook[] = [];
  const sheetAt = new Map<number, number>();
  const cells: number[][] = [];
  let current: number[] | null = null;
  let depth = 0;
  let readable = true;
  walkRecords(stream, ({ type, size, data, at }) => {
    if (type === BOF) {
      if (depth === 0 && at === 0 && (size < 2 || u16(stream, data) !== 0x0600)) return (readable = false);
      if (depth === 0 && at > 0) {
        const index = sheetAt.get(at);
        current = index === undefined ? null : (cells[index] = []);
      }
      depth++;
    } else if (type === EOF) {
      depth--;
      if (depth === 0) current = null;
    } else if (type === FILEPASS) {
      return (readable = false);
    } else if (type === FONT && size >= 16) {
      fonts.push(fontOf(stream, data, size));
    } else if (type === XF && size >= 20) {
      looks.push(lookOf(stream, data, fonts));
    } else if (type === BOUNDSHEET && size >= 6) {
      sheetAt.set(u32(stream, data), sheetAt.size);
    } else if (current && depth === 1) {
      if (ONE_CELL.has(type) && size >= 6) current.push(u16(stream, data), u16(stream, data + 2), u16(stream, data + 4));
      else if ((type === MULRK || type === MULBLANK) && size >= 6) {
        const row = u16(stream, data);
        const first = u16(stream, data + 2);
        const step = type === MULRK ? 6 : 2;
        const n = Math.floor((size - 6) / step);
        for (let i = 0; i < n; i++) current.push(row, first + i, u16(stream, data + 4 + i * step));
      }
    }
  });
  return readable ? { looks, cells } : null;
}
