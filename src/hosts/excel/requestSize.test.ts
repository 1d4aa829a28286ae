import { OP_OVERHEAD, opBytes, splitByBytes, utf8Bytes } from "./requestSize";

describe("request size", () => {
  it.each([
    ["ASCII", "abc", 3],
    ["Chinese, three bytes each", "自评表", 9],
    ["an emoji, four bytes", "📄", 4],
  ])("counts %s in UTF-8", (_, text, bytes) => expect(utf8Bytes(text)).toBe(bytes));

  it.each([
    ["no arguments", undefined, OP_OVERHEAD],
    ["a cell address", ["H9"], OP_OVERHEAD + 6],
    ["a Chinese note", ["range", "说明"], OP_OVERHEAD + utf8Bytes('["range","说明"]')],
  ])("costs an operation with %s", (_, args, bytes) => expect(opBytes(args)).toBe(bytes));
});

describe("splitByBytes", () => {
  const cost = (n: number) => n;
  it.each([
    ["nothing", [], 10, 0, []],
    ["all in one", [3, 3, 3], 10, 0, [[3, 3, 3]]],
    ["at the budget", [5, 5, 5], 10, 0, [[5, 5], [5]]],
    ["an item over the budget alone", [4, 20, 4], 10, 0, [[4], [20], [4]]],
    ["after bytes already spent", [4, 4, 4], 10, 4, [[4], [4, 4]]],
    ["nothing beside what is already spent", [4, 4], 10, 9, [[], [4, 4]]],
  ])("splits %s", (_, items, budget, first, groups) => expect(splitByBytes(items, cost, budget, first)).toEqual(groups));

  it("keeps every item once, in order, each group within the budget", () => {
    for (let seed = 1; seed < 40; seed++) {
      const items = Array.from({ length: seed * 3 }, (_, i) => ((seed * 7 + i * 13) % 9) + 1);
      const groups = splitByBytes(items, cost, 12);
      expect(groups.flat()).toEqual(items);
      for (const g of groups) expect(g.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12);
    }
  });
});
