import {
  FakeExcel,
  FakeOfficeError,
  PESSIMISTIC,
  getCell,
  setCell,
  type ApiVersion,
  type FakeSemantics,
} from "../../src/hosts/excel/testing/fakeExcel";
import type { XlContext } from "../../src/hosts/excel/api";

function fakeWith(api: ApiVersion = "1.20", semantics: FakeSemantics = PESSIMISTIC) {
  const fake = FakeExcel.fromGrids(
    [
      {
        name: "S",
        originRow: 0,
        originCol: 0,
        values: [
          ["a", 1],
          [null, { error: "#DIV/0!" }],
        ],
        formulas: [
          [null, null],
          [null, "=1/0"],
        ],
      },
    ],
    api,
    { semantics },
  );
  return fake;
}

const run = <T>(fake: FakeExcel, work: (ctx: XlContext) => Promise<T>) => fake.env().run(work, { mergeUndoGroup: false });
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: FakeOfficeError) => e.code,
  );

describe("the fake Excel: batching", () => {
  it("throws on reading a property before load, and before sync", async () => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([
        ["a", 1],
        ["", "#DIV/0!"],
      ]);
      expect(() => r.formulas).toThrow(/PropertyNotLoaded/);
    });
  });

  it("queues writes until sync and counts syncs", async () => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("C3").values = [[5]];
      expect(getCell(fake.sheet("S"), 2, 2).value).toBeNull();
      await ctx.sync();
      expect(getCell(fake.sheet("S"), 2, 2).value).toBe(5);
      await ctx.sync();
    });
    expect(fake.syncs).toBe(2);
    expect(fake.written).toEqual([{ sheet: "S", row: 2, col: 2, what: "value" }]);
  });

  it("reads the state as of its place in the batch", async () => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.load("values");
      r.values = [["b"]];
      await ctx.sync();
      expect(r.values).toEqual([["a"]]);
    });
  });

  it.each([
    [
      "request",
      (ctx: XlContext) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(6 * 1024 * 1024)]]),
      "RequestPayloadSizeLimitExceeded",
    ],
    [
      "response",
      (ctx: XlContext) => void ctx.workbook.worksheets.getItem("S").getRange("A1:J60000").load("values,valueTypes,formulas,numberFormat"),
      "ResponsePayloadSizeLimitExceeded",
    ],
  ])("refuses a %s over 5 MB", async (_, queue, code) => {
    const fake = fakeWith();
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          queue(ctx);
          await ctx.sync();
        }),
      ),
    ).toBe(code);
    expect(fake.written).toEqual([]);
  });

  it("keeps what ran before a failing operation, as Office.js does", async () => {
    const fake = fakeWith();
    fake.failAt = { sync: 1, op: 1, code: "GeneralException" };
    const code = await codeOf(
      run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("D1").values = [[1]];
        ws.getRange("D2").values = [[2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(getCell(fake.sheet("S"), 0, 3).value).toBe(1);
    expect(getCell(fake.sheet("S"), 1, 3).value).toBeNull();
  });
});

describe("the fake Excel: objects", () => {
  it("gives null objects for what does not exist", async () => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("s");
      missing.load("name");
      present.load("name");
      const merges = ctx.workbook.worksheets.getItem("S").getRange("A1:B2").getMergedAreasOrNullObject();
      merges.load("address");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("S");
      expect(merges.isNullObject).toBe(true);
    });
  });

  it("fails a missing sheet with ItemNotFound at sync", async () => {
    const fake = fakeWith();
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.getItem("nope").getRange("A1").load("values");
          await ctx.sync();
        }),
      ),
    ).toBe("ItemNotFound");
  });

  it.each([
    ["1.7", "getRanges", "ApiNotFound"],
    ["1.9", "getRanges", "ok"],
    ["1.7", "conditionalFormats", "ok"],
    ["1.12", "getMergedAreasOrNullObject", "ApiNotFound"],
    ["1.13", "getMergedAreasOrNullObject", "ok"],
    ["1.9", "comments", "ApiNotFound"],
    ["1.10", "comments", "ok"],
    ["1.17", "notes", "ApiNotFound"],
    ["1.18", "notes", "ok"],
  ] as [ApiVersion, string, string][])("on ExcelApi %s, %s gives %s", async (api, feature, expected) => {
    const fake = fakeWith(api);
    const code = await codeOf(
      run(fake, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        if (feature === "getRanges") ws.getRanges("A1,B2").conditionalFormats.add("Custom");
        if (feature === "conditionalFormats") ws.getRange("A1:B2").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
        if (feature === "getMergedAreasOrNullObject") ws.getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        if (feature === "comments") ctx.workbook.comments.load("items/content");
        if (feature === "notes") ctx.workbook.notes.add("S!A1", "n");
        await ctx.sync();
      }),
    );
    expect(code).toBe(expected);
  });

  it("refuses writes to a protected sheet", async () => {
    const fake = fakeWith();
    fake.sheet("S").protected = true;
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.add("Custom");
          await ctx.sync();
        }),
      ),
    ).toBe("AccessDenied");
    expect(fake.sheet("S").cfs).toEqual([]);
  });

  it("refuses a RangeAreas address over 255 characters", async () => {
    const fake = fakeWith();
    const long = Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(255);
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRanges(long).conditionalFormats.add("Custom");
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it.each([
    ["'12", "12"],
    ["12", 12],
    ["78%", 0.78],
    ["TRUE", true],
    ["#N/A", { error: "#N/A" }],
    ["≥12辆", "≥12辆"],
    ["", null],
  ])("turns a written %p into %p as Excel does", async (input, stored) => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("E5").values = [[input]];
      await ctx.sync();
    });
    expect(getCell(fake.sheet("S"), 4, 4).value).toEqual(stored);
  });

  it("gives a formula back its last result when written again", async () => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("B2");
      r.values = [[3]];
      r.formulas = [["=1/0"]];
      r.load("values,valueTypes,formulas");
      await ctx.sync();
      expect([r.values, r.valueTypes, r.formulas]).toEqual([[["#DIV/0!"]], [["Error"]], [["=1/0"]]]);
    });
  });

  it("keeps XML parts and saved settings across save and reopen, not unsaved ones", async () => {
    const fake = fakeWith();
    const env = fake.env();
    await run(fake, async (ctx) => {
      ctx.workbook.customXmlParts.add('<r xmlns="urn:x">1</r>');
      await ctx.sync();
    });
    env.settings.set("a", 1);
    await env.settings.save();
    env.settings.set("b", 2);
    const again = new FakeExcel(fake.api, fake.book);
    expect(again.env().settings.get("a")).toBe(1);
    expect(again.env().settings.get("b")).toBeUndefined();
    const saved = fake.saveAndReopen();
    expect(saved.book.parts.map((p) => p.namespace)).toEqual(["urn:x"]);
    expect(saved.env().settings.get("b")).toBe(2);
  });

  it("models the used range of values only", async () => {
    const fake = fakeWith();
    setCell(fake.sheet("S"), 9, 9, { fill: "#FF0000" });
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getUsedRange(true);
      r.load("address");
      await ctx.sync();
      expect(r.address).toBe("S!A1:B2");
    });
  });
});

