/**
 * Gregorian arithmetic on plain numbers, in UTC day counts: no Date object is built from local time, so
 * results do not depend on the machine's time zone.
 */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`; without a year February has 29 (the 29th exists in some year). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function isValidDate(year: number | undefined, month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** Days since 1970-01-01. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday, the numbering of the locale calendars. */
export function weekday(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?![0-9])/;

/** The date of an ISO "YYYY-MM-DD" string (a time after it is ignored); undefined when it is not a real date. */
export function parseIsoDate(s: string | undefined): YMD | undefined {
  if (!s) return undefined;
  const m = ISO_DATE.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** A month and day whose year is unknown, in the ISO 8601 truncated form. */
export function isoMonthDay(month: number, day: number): string {
  return `--${pad(month, 2)}-${pad(day, 2)}`;
}
