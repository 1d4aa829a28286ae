import { checkWorkbook, type SheetGrid } from "../../src/engine";
import { EMPTY_RECORD } from "../../src/app/ownership/record";
import { encodeRecord } from "../../src/app/ownership/recordCodec";
import { EMPTY_REVIEWS, withFindingReview, withFormReview, type Reviews } from "../../src/app/review/decision";
import { RECORDS_SHEET, recordCells } from "../../src/hosts/common/recordSheetText";
import { FakeExcel } from "../../src/hosts/excel/testing/fakeExcel";
import { SETTINGS, hostOn, reopen } from "./harness";
import { seedWorkbook } from "./workbooks";

/** Decisions as a reviewer took them on the seed's forms in the workbench or with the command line. */
function decided(): Reviews {
  const { report } = checkWorkbook({ sheets: seedWorkbook(1, 1) });
  const at = new Date("2026-11-30T08:00:00Z");
  const one = withFormReview(EMPTY_REVIEWS, report, 0, "revise", "请补充偏差原因", at);
  return withFindingReview(one, report, report.issues[0], "accept", "已核实", at);
}

/** The seed's forms and a very hidden record sheet as an annotated copy (or WPS) writes it: column A, our marker first. */
function copyWith(column: string[]): FakeExcel {
  const sheet: SheetGrid = { name: RECORDS_SHEET, originRow: 0, originCol: 0, values: column.map((c) => [c]) };
  const fake = FakeExcel.fromGrids([...seedWorkbook(1, 1), sheet], "1.20");
  fake.userSetVisibility(RECORDS_SHEET, "VeryHidden");
  return fake;
}

describe("a copy's record sheet opened in Excel", () => {
  it("gives its decisions when the workbook has no record part, and Excel's own record keeps them from then on", async () => {
    const reviews = decided();
    const fake = copyWith(recordCells(encodeRecord({ ...EMPTY_RECORD, reviews })));
    const { host } = hostOn(fake);
    expect(await host.loadReviews()).toEqual(reviews);
    await host.check(SETTINGS);
    expect(await host.loadReviews()).toEqual(reviews);
    const again = reopen(fake);
    expect(await again.host.loadReviews()).toEqual(reviews);
    expect((await again.host.state()).recordProblem).toBeUndefined();
  });

  it.each([
    ["a sheet of that name that is not ours (no marker in A1)", (text: string) => ["我的记录", ...recordCells(text).slice(1)]],
    ["a record sheet whose text was cut short", (text: string) => recordCells(text).map((c, i) => (i === 1 ? c.slice(0, 20) : c))],
  ])("takes no decision from %s", async (_, column) => {
    const { host } = hostOn(copyWith(column(encodeRecord({ ...EMPTY_RECORD, reviews: decided() }))));
    expect(await host.loadReviews()).toEqual(EMPTY_REVIEWS);
  });

  it("reads the record part, not the sheet, once Excel has stored one", async () => {
    const fake = copyWith(recordCells(encodeRecord({ ...EMPTY_RECORD, reviews: decided() })));
    const { host } = hostOn(fake);
    const report = await host.check(SETTINGS);
    const mine = withFormReview(EMPTY_REVIEWS, report, 0, "pass", "同意", new Date("2026-12-01T08:00:00Z"));
    await host.saveReviews(mine);
    expect(await reopen(fake).host.loadReviews()).toEqual(mine);
  });
});
