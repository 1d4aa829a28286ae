import { readLooks } from "./biffStyles";

const rec = (type: number, data: number[] = []) => [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
const u16 = (n: number) => [n & 0xff, n >> 8];
const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
const BOF = (version: number, dt: number) => rec(0x0809, [...u16(version), ...u16(dt), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const EOF = rec(0x000a);
/** FONT: height in twips, italic flag, weight, underline, name (compressed). */
const FONT = (pt: number, { italic = false, bold = false, underline = 0, name = "Arial" } = {}) =>
  rec(0x0031, [
    ...u16(pt * 20),
    ...u16(italic ? 2 : 0),
    ...u16(0x7fff),
    ...u16(bold ? 700 : 400),
    0,
    0,
    underline,
    0,
    0,
    0,
    name.length,
    0,
    ...Buffer.from(name, "latin1"),
  ]);
/** XF: font index, alignment byte, rotation, borders (left, right, top, bottom line styles). */
const XF = (font: number, align = 0x20, rotation = 0, borders = [0, 0, 0, 0]) =>
  rec(0x00e0, [
    ...u16(font),
    0,
    0,
    0,
    0,
    align,
    rotation,
    0,
    0,
    ...u32(borders[0] | (borders[1] << 4) | (borders[2] << 8) | (borders[3] << 12)),
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
const BOUNDSHEET = (pos: number) => rec(0x0085, [...u32(pos), 0, 0, 1, 0, 0x41]);
const NUMBER = (row: number, col: number, xf: number) => rec(0x0203, [...u16(row), ...u16(col), ...u16(xf), 0, 0, 0, 0, 0, 0, 0, 0]);
const MULBLANK = (row: number, first: number, xfs: number[]) =>
  rec(0x00be, [...u16(row), ...u16(first), ...xfs.flatMap(u16), ...u16(first + xfs.length - 1)]);

/** Globals (fonts, looks, one BOUNDSHEET pointing past them), then one sheet with the given cell records. */
function workbook(fonts: number[][], xfs: number[][], cells: number[][], version = 0x0600): Uint8Array {
  const head = [...BOF(version, 5), ...fonts.flat(), ...xfs.flat()];
  const globals = [...head, ...BOUNDSHEET(0), ...EOF];
  const sheetAt = globals.length;
  const withPos = [...head, ...BOUNDSHEET(sheetAt), ...EOF];
  return Uint8Array.from([...withPos, ...BOF(version, 0x10), ...cells.flat(), ...EOF]);
}

describe("readLooks", () => {
  const fonts = [FONT(11), FONT(10), FONT(10), FONT(10), FONT(16, { bold: true, name: "SimHei" }), FONT(9, { italic: true, underline: 1 })];

  it("reads fonts (skipping BIFF's missing font 4), alignment, rotation and borders by XF", () => {
    const looks = readLooks(
      workbook(fonts, [XF(0), XF(5, 0x02 | 0x08 | 0x10, 90, [1, 2, 3, 6]), XF(6, 0x23, 135), XF(4, 0x20, 255)], [NUMBER(2, 3, 1)]),
    )!;
    expect(looks.looks[0]).toMatchObject({
      font: { size: 11, name: "Arial" },
      horizontal: undefined,
      vertical: "bottom",
      wrap: false,
      borders: {},
    });
    expect(looks.looks[1]).toMatchObject({
      font: { size: 16, bold: true, name: "SimHei" },
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      rotation: 90,
      borders: { left: "thin", right: "medium", top: "dashed", bottom: "double" },
    });
    expect(looks.looks[2]).toMatchObject({
      font: { size: 9, italic: true, underline: "single" },
      horizontal: "right",
      vertical: "bottom",
      rotation: -45,
    });
    expect(looks.looks[3]).toMatchObject({ font: null, rotation: "vertical" });
  });

  it("lists each cell's XF, runs of blanks included, under its sheet", () => {
    const looks = readLooks(workbook(fonts, [XF(0), XF(0)], [NUMBER(2, 3, 1), MULBLANK(4, 1, [0, 1, 1])]))!;
    expect(looks.cells).toEqual([[2, 3, 1, 4, 1, 0, 4, 2, 1, 4, 3, 1]]);
  });

  it.each([
    ["Excel 95 (BIFF5)", workbook(fonts, [XF(0)], [], 0x0500)],
    ["an encrypted stream", Uint8Array.from([...BOF(0x0600, 5), ...rec(0x002f, [1, 0, 1, 0]), 1, 2, 3])],
  ])("%s → null", (_label, bytes) => expect(readLooks(bytes)).toBeNull());
});
