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

  it.each<[string, IndicatorHeader[], number[], { left: number; right: number }[]]>([
    [
      "the right form's label column is its own, the rest of the gap the left form's",
      [header(5, 1, 8), header(12, 12, 19)],
      [0, 11],
      [
        { left: 0, right: 10 },
        { left: 11, right: 30 },
      ],
    ],
    [
      "whatever rows the headers are on",
      [header(40, 1, 8), header(2, 12, 19)],
      [0, 11],
      [
        { left: 0, right: 10 },
        { left: 11, right: 30 },
      ],
    ],
    [
      "no gap and no label column: the boundary is the right header",
      [header(5, 0, 7), header(9, 8, 15)],
      [0, 8],
      [
        { left: 0, right: 7 },
        { left: 8, right: 30 },
      ],
    ],
    [
      "three in a row, the middle one without a label column",
      [header(0, 1, 8), header(7, 11, 18), header(3, 21, 28)],
      [0, 11, 20],
      [
        { left: 0, right: 10 },
        { left: 11, right: 19 },
        { left: 20, right: 30 },
      ],
    ],
    [
      "stacked forms in one column share the smallest lead",
      [header(5, 1, 8), header(40, 1, 8), header(20, 12, 19), header(60, 12, 19)],
      [0, 0, 12, 11],
      [
        { left: 0, right: 10 },
        { left: 0, right: 10 },
        { left: 11, right: 30 },
        { left: 11, right: 30 },
      ],
    ],
    [
      "a lead inside the left neighbour's header is ignored past that header",
      [header(5, 1, 8), header(5, 10, 17)],
      [0, 5],
      [
        { left: 0, right: 8 },
        { left: 9, right: 30 },
      ],
    ],
  ])("with leading columns: %s", (_, headers, leads, expected) => expect(bandsOf(headers, 0, 30, leads)).toEqual(expected));
});
