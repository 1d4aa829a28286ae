import { checkWorkbook, type CellRange, type SheetGrid, type WorkbookGrid } from "../../src/engine";
import { semanticsCases } from "../../src/hosts/wps/testing/openSemantics";
import { seedWorkbook } from "./fakeApplication";
import { MODES, openSession, SETTINGS } from "./harness";

const findings = (grid: WorkbookGrid) => checkWorkbook(grid, { profile: SETTINGS.profile, lang: "zh" }).report;

/** Every number cell's format ("row,col=format"): the only formats the engine reads. */
function numberFormats(s: SheetGrid): string[] {
  const out: string[] = [];
  s.values.forEach((r, i) => r.forEach((v, j) => typeof v === "number" && out.push(`${s.originRow + i},${s.originCol + j}=${s.numberFormats?.[i]?.[j] ?? null}`)));
  return out.sort();
}

/** Merged areas whose top-left cell holds a value (an empty merged area shows nothing either way). */
function valuedMerges(s: SheetGrid): string[] {
  const valued = (m: CellRange) => s.values[m.top - s.originRow]?.[m.left - s.originCol] != null;
  return (s.merges ?? []).filter(valued).map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
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

  it("trusts range-wide answers once WPS has flagged a mixed range (null or \"\"), and reads cell by cell while it has not", () => {
    const [flaggedNull, flaggedEmpty, first] = (["null", "empty", "first"] as const).map(readCalls);
    expect(flaggedEmpty).toEqual(flaggedNull);
    expect(flaggedNull.formats).toBeLessThan(flaggedNull.numbers / 2);
    expect(first.formats).toBeGreaterThanOrEqual(first.numbers);
    expect(flaggedNull.total).toBeLessThan(first.total);
  });
});
