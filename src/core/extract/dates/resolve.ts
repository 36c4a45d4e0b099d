/** From what a date says to its ISO value, with the publication date for what it leaves unsaid. */
import type { DateItem } from "./grammar.js";
import { inferDayYear, inferMonthYear } from "./inferYear.js";
import { fromDayNumber, dayNumber, isValidDate, isoDay, isoMonth, isoMonthDay, weekday, type YMD } from "./calendarMath.js";

export interface ResolvedDate {
  value: string;
  yearInferred: boolean;
  relative?: true;
}

/** The value of `item`, or undefined when it is not a real date (31 February) or cannot be pinned down. */
export function resolveDate(item: DateItem, published: YMD | undefined): ResolvedDate | undefined {
  if (item.yearOnly) return item.year === undefined ? undefined : { value: String(item.year), yearInferred: false };
  if (item.weekday) return published ? resolveWeekday(item.weekday, published) : undefined;
  const { month, day } = item;
  if (day !== undefined && item.monthOffset !== undefined) {
    if (!published) return undefined;
    const index = published.year * 12 + published.month - 1 + item.monthOffset;
    const year = Math.floor(index / 12);
    const m = index - year * 12 + 1;
    return isValidDate(year, m, day) ? { value: isoDay(year, m, day), yearInferred: true } : undefined;
  }
  if (month === undefined) return undefined;
  if (day !== undefined) {
    if (item.year !== undefined) {
      return isValidDate(item.year, month, day) ? { value: isoDay(item.year, month, day), yearInferred: false } : undefined;
    }
    if (!isValidDate(undefined, month, day)) return undefined;
    const unknownYear = { value: isoMonthDay(month, day), yearInferred: false };
    if (!published) return unknownYear;
    const year =
      item.yearOffset !== undefined ? published.year + item.yearOffset : inferDayYear(month, day, published, item.direction);
    if (year === undefined) return unknownYear;
    // "29 February last year" in a year after a leap year names no day.
    return isValidDate(year, month, day) ? { value: isoDay(year, month, day), yearInferred: true } : undefined;
  }
  if (item.year !== undefined) return { value: isoMonth(item.year, month), yearInferred: false };
  if (!published) return undefined;
  const year = item.yearOffset !== undefined ? published.year + item.yearOffset : inferMonthYear(month, published, item.direction);
  return year === undefined ? undefined : { value: isoMonth(year, month), yearInferred: true };
}

/** "الخميس المقبل": the first such weekday after the publication date; "الخميس الماضي": the last before it. */
function resolveWeekday(wd: NonNullable<DateItem["weekday"]>, published: YMD): ResolvedDate {
  const p = dayNumber(published.year, published.month, published.day);
  const today = weekday(published.year, published.month, published.day);
  const offset = wd.direction === "future" ? ((wd.day - today + 7) % 7 || 7) : -((today - wd.day + 7) % 7 || 7);
  const d = fromDayNumber(p + offset);
  return { value: isoDay(d.year, d.month, d.day), yearInferred: true, relative: true };
}
