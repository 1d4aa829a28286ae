import { MemorySpreadsheet } from "../../src/hosts/common/memorySpreadsheet";
import { createSessionHost } from "../../src/app/session/sessionHost";
import type { WorkbookGrid } from "../../src/engine";
import type { ScenarioDriver } from "./driver";
import { describeScenarios } from "./scenarios";

/** The in-memory host (the workbench's model and every synchronous host's double) as a scenario driver. */
function memoryDriver(workbook: WorkbookGrid): ScenarioDriver {
  let memory = new MemorySpreadsheet(workbook, {}, true);
  return {
    host: () => createSessionHost(memory),
    user: {
      setValue: (at, value) => memory.userSetValue(at, value),
      setColor: (at, color) => memory.userSetColor(at, color),
      setNote: (at, text) => memory.userSetNote(at, text),
      insertRows: (sheet, row, count) => memory.userInsertRows(sheet, row, count),
      deleteRows: (sheet, row, count) => memory.userDeleteRows(sheet, row, count),
      sortRows: (sheet, from, order) => memory.userSortRows(sheet, from, order),
      renameSheet: (from, to) => memory.userRenameSheet(from, to),
      deleteSheet: (name) => memory.userDeleteSheet(name),
      undoLastWrite: () => memory.userUndoLastApply(),
      reopen: (elsewhere) => (memory = memory.reopened({ newIds: elsewhere })),
      plantRecord: (text) => memory.plantRecordText(text),
    },
    look: {
      grid: () => memory.readGrid(),
      color: (at) => memory.colorAt(at),
      note: (at) => memory.noteAt(at),
      mark: (at) => {
        const kind = memory.markAt(at);
        return kind === "filled" ? null : kind;
      },
      markedCells: () => memory.countMarks("check"),
      filledCells: () => memory.countMarks("fill"),
      filled: (at) => memory.filledAt(at),
      notes: () => memory.readNotes(),
    },
  };
}

describeScenarios("in-memory host", memoryDriver);
