import { a1 } from "../grid/address";
import { cellAddress } from "./cellAddress";

describe("cellAddress writes a cell as a1 does", () => {
  it.each<[row: number, col: number]>([
    [0, 0],
    [5, 7],
    [99, 25],
    [0, 26],
    [1_048_575, 16_383],
    [5, 7],
  ])("row %i, column %i", (row, col) => {
    expect(cellAddress(row, col)).toBe(a1(row, col));
  });
});