/** A sheet for the user's actions: a label column, scores with a formula, a note, a mark rule over H3:H4. */
function formSheet(semantics: FakeSemantics = PESSIMISTIC, api: ApiVersion = "1.20") {
  const values = [
    ["指标", "分值", "得分"],
    ["数量", 10, 8],
    ["质量", 10, 9],
    ["时效", 10, 7],
    ["合计", null, 24],
  ];
  const formulas = values.map((r, i) => r.map((_, j) => (i === 4 && j === 2 ? "=SUM(C2:C4)+$C$2-Other!C2" : null)));
  const fake = FakeExcel.fromGrids([{ name: "表", originRow: 0, originCol: 0, values, formulas }], api, { semantics });
  fake.userSetNote("表", 2, 2, "我的批注");
  fake.userAddRule("表", "C3:C4", "=TRUE", "#FFC7CE");
  setCell(fake.sheet("表"), 3, 2, { fill: "#00FF00" });
  return fake;
}
const valuesOf = (fake: FakeExcel) =>
  Array.from({ length: 7 }, (_, r) => Array.from({ length: 3 }, (_, c) => getCell(fake.sheet("表"), r, c).value));

describe("the fake Excel: conditional formats", () => {
  it("adds a custom rule over several areas, finds it from the whole sheet, tells its areas, and deletes it", async () => {
    const fake = fakeWith("1.14", { ...PESSIMISTIC, multiAreaRule: "kept" });
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const cf = ws.getRanges("A1:A2,C5").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=ISTEXT("x")';
      cf.custom.format.fill.color = "#ffc7ce";
      await ctx.sync();
      const all = ws.getRange().conditionalFormats;
      const none = ws.getRange("B1").conditionalFormats;
      all.load("items/type,items/customOrNullObject/rule/formula");
      none.load("items/type");
      await ctx.sync();
      expect(none.items).toEqual([]);
      expect(all.items.map((c) => [c.type, c.customOrNullObject.rule.formula])).toEqual([["Custom", '=ISTEXT("x")']]);
      const areas = all.items[0].getRanges();
      const single = all.items[0].getRangeOrNullObject();
      areas.load("address");
      single.load("address");
      all.items[0].delete();
      await ctx.sync();
      expect([areas.address, single.isNullObject]).toEqual(["S!A1:A2,S!C5", true]);
    });
    expect(fake.sheet("S").cfs.map((c) => [c.fill, c.alive])).toEqual([["#FFC7CE", false]]);
  });

  it("refuses to load `custom` of a rule of another type; customOrNullObject is null for it", async () => {
    const fake = fakeWith();
    fake.sheet("S").cfs.push({
      id: "{bar}",
      type: "DataBar",
      formula: null,
      fill: null,
      areas: [{ top: 0, left: 0, bottom: 3, right: 0 }],
      alive: true,
    });
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange().conditionalFormats.load("items/custom/rule/formula");
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await run(fake, async (ctx) => {
      const all = ctx.workbook.worksheets.getItem("S").getRange().conditionalFormats;
      all.load("items/type,items/customOrNullObject/rule/formula");
      await ctx.sync();
      expect([all.items[0].type, all.items[0].customOrNullObject.isNullObject]).toEqual(["DataBar", true]);
    });
  });
});

