import type { Edit } from "../../engine";
import { markRules } from "./writeMarks";

type Mark = Extract<Edit, { kind: "mark" }>;
const mark = (sheet: string, row: number, col: number, severity: Mark["severity"] = "error"): Mark => ({
  kind: "mark",
  at: { sheet, row, col },
  severity,
});

describe("markRules", () => {
  const marks = [mark("表1", 3, 7), mark("表1", 4, 7), mark("表1", 9, 7), mark("表1", 9, 7, "warning"), mark("表2", 0, 0)];

  it.each([
    [
      "known to keep every area",
      true,
      [
        ["表1", "error", "H4:H5,H10"],
        ["表1", "warning", "H10"],
        ["表2", "error", "A1"],
      ],
    ],
    [
      "not probed (read back after)",
      null,
      [
        ["表1", "error", "H4:H5,H10"],
        ["表1", "warning", "H10"],
        ["表2", "error", "A1"],
      ],
    ],
    [
      "known to keep only the first",
      false,
      [
        ["表1", "error", "H4:H5"],
        ["表1", "error", "H10"],
        ["表1", "warning", "H10"],
        ["表2", "error", "A1"],
      ],
    ],
  ] as const)("when rules over several areas are %s: one rule per sheet and severity, or per rectangle", (_, multiAreaRules, expected) =>
    expect(markRules(marks, { multiAreaRules }).map((r) => [r.sheet, r.severity, r.address])).toEqual(expected),
  );

  it("gives each rule the marks it stands for, and every mark to exactly one rule", () => {
    for (const multiAreaRules of [true, false, null]) {
      const rules = markRules(marks, { multiAreaRules });
      expect(rules.flatMap((r) => r.marks).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
        [...marks].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      );
    }
  });
});
