import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Edit } from "../../src/engine";
import { writeAnnotatedCopy, XlsxError } from "../../src/hosts/xlsx";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { makeTempDir } from "../fixtures/tempDir";
import { cellKindsWorkbook, saveWorkbook } from "../fixtures/workbooks";

const tmp = makeTempDir("write");
afterAll(tmp.cleanup);

const SHEET = "回购统建房住宅经费";

interface CellSnapshot {
  value: string;
  style: Record<string, unknown>;
  note: unknown;
}

/** Every cell of every sheet (value incl. formula, style, note), plus each sheet's merges, widths and heights. */
async function snapshot(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, CellSnapshot>();
  const layout: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, { value: JSON.stringify(cell.value), style: JSON.parse(JSON.stringify(cell.style ?? {})), note: cell.note ?? null });
      }),
    );
    layout[ws.name] = {
      merges: [...ws.model.merges].sort(),
      widths: ws.columns?.map((c) => c.width ?? null),
      heights: Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height ?? null),
    };
  }
  return { wb, cells, layout };
}

const at = (row: number, col: number) => ({ sheet: SHEET, row, col });

describe("writeAnnotatedCopy", () => {
  const input = path.join(tmp.dir, "sample.xlsx");
  const out = path.join(tmp.dir, "sample.checked.xlsx");
  const edits: Edit[] = [
    { kind: "fill", at: at(21, 7), color: "#FFC7CE", severity: "error" },
    { kind: "note", at: at(21, 7), text: "【自评表校验】\n总分 90 ≠ 10 + 90 = 100" },
    { kind: "fill", at: at(14, 4), color: "#FFEB9C", severity: "warning" },
    { kind: "value", at: at(21, 9), value: 0.7843, numberFormat: "0.00%" },
    { kind: "value", at: at(22, 9), value: 2, formula: "=1+1" },
  ];
  const editedAddresses = new Set([`${SHEET}!H22`, `${SHEET}!E15`, `${SHEET}!J22`, `${SHEET}!J23`]);
  let before: Awaited<ReturnType<typeof snapshot>>;
  let after: Awaited<ReturnType<typeof snapshot>>;
  let inputBytes: Buffer;

  beforeAll(async () => {
    fs.copyFileSync(bundledSamplePath(), input);
    inputBytes = fs.readFileSync(input);
    const result = await writeAnnotatedCopy(input, edits, out);
    expect(result).toEqual({ applied: edits.length, skipped: [] });
    before = await snapshot(input);
    after = await snapshot(out);
  });

  it("leaves the input's bytes alone", () => {
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it.each([
    ["H22", "FFFFC7CE"],
    ["E15", "FFFFEB9C"],
  ])("fills %s solid with %s", (address, argb) => {
    const fill = after.wb.getWorksheet(SHEET)!.getCell(address).fill as ExcelJS.FillPattern;
    expect(fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb } });
  });

  it("attaches the note and writes values, number formats and formulas", () => {
    const ws = after.wb.getWorksheet(SHEET)!;
    expect(ws.getCell("H22").note).toBe("【自评表校验】\n总分 90 ≠ 10 + 90 = 100");
    expect(ws.getCell("J22").value).toBe(0.7843);
    expect(ws.getCell("J22").numFmt).toBe("0.00%");
    expect(ws.getCell("J23").value).toMatchObject({ formula: "1+1", result: 2 });
  });

  it("keeps every other cell's value, formula and style, and each sheet's merges, widths and heights", () => {
    for (const [key, cell] of before.cells) {
      const now = after.cells.get(key);
      if (!editedAddresses.has(key)) expect({ key, value: now?.value, note: now?.note }).toEqual({ key, value: cell.value, note: cell.note });
      else if (key !== `${SHEET}!J22` && key !== `${SHEET}!J23`) expect({ key, value: now?.value }).toEqual({ key, value: cell.value });
      const withoutFill = ({ fill: _fill, ...rest }: Record<string, unknown>) => rest;
      if (editedAddresses.has(key)) expect({ key, style: withoutFill(now?.style ?? {}) }).toEqual({ key, style: withoutFill(cell.style) });
      else expect({ key, style: now?.style }).toEqual({ key, style: cell.style });
    }
    const added = [...after.cells.keys()].filter((k) => !before.cells.has(k) && after.cells.get(k)!.value !== "null");
    expect(added.sort()).toEqual([`${SHEET}!J22`, `${SHEET}!J23`]);
    // The edits reach row 23 and column J: the layout is compared over the original extent, the rest must be default.
    const clip = (layout: Record<string, unknown>, like: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(layout).map(([name, l]) => {
          const { merges, widths, heights } = l as { merges: string[]; widths: (number | null)[]; heights: (number | null)[] };
          const ref = like[name] as { widths: unknown[]; heights: unknown[] };
          expect([...widths.slice(ref.widths.length), ...heights.slice(ref.heights.length)].every((v) => v === null)).toBe(true);
          return [name, { merges, widths: widths.slice(0, ref.widths.length), heights: heights.slice(0, ref.heights.length) }];
        }),
      );
    expect(clip(after.layout, before.layout)).toEqual(before.layout);
  });

  it("a second pass removes its fill and note (null), restoring the original style", async () => {
    const again = path.join(tmp.dir, "sample.unmarked.xlsx");
    await writeAnnotatedCopy(out, [
      { kind: "fill", at: at(21, 7), color: null },
      { kind: "note", at: at(21, 7), text: null },
    ], again);
    const cell = (await snapshot(again)).cells.get(`${SHEET}!H22`)!;
    expect(cell.note).toBeNull();
    expect(cell.style).toEqual(before.cells.get(`${SHEET}!H22`)!.style);
  });

  it("skips edits on a sheet the workbook does not have, applying the rest", async () => {
    const result = await writeAnnotatedCopy(input, [{ kind: "fill", at: { sheet: "无此表", row: 0, col: 0 }, color: "#FFC7CE" }, edits[0]], path.join(tmp.dir, "skip.xlsx"));
    expect(result.applied).toBe(1);
    expect(result.skipped.map((s) => s.reason)).toEqual(["no-sheet"]);
  });

  it("keeps formulas, shared formulas, errors and merges of a workbook it did not make", async () => {
    const kinds = await saveWorkbook(cellKindsWorkbook(), path.join(tmp.dir, "kinds.xlsx"));
    const copy = path.join(tmp.dir, "kinds.checked.xlsx");
    await writeAnnotatedCopy(kinds, [{ kind: "fill", at: { sheet: "kinds", row: 1, col: 1 }, color: "#DDEBF7" }], copy);
    const a = await snapshot(kinds);
    const b = await snapshot(copy);
    for (const [key, cell] of a.cells) expect({ key, value: b.cells.get(key)?.value }).toEqual({ key, value: cell.value });
    expect(b.layout).toEqual(a.layout);
  });
});

