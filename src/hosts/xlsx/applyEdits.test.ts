import ExcelJS from "exceljs";
import { NOTE_PREFIX, type Edit } from "../../engine";
import { applyEdits, noteText, withOurNote } from "./applyEdits";

const OURS = `${NOTE_PREFIX}\n总分 90 ≠ 100`;

describe("withOurNote", () => {
  it.each([
    ["no note: ours alone", null, OURS],
    ["an empty note: ours alone", " ", OURS],
    ["the user's note stays, ours below", "请复核", `请复核\n\n${OURS}`],
    ["ours again: unchanged", OURS, OURS],
    ["already below the user's: unchanged", `请复核\n\n${OURS}`, `请复核\n\n${OURS}`],
  ])("%s", (_label, existing, result) => expect(withOurNote(existing, OURS)).toBe(result));
});

describe("noteText", () => {
  it.each([
    ["plain", "备注", "备注"],
    ["rich", { texts: [{ text: "用户" }, { font: { bold: true }, text: "批注" }] }, "用户批注"],
    ["none", undefined, null],
    ["something else", { foo: 1 }, null],
  ])("%s", (_label, note, text) => expect(noteText(note)).toBe(text));
});

describe("applyEdits on notes", () => {
  const at = { sheet: "表", row: 0, col: 0 };
  const note = (text: string): Edit => ({ kind: "note", at, text });

  it.each<[string, ExcelJS.Comment | string | undefined, string, number]>([
    ["adds ours where there is none", undefined, OURS, 1],
    ["keeps a plain user note above ours", "请复核", `请复核\n\n${OURS}`, 1],
    [
      "keeps a rich user note's runs, ours one more run",
      { texts: [{ text: "请" }, { font: { bold: true }, text: "复核" }] },
      `请复核\n\n${OURS}`,
      3,
    ],
  ])("%s", (_label, before, text, runs) => {
    const wb = new ExcelJS.Workbook();
    const cell = wb.addWorksheet("表").getCell("A1");
    if (before !== undefined) cell.note = before;
    expect(applyEdits(wb, [note(OURS)])).toEqual({ applied: 1, skipped: [] });
    expect(noteText(cell.note)).toBe(text);
    const written = cell.note as unknown;
    expect(typeof written === "string" ? 1 : (written as ExcelJS.Comment).texts!.length).toBe(runs);
  });
});
