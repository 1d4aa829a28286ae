import type { CellValue, Severity, SheetGrid, WorkbookGrid } from "../../src/engine";
import { isFillMark, ownMarkSeverity } from "../../src/app/ownership/marks";
import { createSessionHost } from "../../src/app/session/sessionHost";
import { EtSpreadsheet } from "../../src/hosts/wps/etSpreadsheet";
import { RECORDS_SHEET } from "../../src/hosts/wps/ownNames";
import { recordCells } from "../../src/hosts/wps/recordSheet";
import { FakeWps } from "../../src/hosts/wps/testing/fakeApplication";
import { GENERAL, type FakeSheetModel } from "../../src/hosts/wps/testing/fakeModel";
import { semanticsCases, type OpenSemantics } from "../../src/hosts/wps/testing/openSemantics";
import type { ScenarioDriver } from "./driver";
import { describeScenarios } from "./scenarios";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A sheet of the fake as the user sees its cells (read from the model, not through the adapter). */
function gridOf(s: FakeSheetModel): SheetGrid {
  const a = s.usedArea();
  const rows = a.r2 - a.r1 + 1;
  const cols = a.c2 - a.c1 + 1;
  const at = (i: number, j: number) => s.cell(a.r1 + i, a.c1 + j);
  const matrix = <T>(pick: (i: number, j: number) => T) =>
    Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => pick(i, j)));
  return {
    name: s.name,
    originRow: a.r1 - 1,
    originCol: a.c1 - 1,
    values: matrix((i, j): CellValue => at(i, j).value),
    formulas: matrix((i, j) => at(i, j).formula),
    numberFormats: matrix((i, j) => (at(i, j).numberFormat === GENERAL ? null : at(i, j).numberFormat)),
  };
}

/** The fake WPS, driven as a person would, under one answer to each open question. */
function wpsDriver(semantics: OpenSemantics, xmlSpreadsheet: boolean) {
  return (workbook: WorkbookGrid): ScenarioDriver => {
    const fake = new FakeWps({ semantics, xmlSpreadsheet });
    fake.open(workbook);
    let et = new EtSpreadsheet(fake.app, fake.localStore);
    const sheets = () => fake.book!.sheets.filter((s) => s.name !== RECORDS_SHEET);
    /** Every cell covered by a rule of ours (校验's, or with `fill` the filled mark), as "sheet!row,col". */
    const ownCells = (fill = false) => {
      const cells = new Set<string>();
      for (const s of sheets())
        for (const rule of s.rules.filter((r) => (fill ? isFillMark(r.formula) : ownMarkSeverity(r.formula) !== null)))
          for (const a of rule.areas)
            for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) cells.add(`${s.name}!${r},${c}`);
      return cells;
    };
    return {
      host: () => createSessionHost(et),
      user: {
        setValue: (at, value) => fake.user.setValue(at, value),
        setColor: (at, color) => fake.user.setColor(at, color),
        setNote: (at, text) => fake.user.setNote(at, text),
        insertRows: (sheet, row, count) => fake.user.insertRows(sheet, row, count),
        deleteRows: (sheet, row, count) => fake.user.deleteRows(sheet, row, count),
        sortRows: (sheet, from, order) => fake.user.sortRows(sheet, from, order),
        renameSheet: (from, to) => fake.user.renameSheet(from, to),
        deleteSheet: (name) => fake.user.deleteSheet(name),
        undoLastWrite: () => fake.user.undo(),
        reopen: (elsewhere) => {
          fake.reopen({ elsewhere });
          et = new EtSpreadsheet(fake.app, fake.localStore);
        },
        plantRecord: (text) => {
          const book = fake.book!;
          let sheet = book.sheet(RECORDS_SHEET);
          if (!sheet) {
            sheet = book.newSheet(RECORDS_SHEET);
            sheet.visible = 2;
            book.sheets.push(sheet);
          }
          sheet.cells.clear();
          recordCells(text).forEach((cell, i) => sheet!.update(i + 1, 1, (c) => (c.value = cell)));
        },
      },
      look: {
        grid: () => ({ sheets: sheets().map(gridOf) }),
        color: (at) => fake.colorAt(at),
        note: (at) => fake.noteAt(at),
        mark: (at) => {
          const found = fake.rulesAt(at).map(ownMarkSeverity);
          return SEVERITIES.find((s) => found.includes(s)) ?? null;
        },
        markedCells: () => ownCells().size,
        filledCells: () => ownCells(true).size,
        filled: (at) => fake.rulesAt(at).some((f) => isFillMark(f)),
        notes: () => fake.notes().filter((n) => n.sheet !== RECORDS_SHEET),
      },
    };
  };
}

/** Every open-semantics case without SpreadsheetML (formats and merges read the hard way), and the default with it. */
const cases: [string, OpenSemantics, boolean][] = [
  ...semanticsCases().map(([label, semantics]): [string, OpenSemantics, boolean] => [label, semantics, false]),
  ["pessimistic, with SpreadsheetML", semanticsCases()[0][1], true],
];

describe.each(cases)("WPS over the fake Application (%s)", (label, semantics, xml) => {
  describeScenarios(`WPS ${label}`, wpsDriver(semantics, xml));
});
