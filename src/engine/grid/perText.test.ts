import { perText } from "./perText";

describe("perText", () => {
  const counted = (longest?: number, limit?: number) => {
    const calls: string[] = [];
    const f = perText(
      (s: string) => {
        calls.push(s);
        return s.length > 2 ? { long: s } : null;
      },
      longest,
      limit,
    );
    return { f, calls };
  };

  it.each<[texts: string[], calls: string[]]>([
    [["ab", "ab", "ab"], ["ab"]],
    [
      ["abc", "ab", "abc", "ab"],
      ["abc", "ab"],
    ],
    [
      ["", "", "x"],
      ["", "x"],
    ],
  ])("%j computes %j", (texts, expected) => {
    const { f, calls } = counted();
    for (const t of texts) f(t);
    expect(calls).toEqual(expected);
  });

  it("gives the same result as the function, null included", () => {
    const { f } = counted();
    expect([f("abcd"), f("abcd"), f("a"), f("a")]).toEqual([{ long: "abcd" }, { long: "abcd" }, null, null]);
  });

  it("does not keep texts longer than the longest", () => {
    const { f, calls } = counted(3);
    f("abcd");
    f("abcd");
    f("abc");
    f("abc");
    expect(calls).toEqual(["abcd", "abcd", "abc"]);
  });

  it("starts over once the limit is reached", () => {
    const { f, calls } = counted(200, 2);
    for (const t of ["a", "b", "c", "a"]) f(t);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
