import { checkWorkbook, type CellRange, type SheetGrid, type WorkbookGrid } from "../../src/engine";
import { semanticsCases } from "../../src/hosts/wps/testing/openSemantics";
import { UNKNOWN_SEMANTICS } from "../../src/app/selfTest/semantics";
import { EtSpreadsheet } from "../../src/hosts/wps/etSpreadsheet";
import { FakeWps, seedWorkbook } from "./fakeApplication";
import { MODES, openSession, SETTINGS } from "./harness";

const findings = (grid: WorkbookGrid) => checkWorkbook(grid, { profile: SETTINGS.profile, lang: "zh" }).report;

/** Every number cell's format ("row,col=format"): the only formats the engine reads. */
function numberFormats(s: SheetGrid): string[] {
  const out: string[] = [];
  s.values.forEach((r, i) =>
    r.forEach((v, j) => typeof v === "number" && out.push(`${s.originRow + i},${s.originCol + j}=${s.numberFormats?.[i]?.[j] ?? null}`)),
  );
  return out.sort();
}

/** Merged areas whose top-left cell holds a value (an empty merged area shows nothing either way). */
function valuedMerges(s: SheetGrid): string[] {
  const valued = (m: CellRange) => s.values[m.top - s.originRow]?.[m.left - s.originCol] != null;
  return (s.merges ?? [])
    .filter(valued)
    .map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`)
    .sort();
}

describe.each(MODES)("the ET adapter reads (%s)", (_, mode) => {
  it.each(semanticsCases())("the seed's forms, formats and merged areas exactly as they are (%s)", (_, semantics) => {
    const grid = seedWorkbook(6, 2);
    const { et } = openSession(grid, { ...mode, semantics });
    const read = et.readGrid();
    expect(read.sheets.map(numberFormats)).toEqual(grid.sheets.map(numberFormats));
    expect(read.sheets.map(valuedMerges)).toEqual(grid.sheets.map(valuedMerges));
    const report = findings(read);
    expect(report.tables.length).toBe(6);
    expect(report).toEqual(findings(grid));
  });
});

describe("the ET adapter reads mixed ranges", () => {
  /** Calls of one readGrid of the seed without SpreadsheetML, under one mixed-range reading. */
  function readCalls(mixed: "null" | "empty" | "first") {
    const grid = seedWorkbook(6, 2);
    const { fake, et } = openSession(grid, { semantics: { mixed } });
    et.readGrid();
    const numbers = grid.sheets.reduce((n, s) => n + s.values.flat().filter((v) => typeof v === "number").length, 0);
    return { total: fake.calls.total, formats: fake.calls.byMember.get("Range.NumberFormat") ?? 0, numbers };
  }

  it('trusts range-wide answers once WPS has flagged a mixed range (null or ""), and reads cell by cell while it has not', () => {
    const [flaggedNull, flaggedEmpty, first] = (["null", "empty", "first"] as const).map(readCalls);
    expect(flaggedEmpty).toEqual(flaggedNull);
    expect(flaggedNull.formats).toBeLessThan(flaggedNull.numbers / 2);
    expect(first.formats).toBeGreaterThanOrEqual(first.numbers);
    expect(flaggedNull.total).toBeLessThan(first.total);
  });
});

const XML_SWITCHES: [string, boolean][] = [
  ["SpreadsheetML", true],
  ["no SpreadsheetML", false],
];

describe.each(XML_SWITCHES)("a sheet whose used range is huge (%s)", (_, xmlSpreadsheet) => {
  /** The seed on two sheets, and a third whose used range a stray fill stretches to row 100,000 × column 50. */
  function bloated() {
    const grid = seedWorkbook(6, 2);
    const session = openSession(
      { sheets: [...grid.sheets, { name: "台账", originRow: 0, originCol: 0, values: [["x"]] }] },
      { xmlSpreadsheet },
    );
    session.fake.user.setColor({ sheet: "台账", row: 99_999, col: 49 }, "#FFFF00");
    return { grid, ...session };
  }

  it("is left out before any of its cells is read, and the other sheets are read as they are", () => {
    const { grid, fake, et } = bloated();
    const read = et.readGrid();
    expect(read.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(findings(read)).toEqual(findings(grid));
    // Whole-range reads: one Value2 and one Formula per sheet read, none of the huge one.
    expect(fake.calls.byMember.get("Range.Value2")).toBe(grid.sheets.length);
    expect(fake.calls.byMember.get("Range.Formula")).toBe(grid.sheets.length);
    expect(et.readNotices()).toEqual([
      { sheet: "台账", messages: expect.objectContaining({ zh: expect.stringContaining("100000 行 × 50 列") }) },
    ]);
  });

  it("costs the check a bounded number of calls, and the report says in Chinese and English which sheet was skipped", async () => {
    const small = openSession(seedWorkbook(6, 2), { xmlSpreadsheet });
    await small.host.check(SETTINGS);
    const { fake, host } = bloated();
    const report = await host.check(SETTINGS);
    expect(fake.calls.total).toBeLessThan(small.fake.calls.total + 100);
    expect(report.tables.length).toBe(6);
    const notice = report.notices.find((n) => n.sheet === "台账");
    expect(notice?.messages.zh).toMatch(/已用区域过大.*未读取也未校验/);
    expect(notice?.messages.en).toMatch(/too large.*neither read nor checked/);
  });
});

describe("SpreadsheetML is believed only where it is proven", () => {
  const valueXmlCalls = (fake: { calls: { byMember: Map<string, number> } }) => fake.calls.byMember.get("Range.Value()") ?? 0;

  it.each(semanticsCases())(
    "an answer one row off is caught by the cross-check, the read falls back, and it is not asked again (%s)",
    (_, semantics) => {
      const grid = seedWorkbook(6, 2);
      const { fake, et } = openSession(grid, { xmlSpreadsheet: "shifted", semantics });
      const read = et.readGrid();
      expect(read.sheets.map(numberFormats)).toEqual(grid.sheets.map(numberFormats));
      expect(read.sheets.map(valuedMerges)).toEqual(grid.sheets.map(valuedMerges));
      expect(findings(read)).toEqual(findings(grid));
      expect(valueXmlCalls(fake)).toBe(1);
      et.readGrid();
      expect(valueXmlCalls(fake)).toBe(1);
    },
  );

  it.each<[string, boolean | "shifted", boolean | null, number]>([
    ["自检 found it missing: never asked", true, false, 0],
    ["自检 found it: asked once per sheet, and cross-checked", true, true, 2],
    ["not probed: asked once per sheet", true, null, 2],
    ["not probed, host without it: asked once", false, null, 1],
  ])("%s", (_, xmlSpreadsheet, probed, calls) => {
    const grid = seedWorkbook(6, 2);
    const fake = new FakeWps({ xmlSpreadsheet });
    fake.open(grid);
    const et = new EtSpreadsheet(fake.app, fake.localStore, () => ({ ...UNKNOWN_SEMANTICS, xmlSpreadsheet: probed }));
    expect(findings(et.readGrid())).toEqual(findings(grid));
    expect(valueXmlCalls(fake)).toBe(calls);
  });
});
