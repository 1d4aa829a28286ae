import type { CellAt, CellValue, SheetGrid, WorkbookGrid } from "../../src/engine";
import { isFillMark, ownMarkSeverity } from "../../src/app/ownership/marks";
import { createExcelHost } from "../../src/hosts/excel/excelHost";
import { FakeExcel, PESSIMISTIC, READINGS, getCell, type ApiVersion, type FakeSemantics } from "../../src/hosts/excel/testing/fakeExcel";
import { recordXml } from "../../src/hosts/common/recordXml";
import type { ScenarioDriver } from "./driver";
import { describeScenarios } from "./scenarios";

const SEVERITY_ORDER = ["error", "warning", "info"] as const;

/** The Excel add-in over its fake of Office.js, at one API level, with the fake answering open questions as `semantics` says. */
function excelDriver(api: ApiVersion, semantics: FakeSemantics) {
  return (workbook: WorkbookGrid): ScenarioDriver => {
    let fake = FakeExcel.fromGrids(workbook.sheets, api, { semantics });
    const live = () => fake.book.sheets.filter((s) => s.alive);
    const annotationsAt = (at: CellAt) =>
      fake.book.annotations.filter((a) => a.alive && a.sheet.alive && a.sheet.name === at.sheet && a.row === at.row && a.col === at.col);
    const ownRulesAt = (at: CellAt) =>
      fake
        .rulesAt(at.sheet, at.row, at.col)
        .map((c) => ownMarkSeverity(c.formula))
        .filter((s) => s !== null);

    /** Every sheet from A1 to its last cell holding anything (a value, a format, a fill, a note). */
    function grid(): WorkbookGrid {
      return {
        sheets: live().map((s): SheetGrid => {
          const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number));
          const noted = fake.book.annotations.filter((a) => a.alive && a.sheet === s).map((a) => [a.row, a.col]);
          const rows = Math.max(0, ...[...keys, ...noted].map(([r]) => r + 1));
          const cols = Math.max(0, ...[...keys, ...noted].map(([, c]) => c + 1));
          const at = <T>(f: (row: number, col: number) => T) =>
            Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
          return {
            name: s.name,
            originRow: 0,
            originCol: 0,
            values: at((r, c) => getCell(s, r, c).value as CellValue),
            formulas: at((r, c) => getCell(s, r, c).formula),
            numberFormats: at((r, c) => getCell(s, r, c).numberFormat),
          };
        }),
      };
    }

    return {
      host: () => createExcelHost(fake.env()),
      addsNotes: fake.supports("1.18"),
      user: {
        setValue: (at, value) => fake.userSetValue(at.sheet, at.row, at.col, value),
        setColor: (at, color) => fake.userSetColor(at.sheet, at.row, at.col, color),
        setNote: (at, text) => fake.userSetNote(at.sheet, at.row, at.col, text),
        insertRows: (sheet, row, count) => fake.userInsertRows(sheet, row, count),
        deleteRows: (sheet, row, count) => fake.userDeleteRows(sheet, row, count),
        sortRows: (sheet, from, order) => fake.userSortRows(sheet, from, order),
        renameSheet: (from, to) => fake.userRenameSheet(from, to),
        deleteSheet: (name) => fake.userDeleteSheet(name),
        undoLastWrite: () => void fake.userUndo(),
        reopen: (elsewhere) => (fake = fake.saveAndReopen({ otherMachine: elsewhere })),
        plantRecord: (text) => fake.plantPart(recordXml(text)),
      },
      look: {
        grid,
        color: (at) => (live().some((s) => s.name === at.sheet) ? getCell(fake.sheet(at.sheet), at.row, at.col).fill : null),
        // A cell holds one note, or (below 1.18, where a note is invisible) possibly a note and a comment.
        note: (at) =>
          annotationsAt(at)
            .map((a) => a.content)
            .join("\n") || null,
        mark: (at) => SEVERITY_ORDER.find((s) => ownRulesAt(at).includes(s)) ?? null,
        markedCells: () => covered((f) => ownMarkSeverity(f) !== null),
        filledCells: () => covered(isFillMark),
        filled: (at) => fake.rulesAt(at.sheet, at.row, at.col).some((c) => isFillMark(c.formula)),
        notes: () =>
          fake.book.annotations
            .filter((a) => a.alive && a.sheet.alive)
            .map((a) => ({ sheet: a.sheet.name, row: a.row, col: a.col, text: a.content })),
      },
    };

    /** Cells covered by the live rules whose formula `ours` accepts, over the whole workbook. */
    function covered(ours: (formula: string | null) => boolean): number {
      const cells = new Set<string>();
      for (const s of live())
        for (const cf of s.cfs.filter((c) => c.alive && ours(c.formula)))
          for (const a of cf.areas)
            for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cells.add(`${s.id}|${r}|${c}`);
      return cells.size;
    }
  };
}

/** Office 2021 (1.14, the manifest's floor: comments, no notes); notes (1.18); Microsoft 365 (1.20, one undo step). */
const LEVELS: ApiVersion[] = ["1.14", "1.18", "1.20"];
for (const api of LEVELS) describeScenarios(`Excel ${api} (pessimistic)`, excelDriver(api, PESSIMISTIC));

// Every other reading, at the level where it matters. Ctrl+Z reverting the record as well (undoRevertsParts=yes)
// contradicts the driver's undoLastWrite ("the cells go back, our record does not"); test/excel/userActions.test.ts
// covers that reading.
for (const [reading, semantics] of READINGS.filter(([name]) => name !== "pessimistic" && name !== "undoRevertsParts=yes")) {
  const api = reading.startsWith("commentOverNote") ? "1.14" : "1.20";
  describeScenarios(`Excel ${api} (${reading})`, excelDriver(api, { ...semantics, undoRevertsParts: "no" }));
}
