import type { ChangeRecord } from "../../engine";
import { EMPTY_RECORD, recordFromXml, recordToXml } from "./recordXml";

const record: ChangeRecord = {
  version: 1,
  entries: [
    { edit: { kind: "fill", at: { sheet: "表<1>", row: 3, col: 8 }, color: "#FFC7CE", severity: "error" }, before: { kind: "fill", color: null } },
    { edit: { kind: "note", at: { sheet: "表<1>", row: 3, col: 8 }, text: "【自评表校验】\n得分 5 > 分值 4 & \"引号\" 'x' ]]>" }, before: { kind: "note", text: null } },
    {
      edit: { kind: "value", at: { sheet: "It's", row: 9, col: 7 }, value: 0.7843, numberFormat: "0.00%" },
      before: { kind: "value", value: { error: "#DIV/0!" }, formula: "=B2/C2", numberFormat: "General" },
    },
  ],
};

describe("the change record as a custom XML part", () => {
  it.each([["a record with every kind of entry", record], ["the empty record", EMPTY_RECORD]])("round-trips %s", (_, r) =>
    expect(recordFromXml(recordToXml(r))).toEqual(r));

  it("writes well-formed XML with no raw markup from the content", () => {
    const xml = recordToXml(record);
    expect(xml.match(/</g)!.length).toBe(3);
  });

  it.each([
    ["someone else's part", `<changeRecord xmlns="urn:other">{"version":1,"entries":[]}</changeRecord>`],
    ["not JSON", recordToXml(EMPTY_RECORD).replace("entries", "entries\u0000{")],
    ["a wrong version", recordToXml({ ...EMPTY_RECORD, version: 2 } as unknown as ChangeRecord)],
    ["an entry of the wrong shape", recordToXml({ version: 1, entries: [{ edit: { kind: "fill" }, before: { kind: "fill", color: null } }] } as unknown as ChangeRecord)],
    ["an edit and before of different kinds", recordToXml({ version: 1, entries: [{ edit: record.entries[0].edit, before: { kind: "note", text: null } }] })],
    ["empty text", ""],
  ])("rejects %s", (_, xml) => expect(recordFromXml(xml)).toBeNull());
});
