import { isFillMark, markFormula, ownMarkKind, ownMarkSeverity } from "./marks";

describe("mark rules carry their own tag", () => {
  it.each(["error", "warning", "info"] as const)("a %s mark's formula is recognised as ours", (severity) => {
    expect(ownMarkSeverity(markFormula(severity))).toBe(severity);
    expect(ownMarkSeverity(markFormula(severity).slice(1))).toBe(severity);
  });

  it.each([null, undefined, "", "=ISTEXT(A1)", '=ISTEXT("自评表校验 mark:fatal")', "=$H$14>10", '=A1="自评表校验"'])(
    "a user's rule %p is not ours",
    (formula) => {
      expect(ownMarkSeverity(formula)).toBeNull();
    },
  );
});

describe("the filled mark is ours but not 校验's", () => {
  it.each([
    [markFormula("filled"), "filled", null, true],
    [markFormula("error"), "error", "error", false],
    ['=ISTEXT("自评表校验 mark:filledx")', null, null, false],
    ["=ISTEXT(A1)", null, null, false],
  ] as const)("%s → kind %p, severity %p, fill mark %p", (formula, kind, severity, fill) => {
    expect(ownMarkKind(formula)).toBe(kind);
    expect(ownMarkSeverity(formula)).toBe(severity);
    expect(isFillMark(formula)).toBe(fill);
  });
});