describe("writeAnnotatedCopy never overwrites an input", () => {
  const input = path.join(tmp.dir, "guarded.xlsx");
  const other = path.join(tmp.dir, "other-input.xlsx");
  beforeAll(() => {
    fs.copyFileSync(bundledSamplePath(), input);
    fs.copyFileSync(bundledSamplePath(), other);
    fs.symlinkSync(input, path.join(tmp.dir, "link.xlsx"));
    fs.linkSync(input, path.join(tmp.dir, "hardlink.xlsx"));
  });
  const fill: Edit[] = [{ kind: "fill", at: at(0, 0), color: "#FFC7CE" }];

  it.each([
    ["the input itself", () => input, []],
    ["the input by a path with ..", () => path.join(tmp.dir, "x", "..", "guarded.xlsx"), []],
    ["a symbolic link to the input", () => path.join(tmp.dir, "link.xlsx"), []],
    ["a hard link to the input", () => path.join(tmp.dir, "hardlink.xlsx"), []],
    ["another input of the run", () => other, [other]],
  ])("refuses %s", async (_label, target, inputs) => {
    const bytes = fs.readFileSync(input);
    const error = await writeAnnotatedCopy(input, fill, target(), { inputs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as XlsxError).code).toBe("write-refused");
    expect((error as XlsxError).messages.zh).toContain("绝不覆盖");
    expect(fs.readFileSync(input).equals(bytes)).toBe(true);
    expect(fs.readFileSync(other).equals(bytes)).toBe(true);
  });

  it("says so clearly when the output folder does not exist", async () => {
    await expect(writeAnnotatedCopy(input, fill, path.join(tmp.dir, "no", "such", "dir", "x.xlsx"))).rejects.toMatchObject({ code: "write-failed" });
  });
});
