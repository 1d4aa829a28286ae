import { worksheetName } from "./worksheetName";

describe("worksheetName", () => {
  it.each([
    ["为民办实事项目-自治区转移支付", [], "为民办实事项目-自治区转移支付"],
    ["a/b\\c[d]e:f*g?h", [], "abcdefgh"],
    ["  ", [], "Sheet"],
    ["x".repeat(40), [], "x".repeat(31)],
    ["项目", ["项目"], "项目 (2)"],
    ["x".repeat(40), ["x".repeat(31)], `${"x".repeat(27)} (2)`],
  ])("%p with %p taken → %p", (wanted, taken, name) => {
    expect(worksheetName(wanted, new Set(taken.map((t) => t.toLowerCase())))).toBe(name);
  });
});
