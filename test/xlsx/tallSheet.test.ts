import * as path from "path";
import { readWorkbook } from "../../src/hosts/xlsx";
import { makeTempDir } from "../fixtures/tempDir";
import { writeTallWorkbook } from "../fixtures/workbooks";
import { run } from "../cli/run";

const tmp = makeTempDir("tall");
afterAll(tmp.cleanup);

it("reads a sheet of 100,000 rows whole, and the command line checks it (no form) without crashing", async () => {
  const file = path.join(tmp.dir, "tall.xlsx");
  await writeTallWorkbook(file, 100_000);
  const { grid, notices } = await readWorkbook(file);
  expect(notices).toEqual([]);
  expect(grid.sheets[0].values).toHaveLength(100_000);
  expect(grid.sheets[0].values[99_999]).toEqual(["行100000", 100000, 50000]);
  const r = await run("check", file);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/找到 0 张自评表/);
}, 120_000);
