import { crc32, decodePng, encodePng, type Bitmap } from "./png";
import { hex, render, roundRect } from "./raster";

describe("png", () => {
  it.each([
    ["IEND", 0xae426082],
    ["", 0],
  ])("crc32(%s) is the PNG spec's", (text, crc) => expect(crc32(Buffer.from(text, "ascii"))).toBe(crc));

  it.each([1, 7, 32])("round-trips a %dpx bitmap", (size) => {
    const data = new Uint8Array(size * size * 4).map((_, i) => (i * 37) % 256);
    const bitmap: Bitmap = { width: size, height: size, data };
    expect(decodePng(encodePng(bitmap))).toEqual(bitmap);
  });

  it("refuses a damaged file", () => {
    const png = encodePng({ width: 2, height: 2, data: new Uint8Array(16) });
    png[20] ^= 0xff;
    expect(() => decodePng(png)).toThrow(/CRC/);
  });
});

describe("render", () => {
  it("covers the inside, leaves the corners clear and smooths the edge", () => {
    const b = render(16, [[roundRect(0, 0, 1, 1, 0.3), hex("#102030")]]);
    const at = (x: number, y: number) => Array.from(b.data.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    expect(at(8, 8)).toEqual([16, 32, 48, 255]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(1, 1)[3]).toBeGreaterThan(0);
    expect(at(1, 1)[3]).toBeLessThan(255);
  });
});
