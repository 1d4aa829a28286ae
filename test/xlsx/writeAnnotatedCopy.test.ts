import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { NOTE_PREFIX, type Edit, type Severity } from "../../src/engine";
import { ownMarkSeverity } from "../../src/app/ownership/marks";
import { noteText, writeAnnotatedCopy, XlsxError } from "../../src/hosts/xlsx";
import { bundledSamplePath } from "../../src/cli/samplePath";
import { makeTempDir } from "../fixtures/tempDir";
import { cellKindsWorkbook, saveWorkbook } from "../fixtures/workbooks";
import { RICH, richWorkbookBytes } from "./richWorkbook";

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
        cells.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          style: JSON.parse(JSON.stringify(cell.style ?? {})),
          note: cell.note ?? null,
        });
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

type Rules = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

/** A sheet's conditional formats as [sqref, our severity or the rule's type, fill colour]. */
function rulesOf(ws: ExcelJS.Worksheet): [string, string, string | undefined][] {
  return ((ws as unknown as Rules).conditionalFormattings ?? []).flatMap((cf) =>
    cf.rules.map((r): [string, string, string | undefined] => {
      const formula = r.type === "expression" ? String(r.formulae?.[0] ?? "") : "";
      const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
      return [cf.ref, ownMarkSeverity(formula) ?? r.type, fill?.bgColor?.argb];
    }),
  );
}

const mark = (row: number, col: number, severity: Severity): Edit => ({ kind: "mark", at: at(row, col), severity });

