import { isWorkbookToCheck, nameKindOf } from "./inputs";

describe("nameKindOf", () => {
  it.each([
    ["表.xlsx", "workbook"],
    ["B.XLSX", "workbook"],
    ["old.xls", "workbook"],
    ["OLD.XLS", "workbook"],
    ["模板.xlt", "workbook"],
    ["wps.et", "workbook"],
    ["wps模板.ett", "workbook"],
    ["~$表.xlsx", "lock-file"],
    ["~$old.xls", "lock-file"],
    [".~lock.表.xls#", "lock-file"],
    ["表.checked.xlsx", "own-copy"],
    ["表 (2).checked.xlsx", "own-copy"],
    ["notes.txt", "other"],
    ["报告.docx", "other"],
    ["data.csv", "other"],
    ["settings.xlsx.bak", "other"],
  ])("%s → %s", (name, kind) => {
    expect(nameKindOf(name)).toBe(kind);
    expect(isWorkbookToCheck(name)).toBe(kind === "workbook");
  });
});