describe("the fake Excel: what a person does between two runs", () => {
  it("inserting rows moves values, formulas (references too), notes, fills, merges and rules; a rule across grows", () => {
    const fake = formSheet();
    fake.sheet("表").merges = [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ];
    fake.userInsertRows("表", 3, 2);
    expect(valuesOf(fake).map((r) => r[0])).toEqual(["指标", "数量", "质量", null, null, "时效", "合计"]);
    expect(getCell(fake.sheet("表"), 6, 2).formula).toBe("=SUM(C2:C6)+$C$2-Other!C2");
    expect(getCell(fake.sheet("表"), 5, 2).fill).toBe("#00FF00");
    expect(fake.book.annotations.map((a) => [a.row, a.col])).toEqual([[2, 2]]);
    expect(fake.sheet("表").cfs[0].areas).toEqual([{ top: 2, left: 2, bottom: 5, right: 2 }]);
    expect(fake.sheet("表").merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 5, left: 0, bottom: 6, right: 0 },
    ]);
  });

  it("deleting rows takes their cells, notes and rule areas with them; a reference to them becomes #REF!", () => {
    const fake = formSheet();
    fake.userDeleteRows("表", 2, 1);
    expect(
      valuesOf(fake)
        .map((r) => r[0])
        .slice(0, 4),
    ).toEqual(["指标", "数量", "时效", "合计"]);
    expect(fake.book.annotations.filter((a) => a.alive)).toEqual([]);
    expect(fake.sheet("表").cfs[0].areas).toEqual([{ top: 2, left: 2, bottom: 2, right: 2 }]);
    expect(getCell(fake.sheet("表"), 3, 2).formula).toBe("=SUM(C2:C3)+$C$2-Other!C2");
    fake.userDeleteRows("表", 1, 1);
    expect(getCell(fake.sheet("表"), 2, 2).formula).toBe("=SUM(C2:C2)+#REF!-Other!C2");
    fake.userDeleteRows("表", 1, 1);
    expect(fake.sheet("表").cfs[0].alive).toBe(false);
  });

  it("sorting moves the rows' cells, fills and notes, not the rules", () => {
    const fake = formSheet();
    fake.userSortRows("表", 1, [3, 1, 2]);
    expect(
      valuesOf(fake)
        .map((r) => r[0])
        .slice(1, 4),
    ).toEqual(["时效", "数量", "质量"]);
    expect(getCell(fake.sheet("表"), 1, 2).fill).toBe("#00FF00");
    expect(fake.book.annotations.map((a) => a.row)).toEqual([3]);
    expect(fake.sheet("表").cfs[0].areas).toEqual([{ top: 2, left: 2, bottom: 3, right: 2 }]);
  });

  it("renaming keeps the sheet's id; deleting a sheet takes its notes and rules", () => {
    const fake = formSheet();
    const id = fake.sheet("表").wsId;
    fake.userRenameSheet("表", "新名");
    expect(fake.sheet("新名").wsId).toBe(id);
    fake.userDeleteSheet("新名");
    expect(fake.snapshot()).toEqual({ sheets: [], annotations: [] });
  });

  it.each([
    ["no", true],
    ["yes", false],
  ] as const)("Ctrl+Z reverts the cells, rules and notes of the last batch; the XML part too: %s", async (parts, kept) => {
    const fake = formSheet({ ...PESSIMISTIC, undoRevertsParts: parts });
    const before = fake.snapshot();
    await run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      ws.getRange("C3").values = [[0]];
      await ctx.sync();
      ctx.workbook.customXmlParts.add('<r xmlns="urn:x">1</r>');
      ws.getRange("C2").values = [[5]];
      ws.getRange("C2").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      ctx.workbook.notes.add(ws.getRange("C4"), "ours");
      await ctx.sync();
    });
    expect(fake.userUndo()).toBe(true);
    expect(fake.snapshot()).toEqual({ ...before, sheets: [{ ...before.sheets[0], cells: fake.snapshot().sheets[0].cells }] });
    expect(valuesOf(fake)[1][2]).toBe(8);
    expect(valuesOf(fake)[2][2]).toBe(0);
    expect(fake.book.parts.filter((p) => p.alive)).toHaveLength(kept ? 1 : 0);
    expect(fake.userUndo()).toBe(false);
  });

  it("Ctrl+Z after a run with mergeUndoGroup reverts the whole run; a user action since ends what it can revert", async () => {
    const fake = formSheet();
    const before = fake.snapshot();
    await fake.env().run(
      async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("C2").values = [[5]];
        await ctx.sync();
        ctx.workbook.worksheets.getItem("表").getRange("C3").values = [[6]];
        await ctx.sync();
      },
      { mergeUndoGroup: true },
    );
    fake.userUndo();
    expect(fake.snapshot()).toEqual(before);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("C2").values = [[5]];
      await ctx.sync();
    });
    fake.userSetValue("表", 0, 5, "x");
    expect(fake.userUndo()).toBe(false);
  });
});

