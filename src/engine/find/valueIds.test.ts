import type { CellValue } from "../grid/types";
import { PairIds, ValueIds } from "./valueIds";

describe("ValueIds: one id per distinct value", () => {
  it.each<[label: string, a: CellValue, b: CellValue, same: boolean]>([
    ["the same text", "8个", "8个", true],
    ["two texts", "8个", "9个", false],
    ["a number and its text", 8, "8", false],
    ["0 and -0", 0, -0, false],
    ["true and the text true", true, "true", false],
    ["null and the empty text", null, "", false],
    ["the same error value", { error: "#DIV/0!" }, { error: "#DIV/0!" }, true],
    ["an error value and its text", { error: "#N/A" }, "#N/A", false],
  ])("%s", (_label, a, b, same) => {
    const ids = new ValueIds();
    expect(ids.of(a) === ids.of(b)).toBe(same);
  });
});

describe("PairIds: one id per ordered pair", () => {
  it.each<[label: string, a: [number, number], b: [number, number], same: boolean]>([
    ["the same pair", [1, 2], [1, 2], true],
    ["the pair swapped", [1, 2], [2, 1], false],
    ["another second", [1, 2], [1, 3], false],
    ["a negative id", [-1, 2], [1, 2], false],
  ])("%s", (_label, a, b, same) => {
    const pairs = new PairIds();
    pairs.of(0, 0);
    expect(pairs.of(...a) === pairs.of(...b)).toBe(same);
  });
});
