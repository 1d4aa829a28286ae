const DAY_MS = 86_400_000;

/** The year given to dates written without one ("11月底完成"): a leap year, so 2月29日 stays valid. */
export const UNKNOWN_YEAR = 2000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (UTC) of a calendar day; month 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** The same month and day in another year (2月29日 becomes 2月28日 in a common year). */
export function moveToYear(day: number, year: number): number {
  const d = new Date(day * DAY_MS);
  const month = d.getUTCMonth() + 1;
  return dayNumber(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

/** Excel's day serial (1900 system) → day number; the 1900 leap-year bug is irrelevant after 1900-03-01. */
export function dayFromExcelSerial(serial: number): number {
  return Math.floor(serial) - 25569;
}
