import { dayFromExcelSerial, dayNumber, daysInMonth, moveToYear, yearOfDay } from "./calendar";

describe("calendar", () => {
  it.each([
    [1970, 1, 1, 0],
    [2021, 1, 1, 18628],
    [2021, 12, 31, 18992],
    [2000, 2, 29, 11016],
  ])("dayNumber(%d, %d, %d) = %d", (y, m, day, n) => expect(dayNumber(y, m, day)).toBe(n));
  it.each([
    [2021, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
  ])("daysInMonth(%d, %d) = %d", (y, m, n) => expect(daysInMonth(y, m)).toBe(n));
  it.each([
    [dayNumber(2000, 11, 30), 2021, dayNumber(2021, 11, 30)],
    [dayNumber(2000, 2, 29), 2021, dayNumber(2021, 2, 28)],
    [dayNumber(2000, 2, 29), 2024, dayNumber(2024, 2, 29)],
  ])("moveToYear(%d, %d) = %d", (day, year, expected) => expect(moveToYear(day, year)).toBe(expected));
  it("yearOfDay", () => expect(yearOfDay(dayNumber(2021, 12, 31))).toBe(2021));
  it.each([
    [44561, dayNumber(2021, 12, 31)],
    [44197.75, dayNumber(2021, 1, 1)],
  ])("Excel serial %p = day %d", (serial, day) => expect(dayFromExcelSerial(serial)).toBe(day));
});
