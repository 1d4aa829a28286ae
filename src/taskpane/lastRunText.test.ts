import { lastRunText } from "./lastRunText";

const at = "2024-05-01T08:00:00.000Z";

describe("lastRunText", () => {
  it.each([
    [null, "zh", ""],
    [{ action: "check", at, forms: 6, counts: { error: 3, warning: 9, info: 2 } }, "zh", /6 张自评表，错误 3，警告 9，提示 2/],
    [{ action: "check", at, forms: 6, counts: { error: 3, warning: 9, info: 2 } }, "en", /6 forms, 3 errors, 9 warnings, 2 info/],
    [{ action: "fill", at, cells: 12, skipped: 2 }, "zh", /12 个单元格，另有 2 个单元格需在面板中确认/],
    [{ action: "clear", at, cells: 4 }, "en", /Clear marks .*: 4 cells\.$/],
    [{ action: "undo", at, error: { zh: "工作表受保护", en: "protected" } }, "zh", /“撤销填充”.*失败：工作表受保护/],
  ] as const)("%j in %s", (run, lang, expected) => {
    const text = lastRunText(run as Parameters<typeof lastRunText>[0], lang);
    if (typeof expected === "string") expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });
});
