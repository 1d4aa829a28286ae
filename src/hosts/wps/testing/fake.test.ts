import { FakeWps } from "./fakeApplication";
import { moveArea } from "./fakeModel";
import type { OpenSemantics } from "./openSemantics";

const area = (r1: number, r2: number) => ({ r1, c1: 8, r2, c2: 8 });

describe("the fake moves areas with rows as Excel does", () => {
  it.each([
    ["rows inserted above", area(5, 7), 2, 3, area(8, 10)],
    ["rows inserted inside", area(5, 7), 6, 2, area(5, 9)],
    ["rows inserted below", area(5, 7), 8, 2, area(5, 7)],
    ["rows deleted above", area(5, 7), 2, -2, area(3, 5)],
    ["rows deleted inside", area(5, 7), 6, -1, area(5, 6)],
    ["the area's rows deleted", area(5, 7), 5, -3, null],
    ["rows deleted over its top", area(5, 7), 4, -2, area(4, 5)],
  ])("%s", (_, a, at, count, moved) => {
    expect(moveArea(a, at, count)).toEqual(moved);
  });
});

function book(semantics: Partial<OpenSemantics> = {}) {
  const fake = new FakeWps({ semantics });
  fake.open({
    sheets: [
      {
        name: "表1",
        originRow: 0,
        originCol: 0,
        values: [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
      },
      { name: "表2", originRow: 0, originCol: 0, values: [[1]] },
    ],
  });
  return fake;
}

describe("the fake's object model", () => {
  it("keeps a defined name on its sheet through a rename, shows #REF! when its row or its sheet goes", () => {
    const fake = book();
    const names = fake.app.ActiveWorkbook!.Names;
    names.Add("_x", "='表1'!$A$1", false);
    fake.user.renameSheet("表1", "表 一");
    expect(names.Item("_x").RefersTo).toBe("='表 一'!$A$1");
    fake.user.insertRows("表 一", 0, 2);
    expect(names.Item("_x").RefersTo).toBe("='表 一'!$A$3");
    fake.user.deleteRows("表 一", 2, 1);
    expect(names.Item("_x").RefersTo).toBe("='表 一'!#REF!");
    fake.user.deleteSheet("表 一");
    expect(names.Item("_x").RefersTo).toBe("=#REF!");
  });

  it.each([
    ["all", 3],
    ["first", 2],
  ] as const)("adds a conditional format over A1:A2,B3 covering the cells of %s areas (%i)", (multiArea, cells) => {
    const fake = book({ multiArea });
    const rule = fake.app.ActiveWorkbook!.Worksheets.Item(1).Range("A1:A2,B3").FormatConditions.Add(2, undefined, "=TRUE");
    expect(rule.AppliesTo.Count).toBe(cells);
  });

  it("refuses a multi-area range under multiArea=throws", () => {
    const ws = book({ multiArea: "throws" }).app.ActiveWorkbook!.Worksheets.Item(1);
    expect(() => ws.Range("A1:A2,B3").FormatConditions.Add(2, undefined, "=TRUE")).toThrow(/multi-area/);
    expect(ws.Range("A1:A2").FormatConditions.Add(2, undefined, "=TRUE").AppliesTo.Count).toBe(2);
  });

  it.each([
    ["null", null],
    ["empty", ""],
    ["first", "General"],
  ] as const)("answers a mixed NumberFormat with %s", (mixed, answer) => {
    const fake = book({ mixed });
    fake.sheet("表1").update(2, 2, (c) => (c.numberFormat = "0%"));
    expect(fake.app.ActiveWorkbook!.Worksheets.Item(1).Range("B1:B2").NumberFormat).toBe(answer);
  });

  it("throws on AddComment over a comment where told to, as Excel does", () => {
    const fake = book({ commentOnComment: "throws" });
    fake.user.setNote({ sheet: "表1", row: 0, col: 0 }, "用户批注");
    expect(() => fake.app.ActiveWorkbook!.Worksheets.Item(1).Range("A1").AddComment("新的")).toThrow(/already has a comment/);
  });

  it("replaces a comment without a word on AddComment by default, under the author line when the build adds one", () => {
    const fake = book({ commentAuthor: "line" });
    fake.user.setNote({ sheet: "表1", row: 0, col: 0 }, "用户批注");
    fake.app.ActiveWorkbook!.Worksheets.Item(1).Range("A1").AddComment("新的");
    expect(fake.sheet("表1").cell(1, 1).comment).toBe("Administrator:\n新的");
    expect(fake.noteAt({ sheet: "表1", row: 0, col: 0 })).toBe("新的");
  });

  it.each([
    // per-write: the last API write (B3) goes back; cleared: nothing; untouched: the user's own edit of B1 goes back.
    ["per-write", [10, 20, 3]],
    ["cleared", [10, 20, 30]],
    ["untouched", [1, 20, 30]],
  ] as const)("Ctrl+Z after API writes (%s)", (undo, expected) => {
    const fake = book({ undo });
    const ws = fake.app.ActiveWorkbook!.Worksheets.Item(1);
    fake.user.setValue({ sheet: "表1", row: 0, col: 1 }, 10);
    ws.Range("B2").Value2 = 20;
    ws.Range("B3").Value2 = 30;
    fake.user.undo();
    const b = (r: number) => fake.sheet("表1").cell(r, 2).value;
    expect([b(1), b(2), b(3)]).toEqual(expected);
  });

  it("activates an added sheet, and a neighbour when the active sheet is hidden; deletes only with alerts off", () => {
    const fake = book();
    const sheets = fake.app.ActiveWorkbook!.Worksheets;
    const added = sheets.Add(undefined, sheets.Item(2));
    expect(fake.activeSheet).toBe(added.Name);
    added.Visible = 2;
    expect(fake.activeSheet).toBe("表2");
    expect(() => added.Delete()).toThrow(/DisplayAlerts/);
    fake.app.DisplayAlerts = false;
    added.Delete();
    expect(fake.book!.sheets.map((s) => s.name)).toEqual(["表1", "表2"]);
  });
});
