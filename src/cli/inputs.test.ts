import { isWorkbookToCheck } from "./inputs";

describe("isWorkbookToCheck", () => {
  it.each([
    ["表.xlsx", true],
    ["B.XLSX", true],
    ["~$表.xlsx", false],
    ["表.checked.xlsx", false],
    ["old.xls", false],
    ["notes.txt", false],
  ])("%s → %p", (name, ok) => expect(isWorkbookToCheck(name)).toBe(ok));
});