describe("the fake Excel: what the documentation does not settle", () => {
  it.each([
    ["throws", "InvalidArgument"],
    ["succeeds", "ok"],
  ] as const)("below 1.18 a comment on a cell holding a note %s", async (answer, code) => {
    const fake = fakeWith("1.14", { ...PESSIMISTIC, commentOverNote: answer });
    fake.userSetNote("S", 0, 0, "用户的注释");
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.comments.add("S!A1", "ours");
          await ctx.sync();
        }),
      ),
    ).toBe(code);
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.comments.add("S!A1", "twice");
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("on 1.18 a note never goes on a cell holding a note or a comment", async () => {
    const fake = fakeWith("1.18", { ...PESSIMISTIC, commentOverNote: "succeeds" });
    fake.userSetNote("S", 0, 0, "用户的注释");
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.comments.add("S!A1", "ours");
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it.each([
    ["regenerated", false],
    ["stable", true],
  ] as const)("Worksheet.id after save and reopen: %s", (answer, same) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, sheetIdOnReopen: answer });
    expect(fake.saveAndReopen().sheet("S").wsId === fake.sheet("S").wsId).toBe(same);
  });

  it.each([
    ["reserialised", '<?xml version="1.0" encoding="utf-8" standalone="no"?>\r\n<ns0:r xmlns:ns0="urn:x"><![CDATA[a<b]]></ns0:r>'],
    ["verbatim", '<r xmlns="urn:x">a&lt;b</r>'],
  ] as const)("a custom XML part after save and reopen: %s", async (answer, xml) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, xmlOnReopen: answer });
    fake.plantPart('<r xmlns="urn:x">a&lt;b</r>');
    expect(fake.saveAndReopen().book.parts.map((p) => [p.xml, p.namespace])).toEqual([[xml, "urn:x"]]);
  });

  it.each([
    ["utf8-with-overhead", 3 * 1000 + 300],
    ["json-characters", 1000 + 2 + 60],
  ] as const)("request size counted as %s", async (answer, expected) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, requestSize: answer });
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("E5").values = [["字".repeat(1000)]];
      await ctx.sync();
    });
    expect(fake.stats[0].requestBytes - 64).toBe(expected + (answer === "json-characters" ? 4 : 6));
  });

  it.each([
    ["first-area", "S!A1:A2"],
    ["kept", "S!A1:A2,S!C5"],
  ] as const)("a rule added over several areas, as %s", async (answer, address) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, multiAreaRule: answer });
    await run(fake, async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("S").getRanges("A1:A2,C5").conditionalFormats.add("Custom");
      const areas = cf.getRanges();
      areas.load("address");
      await ctx.sync();
      expect(areas.address).toBe(address);
    });
  });

  it.each([
    ["kept", "'9"],
    ["prefix", "9"],
  ] as const)("an apostrophe written into a Text cell is %s", async (answer, value) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, apostropheInTextCell: answer });
    setCell(fake.sheet("S"), 4, 4, { numberFormat: "@" });
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("E5").values = [["'9"]];
      await ctx.sync();
    });
    expect(getCell(fake.sheet("S"), 4, 4).value).toBe(value);
  });

  it.each([
    ["null", "ok"],
    ["throws", "RangeExceedsLimit"],
  ] as const)("the values of a range over five million cells: %s", async (answer, code) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, overCellLimit: answer });
    let values: unknown = "unread";
    const outcome = await codeOf(
      run(fake, async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("A1:J600000");
        r.load("values,rowCount");
        await ctx.sync();
        values = r.values;
      }),
    );
    expect([outcome, outcome === "ok" ? values : null]).toEqual([code, null]);
  });

  it.each([
    ["omitted", []],
    ["whole", ["S!A2:B5"]],
    ["clipped", ["S!A2:B3"]],
  ] as const)("merged areas of a range that cuts through one: %s", async (answer, areas) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, mergedAreaAtEdge: answer });
    fake.sheet("S").merges.push({ top: 1, left: 0, bottom: 4, right: 1 });
    await run(fake, async (ctx) => {
      const found = ctx.workbook.worksheets.getItem("S").getRange("A1:C3").getMergedAreasOrNullObject();
      found.load("address");
      await ctx.sync();
      expect(found.isNullObject ? [] : found.address.split(",")).toEqual(areas);
    });
  });

  it("more than 512 merged areas in one call: refused", async () => {
    const fake = fakeWith();
    fake.sheet("S").merges.push(...Array.from({ length: 513 }, (_, i) => ({ top: 10 + i, left: 0, bottom: 10 + i, right: 1 })));
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().load("address");
          await ctx.sync();
        }),
      ),
    ).not.toBe("ok");
  });

  it.each([
    ["shows", "ok", "Visible"],
    ["throws", "InvalidOperation", "Hidden"],
  ] as const)("activating a hidden sheet %s it", async (answer, code, after) => {
    const fake = fakeWith("1.20", { ...PESSIMISTIC, activateHidden: answer });
    fake.userSetVisibility("S", "Hidden");
    expect(
      await codeOf(
        run(fake, async (ctx) => {
          ctx.workbook.worksheets.getItem("S").activate();
          await ctx.sync();
        }),
      ),
    ).toBe(code);
    expect(fake.sheet("S").visibility).toBe(after);
  });
});