describe("writeAnnotatedCopy", () => {
  const input = path.join(tmp.dir, "sample.xlsx");
  const out = path.join(tmp.dir, "sample.checked.xlsx");
  const edits: Edit[] = [
    mark(21, 7, "error"),
    { kind: "note", at: at(21, 7), text: `${NOTE_PREFIX}\n总分 90 ≠ 10 + 90 = 100` },
    mark(14, 4, "warning"),
    mark(13, 7, "error"),
    mark(14, 7, "error"),
    { kind: "value", at: at(21, 9), value: 0.7843, numberFormat: "0.00%" },
    { kind: "value", at: at(22, 9), value: 2, formula: "=1+1" },
  ];
  const editedAddresses = new Set([`${SHEET}!H22`, `${SHEET}!J22`, `${SHEET}!J23`]);
  let before: Awaited<ReturnType<typeof snapshot>>;
  let after: Awaited<ReturnType<typeof snapshot>>;
  let inputBytes: Buffer;

  beforeAll(async () => {
    fs.copyFileSync(bundledSamplePath(), input);
    inputBytes = fs.readFileSync(input);
    const result = await writeAnnotatedCopy(input, edits, out);
    expect(result).toEqual({ applied: edits.length, skipped: [], lost: [], recorded: true });
    before = await snapshot(input);
    after = await snapshot(out);
  });

  it("leaves the input's bytes alone", () => {
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it("marks with one tagged conditional-format rule per severity over the marked cells, never the cells' own fill", () => {
    expect(rulesOf(after.wb.getWorksheet(SHEET)!)).toEqual([
      ["H14:H15 H22", "error", "FFFFC7CE"],
      ["E15", "warning", "FFFFEB9C"],
    ]);
    for (const name of ["H22", "E15", "H14"])
      expect(after.cells.get(`${SHEET}!${name}`)!.style).toEqual(before.cells.get(`${SHEET}!${name}`)!.style);
    expect(after.wb.worksheets.filter((ws) => ws.name !== SHEET).flatMap(rulesOf)).toEqual([]);
  });

  it("attaches the note and writes values, number formats and formulas", () => {
    const ws = after.wb.getWorksheet(SHEET)!;
    expect(ws.getCell("H22").note).toBe(`${NOTE_PREFIX}\n总分 90 ≠ 10 + 90 = 100`);
    expect(ws.getCell("J22").value).toBe(0.7843);
    expect(ws.getCell("J22").numFmt).toBe("0.00%");
    expect(ws.getCell("J23").value).toMatchObject({ formula: "1+1", result: 2 });
  });

  it("keeps every other cell's value, formula and style, and each sheet's merges, widths and heights", () => {
    for (const [key, cell] of before.cells) {
      const now = after.cells.get(key);
      if (!editedAddresses.has(key))
        expect({ key, value: now?.value, note: now?.note }).toEqual({ key, value: cell.value, note: cell.note });
      else if (key !== `${SHEET}!J22` && key !== `${SHEET}!J23`) expect({ key, value: now?.value }).toEqual({ key, value: cell.value });
      const withoutFormat = ({ numFmt: _numFmt, ...rest }: Record<string, unknown>) => rest;
      if (editedAddresses.has(key))
        expect({ key, style: withoutFormat(now?.style ?? {}) }).toEqual({ key, style: withoutFormat(cell.style) });
      else expect({ key, style: now?.style }).toEqual({ key, style: cell.style });
    }
    const added = [...after.cells.keys()].filter((k) => !before.cells.has(k) && after.cells.get(k)!.value !== "null");
    // Besides the edits: the record of the note written, in our very hidden record sheet.
    expect(added.sort()).toEqual(["_selfeval_records!A1", "_selfeval_records!A2", `${SHEET}!J22`, `${SHEET}!J23`]);
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
    const { _selfeval_records: _record, ...userLayout } = after.layout as Record<string, unknown>;
    expect(clip(userLayout, before.layout)).toEqual(before.layout);
  });

  it("a copy of the copy replaces our rules instead of adding to them, and never repeats our note", async () => {
    const again = path.join(tmp.dir, "sample.again.xlsx");
    await writeAnnotatedCopy(out, [mark(30, 7, "warning"), edits[1]], again);
    const ws = (await snapshot(again)).wb.getWorksheet(SHEET)!;
    expect(rulesOf(ws)).toEqual([["H31", "warning", "FFFFEB9C"]]);
    expect(ws.getCell("H22").note).toBe(`${NOTE_PREFIX}\n总分 90 ≠ 10 + 90 = 100`);
  });

  it("skips edits on a sheet the workbook does not have, applying the rest", async () => {
    const result = await writeAnnotatedCopy(
      input,
      [{ kind: "mark", at: { sheet: "无此表", row: 0, col: 0 }, severity: "error" }, edits[0]],
      path.join(tmp.dir, "skip.xlsx"),
    );
    expect(result.applied).toBe(1);
    expect(result.skipped.map((s) => s.reason)).toEqual(["no-sheet"]);
  });

  it("keeps formulas, shared formulas, errors and merges of a workbook it did not make", async () => {
    const kinds = await saveWorkbook(cellKindsWorkbook(), path.join(tmp.dir, "kinds.xlsx"));
    const copy = path.join(tmp.dir, "kinds.checked.xlsx");
    await writeAnnotatedCopy(kinds, [{ kind: "mark", at: { sheet: "kinds", row: 1, col: 1 }, severity: "info" }], copy);
    const a = await snapshot(kinds);
    const b = await snapshot(copy);
    for (const [key, cell] of a.cells) expect({ key, value: b.cells.get(key)?.value }).toEqual({ key, value: cell.value });
    expect(b.layout).toEqual(a.layout);
  });
});

describe("writeAnnotatedCopy of a person's real file", () => {
  const input = path.join(tmp.dir, "rich.xlsx");
  const out = path.join(tmp.dir, "rich.checked.xlsx");
  const ours = `${NOTE_PREFIX}\n总分 90 ≠ 10 + 90 = 100`;
  let result: Awaited<ReturnType<typeof writeAnnotatedCopy>>;
  let copy: ExcelJS.Workbook;

  beforeAll(async () => {
    fs.writeFileSync(input, await richWorkbookBytes(fs.readFileSync(bundledSamplePath())));
    result = await writeAnnotatedCopy(input, [mark(21, 7, "error"), { kind: "note", at: at(21, 7), text: ours }], out);
    copy = (await snapshot(out)).wb;
  });

  it("keeps the user's note, ours below it, and the user's own fill and rule beside our mark", () => {
    const ws = copy.getWorksheet(RICH.sheet)!;
    expect(noteText(ws.getCell(RICH.userNoted).note)).toBe(`${RICH.userNote}\n\n${ours}`);
    expect((ws.getCell(RICH.userNoted).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(RICH.userFill);
    expect(rulesOf(ws)).toEqual([
      [RICH.userRuleRef, "cellIs", undefined],
      ["H22", "error", "FFFFC7CE"],
    ]);
  });

  it("keeps the picture and names what it could not keep", () => {
    expect(copy.getWorksheet(RICH.sheet)!.getImages()).toHaveLength(1);
    expect(result.lost.map((p) => [p.kind, p.count, p.names])).toEqual([
      ["chart", 1, undefined],
      ["vba", 1, undefined],
      ["customXml", 1, undefined],
      ["customProperties", 1, undefined],
      ["drawing", 1, undefined],
      ["nameScope", 1, ["LocalName"]],
      ["name", 1, ["Constant"]],
    ]);
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
  const fill: Edit[] = [mark(0, 0, "error")];

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
    await expect(writeAnnotatedCopy(input, fill, path.join(tmp.dir, "no", "such", "dir", "x.xlsx"))).rejects.toMatchObject({
      code: "write-failed",
    });
  });
});
