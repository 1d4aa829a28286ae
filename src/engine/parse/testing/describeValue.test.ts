import { dayNumber } from "../calendar";
import { describeValue } from "./describeValue";
import type { ParsedValue } from "../types";

describe("describeValue", () => {
  it.each<[ParsedValue, string]>([
    [{ kind: "number", value: 95, unit: { text: "%", base: "%", factor: 1 }, comparator: ">=", comparatorFrom: "symbol" }, ">=95 %"],
    [
      {
        kind: "number",
        value: 90,
        unit: { text: "%", base: "%", factor: 1 },
        comparator: ">=",
        comparatorFrom: "symbol",
        ocrRepaired: true,
      },
      ">=90 % ocr",
    ],
    [{ kind: "number", value: 43.2, unit: null, comparator: null, comparatorFrom: null }, "43.2"],
    [{ kind: "date", start: dayNumber(2021, 1, 1), end: dayNumber(2021, 12, 31), comparator: null }, "date 2021-01-01..2021-12-31"],
    [
      { kind: "date", start: dayNumber(2000, 11, 30), end: dayNumber(2000, 11, 30), comparator: "<=", yearUnknown: true },
      "<=date 2000-11-30 ?year",
    ],
    [{ kind: "qualitative", text: "基本完成", tier: "middle" }, "q:middle"],
    [{ kind: "text", text: "美化环境" }, "text"],
    [{ kind: "error", error: "#DIV/0!" }, "error #DIV/0!"],
    [{ kind: "empty" }, "empty"],
  ])("%j → %s", (value, expected) => expect(describeValue(value)).toBe(expected));
});
