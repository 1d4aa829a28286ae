import { resolveSheets } from "./sheets";

describe("finding the record's sheets in the workbook as it is now", () => {
  it.each([
    ["by identity, whatever the name", [{ id: "a", name: "自评表" }], [{ id: "a", name: "自评表（修订）" }], [["a", "自评表（修订）"]]],
    [
      "by name when no sheet has the identity any more (reopened)",
      [{ id: "a", name: "自评表" }],
      [{ id: "x", name: "自评表" }],
      [["a", "自评表"]],
    ],
    [
      "not by name when that sheet is another entry's",
      [
        { id: "a", name: "自评表" },
        { id: "b", name: "旧表" },
      ],
      [{ id: "b", name: "自评表" }],
      [["b", "自评表"]],
    ],
    ["nowhere when the sheet is gone", [{ id: "a", name: "自评表" }], [{ id: "x", name: "其他" }], []],
  ])("%s", (_, recorded, now, expected) => {
    expect([...resolveSheets(recorded, now)]).toEqual(expected);
  });
});
