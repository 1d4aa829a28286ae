import { DEFAULT_SETTINGS } from "../../app/host";
import { createExcelHost } from "./excelHost";
import { lazyExcelHost } from "./lazyExcelHost";
import { FakeExcel } from "./testing/fakeExcel";
import { seedWorkbook } from "./testing/seedWorkbook";

const UNPROBED = () => ({ multiAreaConditionalFormats: null });

const methods = (host: object) => Object.keys(host).sort();

it("offers every method of the full host, so that no feature disappears behind the lazy load", () => {
  const env = new FakeExcel().env();
  expect(methods(lazyExcelHost(env))).toEqual(methods(createExcelHost(env)));
});

it.each([
  ["check", (h: ReturnType<typeof createExcelHost>) => h.check(DEFAULT_SETTINGS)],
  ["previewFill", (h: ReturnType<typeof createExcelHost>) => h.previewFill(DEFAULT_SETTINGS)],
  ["state", (h: ReturnType<typeof createExcelHost>) => h.state()],
])("%s answers as the full host does, on the same workbook", async (_, call) => {
  const grids = seedWorkbook(2, 2);
  const full = await call(createExcelHost(FakeExcel.fromGrids(grids).env(), { semantics: UNPROBED }));
  const lazy = await call(lazyExcelHost(FakeExcel.fromGrids(grids).env(), { semantics: UNPROBED }));
  expect(lazy).toEqual(full);
});

it.each([
  ["canDownload", (h: ReturnType<typeof createExcelHost>) => h.canDownload],
  ["lastRun", (h: ReturnType<typeof createExcelHost>) => h.lastRun()],
])("%s answers at once, as the full host does", (_, read) => {
  const env = { ...new FakeExcel().env(), platform: "Mac" };
  expect(read(lazyExcelHost(env))).toEqual(read(createExcelHost(env)));
});
