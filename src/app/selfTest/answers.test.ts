import { normalAreas, rangeAnswer, sameAreas, sample } from "./answers";
import { longText, scratchName } from "./scratch";

describe("reading a host's answers", () => {
  it.each<[unknown, unknown, string]>([
    [null, "0%", "null"],
    [undefined, "0%", "null"],
    ["", "0%", "empty"],
    ["0%", "0%", "first"],
    [false, false, "first"],
    ["General", "0%", "other"],
    [-4142, -4142, "first"],
  ])("rangeAnswer(%j, first %j) → %s", (value, first, expected) => expect(rangeAnswer(value, first)).toBe(expected));

  it.each([
    ["Sheet1!$A$1:$A$3, Sheet1!$C$2:$C$4", "A1:A3,C2:C4"],
    ["'自检_x'!a1:a3,'自检_x'!c2:c4", "A1:A3,C2:C4"],
    ["$A$1:$A$3", "A1:A3"],
  ])("normalAreas(%s) → %s", (address, expected) => expect(normalAreas(address)).toBe(expected));

  it.each<[string, string, boolean]>([
    ["A1:A3,C2:C4", "C2:C4, A1:A3", true],
    ["Sheet1!$A$1:$A$3,Sheet1!$C$2:$C$4", "A1:A3,C2:C4", true],
    ["A1:A3", "A1:A3,C2:C4", false],
    ["A1:A3,C2:C5", "A1:A3,C2:C4", false],
  ])("sameAreas(%s, %s) → %s", (a, b, same) => expect(sameAreas(a, b)).toBe(same));

  it("cuts a long sample and says how long it was", () => {
    expect(sample("abc")).toBe("abc");
    expect(sample({ a: 1 })).toBe('{"a":1}');
    expect(sample("x".repeat(10), 4)).toBe("xxxx…(10)");
    expect(sample(undefined)).toBe("undefined");
  });
});

describe("scratch helpers", () => {
  it("names a scratch sheet that no sheet has, within Excel's 31 characters", () => {
    const rolls = [0.5, 0.5, 0.25];
    const random = () => rolls.shift()!;
    const taken = scratchName(
      [],
      () => 0.5,
      () => 1_700_000_000_000,
    );
    const name = scratchName([taken.toUpperCase()], random, () => 1_700_000_000_000);
    expect(name).not.toBe(taken);
    expect(name).toMatch(/^自检_[0-9a-z]+_[0-9a-z]+$/);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it("makes a long text of the record's alphabet whose every cut shows", () => {
    const text = longText(40_000);
    expect(text).toHaveLength(40_000);
    expect(text).toMatch(/^[A-Za-z0-9+/]+$/);
    expect(text.slice(0, 8203)).not.toBe(text.slice(64, 64 + 8203));
  });
});
