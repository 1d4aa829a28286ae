import { bandsOf } from "./bands";
import type { IndicatorHeader } from "./findHeaders";

const header = (row: number, left: number, right: number) => ({ row, left, right }) as IndicatorHeader;

describe("bandsOf", () => {
  it.each([
    ["one form takes the whole sheet", [header(5, 1, 8)], [{ left: 0, right: 30 }]],
    [
      "side by side: each stops at the other's header",
      [header(5, 1, 8), header(5, 11, 18)],
      [
        { left: 0, right: 10 },
        { left: 9, right: 30 },
      ],
    ],
    [
      "stacked with overlapping columns do not limit each other",
      [header(5, 1, 8), header(40, 2, 9)],
      [
        { left: 0, right: 30 },
        { left: 0, right: 30 },
      ],
    ],
  ])("%s", (_, headers, expected) => expect(bandsOf(headers, 0, 30)).toEqual(expected));
});
