import { displayWidth, padEnd, scoreText, table } from "./text";

describe("text layout", () => {
  it.each([
    ["abc", 3],
    ["自评表", 6],
    ["Ａ1", 3],
    ["", 0],
  ])("displayWidth(%p) = %i", (s, w) => expect(displayWidth(s)).toBe(w));

  it.each([
    [3.745, "3.75"],
    [100, "100"],
    [7.8431, "7.84"],
    [null, "—"],
    [Number.NaN, "—"],
  ])("scoreText(%p) = %s", (n, s) => expect(scoreText(n)).toBe(s));

  it("aligns CJK and ASCII columns", () => {
    expect(padEnd("表", 4)).toBe("表  ");
    expect(
      table(
        [
          ["文件", "n"],
          ["a.xlsx", "12"],
        ],
        new Set([1]),
      ).split("\n"),
    ).toEqual(["文件     n", "a.xlsx  12"]);
  });
});
