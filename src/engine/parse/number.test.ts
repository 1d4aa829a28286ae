import { readNumber } from "./number";

describe("readNumber", () => {
  it.each([
    ["5套", 5, 1],
    ["1,000人", 1000, 5],
    ["1,000.5", 1000.5, 7],
    ["+5", 5, 2],
    ["-3%", -3, 2],
    [".5", 0.5, 2],
    ["17.37万元", 17.37, 5],
    ["1,0", 1, 1],
  ])("%j → %p (%d chars)", (input, value, length) => expect(readNumber(input)).toEqual({ value, length }));
  it.each(["", "-", "—", "万元", "+", ",5", "e5"])("%j → null", (input) => expect(readNumber(input)).toBeNull());
  it("a digit string too long to be finite is no number", () => expect(readNumber("9".repeat(400))).toBeNull());
});
