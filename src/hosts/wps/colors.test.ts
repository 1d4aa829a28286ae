import { bgrOf, hexOf } from "./colors";

describe("BGR colours", () => {
  it.each([
    ["#FFC7CE", 0xff + 0xc7 * 256 + 0xce * 65536],
    ["#FF0000", 255],
    ["#0000FF", 16711680],
    ["#FFFFFF", 16777215],
  ])("%s ↔ %i", (hex, bgr) => {
    expect(bgrOf(hex)).toBe(bgr);
    expect(hexOf(bgr)).toBe(hex);
  });

  it.each([["red"], ["#FFF"], [""]])("refuses %p", (hex) => expect(bgrOf(hex)).toBeNull());
  it.each([[null], [-1], [0x1000000], [1.5], ["255"]])("reads %p as no colour", (bgr) => expect(hexOf(bgr)).toBeNull());
});
