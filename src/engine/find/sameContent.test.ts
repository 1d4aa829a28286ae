import type { CellValue } from "../grid/types";
import { sameValue } from "./sameContent";

describe("sameValue", () => {
  it.each<[a: CellValue, b: CellValue, same: boolean | null]>([
    ["8个", "8个", true],
    ["8个", "9个", false],
    [8, "8", false],
    [0, -0, false],
    [-0, -0, true],
    [NaN, NaN, true],
    [true, "true", false],
    [null, "", false],
    [{ error: "#DIV/0!" }, { error: "#DIV/0!" }, true],
    [{ error: "#N/A" }, "#N/A", false],
    [{ error: "#N/A" }, { error: "#REF!" }, false],
    [{ other: 1 } as unknown as CellValue, "x", null],
    ["x", { other: 1 } as unknown as CellValue, null],
  ])("%j, %j → %j", (a, b, same) => expect(sameValue(a, b)).toBe(same));
});
