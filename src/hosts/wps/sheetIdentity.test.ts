import { newSheetId, sheetOfReference, sheetRefsOf, type Identity } from "./sheetIdentity";

describe("sheetOfReference", () => {
  it.each([
    ["=表1!$A$1", "表1"],
    ["='Sheet 1'!$A$1", "Sheet 1"],
    ["='It''s'!$A$1", "It's"],
    ["='a!b'!$A$1", "a!b"],
    ["=表1!#REF!", "表1"],
    ["='表 1'!#REF!", "表 1"],
    ["=#REF!$A$1", null],
    ["=#REF!", null],
    ['="text"', null],
    [true, null],
    [undefined, null],
  ])("%p → %p", (refersTo, sheet) => {
    expect(sheetOfReference(refersTo)).toBe(sheet);
  });
});

describe("sheetRefsOf", () => {
  const identity = (id: string, sheet: string | null) => ({ id, sheet, entry: {} }) as Identity;

  it.each([
    [
      "named sheets keep their ids, the smallest first",
      ["表1"],
      [identity("bbbbbbbb", "表1"), identity("aaaaaaaa", "表1")],
      ["bbbbbbbb", "aaaaaaaa"],
    ],
    ["an id whose sheet is gone gives no ref", ["表1"], [identity("aaaaaaaa", null), identity("cccccccc", "表2")], ["pending"]],
  ])("%s", (_, sheets, identities, ids) => {
    const pending = new Map<string, string>();
    const refs = sheetRefsOf(sheets, identities, pending);
    expect(refs.map((r) => (pending.get(r.name) === r.id ? "pending" : r.id))).toEqual(ids);
  });

  it("gives a sheet without a name the same pending id for the whole session", () => {
    const pending = new Map<string, string>();
    const first = sheetRefsOf(["表1"], [], pending);
    expect(sheetRefsOf(["表1"], [], pending)).toEqual(first);
    expect(first[0].id).toMatch(/^[0-9a-z]{16}$/);
  });
});

describe("newSheetId", () => {
  it.each([
    [() => 0, "0000000000000000"],
    [() => 0.999, "zzzzzzzzzzzzzzzz"],
  ])("is 16 base-36 characters", (random, id) => expect(newSheetId(random)).toBe(id));
});
