import { markFormula, ownMarkSeverity } from "./marks";

describe("mark rules carry their own tag", () => {
  it.each(["error", "warning", "info"] as const)("a %s mark's formula is recognised as ours", (severity) => {
    expect(ownMarkSeverity(markFormula(severity))).toBe(severity);
    expect(ownMarkSeverity(markFormula(severity).slice(1))).toBe(severity);
  });

  it.each([null, undefined, "", "=ISTEXT(A1)", '=ISTEXT("自评表校验 mark:fatal")', "=$H$14>10", '=A1="自评表校验"'])("a user's rule %p is not ours", (formula) => {
    expect(ownMarkSeverity(formula)).toBeNull();
  });
});
