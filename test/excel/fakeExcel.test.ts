import { FakeExcel, FakeOfficeError, getCell, setCell, type ApiVersion } from "../../src/hosts/excel/testing/fakeExcel";
import type { XlContext } from "../../src/hosts/excel/api";

function fakeWith(api: ApiVersion = "1.20") {
  const fake = FakeExcel.fromGrids([{ name: "S", originRow: 0, originCol: 0, values: [["a", 1], [null, { error: "#DIV/0!" }]], formulas: [[null, null], [null, "=1/0"]] }], api);
  return fake;
}

const run = <T>(fake: FakeExcel, work: (ctx: XlContext) => Promise<T>) => fake.env().run(work, { mergeUndoGroup: false });
const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: FakeOfficeError) => e.code);

describe("the fake Excel: batching", () => {
  it("throws on reading a property before load, and before sync", async () => {
    const fake = fakeWith();
    await run(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["a", 1], ["", "#DIV/0!"]]);
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
    ["request", (ctx: XlContext) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(6 * 1024 * 1024)]]), "RequestPayloadSizeLimitExceeded"],
    ["response", (ctx: XlContext) => void ctx.workbook.worksheets.getItem("S").getRange("A1:J60000").load("values,valueTypes,formulas,numberFormat"), "ResponsePayloadSizeLimitExceeded"],
  ])("refuses a %s over 5 MB", async (_, queue, code) => {
    const fake = fakeWith();
    expect(await codeOf(run(fake, async (ctx) => { queue(ctx); await ctx.sync(); }))).toBe(code);
    expect(fake.written).toEqual([]);
  });

  it("keeps what ran before a failing operation, as Office.js does", async () => {
    const fake = fakeWith();
    fake.failAt = { sync: 1, op: 1, code: "GeneralException" };
    const code = await codeOf(run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("D1").values = [[1]];
      ws.getRange("D2").values = [[2]];
      await ctx.sync();
    }));
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
    expect(await codeOf(run(fake, async (ctx) => { ctx.workbook.worksheets.getItem("nope").getRange("A1").load("values"); await ctx.sync(); }))).toBe("ItemNotFound");
  });

  it.each([
    ["1.7", "getRanges", "ApiNotFound"],
    ["1.9", "getRanges", "ok"],
    ["1.8", "getCellProperties", "ApiNotFound"],
    ["1.9", "getCellProperties", "ok"],
    ["1.12", "getMergedAreasOrNullObject", "ApiNotFound"],
    ["1.13", "getMergedAreasOrNullObject", "ok"],
    ["1.9", "comments", "ApiNotFound"],
    ["1.10", "comments", "ok"],
    ["1.17", "notes", "ApiNotFound"],
    ["1.18", "notes", "ok"],
  ] as [ApiVersion, string, string][])("on ExcelApi %s, %s gives %s", async (api, feature, expected) => {
    const fake = fakeWith(api);
    const code = await codeOf(run(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      if (feature === "getRanges") ws.getRanges("A1,B2").format.fill.color = "#FFC7CE";
      if (feature === "getCellProperties") ws.getRange("A1:B2").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      if (feature === "getMergedAreasOrNullObject") ws.getRange("A1:B2").getMergedAreasOrNullObject().load("address");
      if (feature === "comments") ctx.workbook.comments.load("items/content");
      if (feature === "notes") ctx.workbook.notes.add("S!A1", "n");
      await ctx.sync();
    }));
    expect(code).toBe(expected);
  });

  it("refuses writes to a protected sheet", async () => {
    const fake = fakeWith();
    fake.sheet("S").protected = true;
    expect(await codeOf(run(fake, async (ctx) => { ctx.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = "#FF0000"; await ctx.sync(); }))).toBe("AccessDenied");
    expect(getCell(fake.sheet("S"), 0, 0).fill).toBeNull();
  });

  it("refuses a RangeAreas address over 255 characters", async () => {
    const fake = fakeWith();
    const long = Array.from({ length: 80 }, (_, i) => `A${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(255);
    expect(await codeOf(run(fake, async (ctx) => { ctx.workbook.worksheets.getItem("S").getRanges(long).format.fill.clear(); await ctx.sync(); }))).toBe("InvalidArgument");
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
    await run(fake, async (ctx) => { ctx.workbook.worksheets.getItem("S").getRange("E5").values = [[input]]; await ctx.sync(); });
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
    await run(fake, async (ctx) => { ctx.workbook.customXmlParts.add('<r xmlns="urn:x">1</r>'); await ctx.sync(); });
    env.settings.set("a", 1);
    await env.settings.save();
    env.settings.set("b", 2);
    const again = new FakeExcel(fake.api, fake.book);
    expect(again.env().settings.get("a")).toBe(1);
    expect(again.env().settings.get("b")).toBeUndefined();
    const saved = fake.saveAndReopen();
    expect(saved.book.parts.map((p) => p.xml)).toEqual(['<r xmlns="urn:x">1</r>']);
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
