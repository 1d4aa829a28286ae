import type { ChangeRecord } from "../../engine";
import { NO_RECORDS } from "../../app/session/syncSpreadsheet";
import { CHUNK, recordsFromCells, recordsToCells, RECORDS_HEADER } from "./recordText";

const record = (text: string): ChangeRecord => ({
  version: 1,
  entries: [{ edit: { kind: "note", at: { sheet: "表1", row: 3, col: 7 }, text }, before: { kind: "note", text: null } }],
});

describe("records as cells", () => {
  it.each([
    ["none", NO_RECORDS],
    ["marks and fills", { marks: record("=5套 \"引号\""), fills: [record("a"), record("b")] }],
    ["a record longer than one cell", { marks: record("长".repeat(CHUNK * 2 + 7)), fills: [] }],
  ])("round-trips %s", (_, records) => {
    const cells = recordsToCells(records);
    expect(cells.every((c) => c.length <= CHUNK + 1)).toBe(true);
    expect(recordsFromCells(cells)).toEqual(records);
  });

  it.each([
    ["someone else's sheet", ["名单", "{}"]],
    ["a damaged chunk", [RECORDS_HEADER, "~{\"marks\":"]],
    ["a chunk typed as a number", [RECORDS_HEADER, 5]],
    ["a record that is not a ChangeRecord", [RECORDS_HEADER, "~{\"marks\":{\"version\":2},\"fills\":[]}"]],
  ])("reads nothing from %s", (_, cells) => {
    expect(recordsFromCells(cells)).toEqual(NO_RECORDS);
  });
});
