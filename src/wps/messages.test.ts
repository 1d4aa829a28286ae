import type { TakeBackOutcome } from "../app/host";
import { takeBackSummary } from "./messages";

const left = (n: number): TakeBackOutcome["leftAlone"] =>
  Array.from({ length: n }, (_, i) => ({ sheet: "表1", cell: `H${14 + i}`, what: "value", reason: "changed" }));

describe("takeBackSummary", () => {
  it.each([
    ["fills", { restored: 3, leftAlone: [] }, "zh", "已还原 3 个填充的单元格。"],
    ["fills", { restored: 2, leftAlone: left(1) }, "zh", "已还原 2 个填充的单元格。1 处已被修改，未恢复：表1!H14。"],
    [
      "marks",
      { restored: 5, leftAlone: left(4) },
      "en",
      "Cleared 5 mark(s) and note(s). 4 cell(s) changed since and left as they are: 表1!H14, 表1!H15, 表1!H16 and 1 more.",
    ],
    ["marks", { restored: 0, leftAlone: left(5) }, "zh", "已清除 0 处标记和批注。5 处已被修改，未恢复：表1!H14、表1!H15、表1!H16 等。"],
    [
      "marks",
      { restored: 2, leftAlone: [], recordProblem: { zh: "校验和不符", en: "checksum mismatch" } },
      "zh",
      "已清除 2 处标记和批注。工作簿中的校验记录无法使用（校验和不符），未据此修改任何单元格。",
    ],
  ] as const)("%s %j (%s)", (what, outcome, lang, text) => {
    expect(takeBackSummary(what, outcome as TakeBackOutcome, lang)).toBe(text);
  });
});
