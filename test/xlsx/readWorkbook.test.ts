import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { a1, type SheetGrid, type WorkbookGrid } from "../../src/engine";
import { readWorkbook, readWorkbookGrid, XlsxError } from "../../src/hosts/xlsx";
import { makeTempDir } from "../fixtures/tempDir";
import { cellKindsWorkbook, saveWorkbook, writeBadInputs, writeTallWorkbook } from "../fixtures/workbooks";

const tmp = makeTempDir("read");
afterAll(tmp.cleanup);

function cellOf(sheet: SheetGrid, address: string) {
  const at = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const i = Number(at[2]) - 1 - sheet.originRow;
  const j = col - sheet.originCol;
  return { value: sheet.values[i]?.[j] ?? null, formula: sheet.formulas?.[i]?.[j] ?? null, format: sheet.numberFormats?.[i]?.[j] ?? null };
}

describe("readWorkbookGrid: cell kinds", () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await readWorkbookGrid(await saveWorkbook(cellKindsWorkbook(), path.join(tmp.dir, "kinds.xlsx")));
  });
  const sheet = () => grid.sheets.find((s) => s.name === "kinds")!;

  it.each([
    ["B2", "text", null],
    ["C2", 42, null],
    ["D2", true, null],
    ["B3", "富文本", null],
    ["C3", 84, "=C2*2"],
    ["D3", null, "=C2/0"],
    ["B4", "链接", null],
    ["C4", 44561, null],
    ["D4", { error: "#DIV/0!" }, null],
    ["B5", { error: "#DIV/0!" }, "=1/0"],
    ["C5", 0.95, null],
    ["D5", "  ＞＝95％ ", null],
    ["B6", 43, "=C2+1"],
    ["B7", 44, "=C3+1"],
    ["B8", 45, "=C4+1"],
    ["C7", "合并", null],
    ["D7", null, null],
    ["C8", null, null],
  ])("%s reads as %p with formula %p", (address, value, formula) => {
    const got = cellOf(sheet(), address);
    expect(got.value).toEqual(value);
    expect(got.formula).toBe(formula);
  });

  it.each([
    ["C4", "yyyy-mm-dd"],
    ["C5", "0.00%"],
  ])("%s keeps its number format %s", (address, format) => {
    expect(cellOf(sheet(), address).format).toBe(format);
  });

  it("gives the used area's origin and size, and merges 0-based", () => {
    const s = sheet();
    expect([s.originRow, s.originCol, s.values.length, s.values[0].length]).toEqual([1, 1, 7, 3]);
    expect(s.merges).toEqual([{ top: 6, left: 2, bottom: 7, right: 3 }]);
  });

  it("reads an empty sheet as an empty grid, and an offset sheet from its first used cell", () => {
    const empty = grid.sheets.find((s) => s.name === "empty")!;
    expect(empty.values).toEqual([]);
    const far = grid.sheets.find((s) => s.name === "offset")!;
    expect([far.originRow, far.originCol]).toEqual([9, 5]);
    expect(a1(far.originRow + 2, far.originCol + 1)).toBe("G12");
    expect(far.values[2][1]).toBe(7);
  });

  it("reads the same from bytes as from a path", async () => {
    const bytes = fs.readFileSync(path.join(tmp.dir, "kinds.xlsx"));
    expect(await readWorkbookGrid(bytes)).toEqual(grid);
  });
});

describe("readWorkbook: bad input gets a clear, typed error", () => {
  let bad: Awaited<ReturnType<typeof writeBadInputs>>;
  beforeAll(async () => {
    const good = Buffer.from(await cellKindsWorkbook().xlsx.writeBuffer());
    bad = await writeBadInputs(tmp.dir, good);
  });

  it.each([
    ["empty", "empty", /空的/, /empty/],
    ["encrypted", "encrypted", /设置了打开密码/, /password-protected/],
    ["corrupt", "corrupt", /损坏/, /damaged/],
    ["text", "not-zip", /不是 \.xlsx/, /not a zip/],
    ["truncated", "corrupt", /损坏/, /damaged/],
  ] as const)("%s file → %s", async (kind, code, zh, en) => {
    const error = await readWorkbook(bad[kind]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxError);
    const e = error as XlsxError;
    expect(e.code).toBe(code);
    expect(e.messages.zh).toMatch(zh);
    expect(e.messages.en).toMatch(en);
    expect(e.messages.zh).toContain(bad[kind]);
    expect(e.messages.en).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["a missing file", "missing", () => path.join(tmp.dir, "nope.xlsx")],
    ["a folder", "not-a-file", () => tmp.dir],
  ])("%s → %s", async (_label, code, file) => {
    await expect(readWorkbook(file())).rejects.toMatchObject({ code });
  });

  it("reads a workbook without sheets as an empty grid", async () => {
    const wb = new ExcelJS.Workbook();
    const file = await saveWorkbook(wb, path.join(tmp.dir, "nosheets.xlsx"));
    expect((await readWorkbook(file)).grid.sheets).toEqual([]);
  });
});

describe("readWorkbook: size", () => {
  it("cuts a sheet above the cell cap and says so in a notice", async () => {
    const file = path.join(tmp.dir, "cut.xlsx");
    await writeTallWorkbook(file, 500);
    const { grid, notices } = await readWorkbook(file, { maxCellsPerSheet: 300, lang: "en" });
    expect(grid.sheets[0].values.length).toBe(100);
    expect(notices).toEqual([
      {
        sheet: "tall",
        message: expect.stringContaining("first 100 rows"),
        messages: { zh: expect.stringContaining("前 100 行"), en: expect.any(String) },
      },
    ]);
  });
});
