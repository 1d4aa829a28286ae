import type { CellValue } from "../grid/types";
import { SHELF_SIZE, Shelves } from "./shelves";

describe("Shelves: one shelf per pair of values", () => {
  it.each<[label: string, a: [CellValue, CellValue], b: [CellValue, CellValue], same: boolean]>([
    ["the same pair", ["8个", 8], ["8个", 8], true],
    ["the pair swapped", ["8个", 8], [8, "8个"], false],
    ["a number and its text", [8, null], ["8", null], false],
    ["null and the empty text", [null, null], ["", null], false],
    ["both null", [null, null], [null, null], true],
    ["two error values (told apart by comparing)", [{ error: "#N/A" }, 1], [{ error: "#REF!" }, 1], true],
    ["an error value and its text", [{ error: "#N/A" }, 1], ["#N/A", 1], false],
  ])("%s", (_label, a, b, same) => {
    const shelves = new Shelves<string>();
    expect(shelves.shelf(...a) === shelves.shelf(...b)).toBe(same);
  });

  it("has no shelf for an object that is no error value", () => {
    expect(new Shelves<string>().shelf({ other: 1 } as unknown as CellValue, 1)).toBeNull();
  });

  it(`keeps the last ${SHELF_SIZE} entries of a shelf`, () => {
    const shelf: number[] = [];
    for (let i = 0; i < SHELF_SIZE + 3; i++) Shelves.put(shelf, i);
    expect(shelf).toEqual(Array.from({ length: SHELF_SIZE }, (_, i) => i + 3));
  });
});
