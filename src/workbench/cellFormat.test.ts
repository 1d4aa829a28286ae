import type { CellValue } from "../engine";
import { displayText } from "./cellFormat";

describe("displayText", () => {
  it.each<[CellValue, string | null, string]>([
    [null, null, ""],
    ["<img src=x onerror=alert(1)>", null, "<img src=x onerror=alert(1)>"],
    [true, null, "TRUE"],
    [{ error: "#DIV/0!" }, null, "#DIV/0!"],
    [178.37, null, "178.37"],
    [0.1 + 0.2, null, "0.3"],
    [10, "General", "10"],
    [1, "0%", "100%"],
    [0.7843, "0.00%", "78.43%"],
    [0.95, "0.0%", "95.0%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-0.004, "0.00", "0.00"],
    [-12.5, "0.0", "-12.5"],
    [44561, "yyyy-mm-dd", "2021-12-31"],
    [44561.5, "yyyy/m/d h:mm", "2021-12-31 12:00"],
    [5, '0"分"', "5"],
    [12345678901234, null, "1.23457E+13"],
    [3, "@", "3"],
  ])("%p in %p shows %p", (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});
