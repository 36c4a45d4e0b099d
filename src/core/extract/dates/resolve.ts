/** From what a date says to its ISO value, with the publication date for what it leaves unsaid. */
import type { DateItem } from "./grammar.js";
import { inferDayYear, inferMonthYear } from "./inferYear.js";
import { fromDayNumber, dayNumber, daysInMonth, isValidDate, isoDay, isoMonth, isoMonthDay, weekday, type YMD } from "./calendarMath.js";

export interface ResolvedDate {
  value: string;
  yearInferred: boolean;
  relative?: true;
}

/** The value of `item`, or undefined when it is not a real date (31 February) or cannot be pinned down. */
/** The value of a day that names something: not ISO, so no claim, but its numbers are no figures either. */
export const NAME_VALUE = "name";

export function resolveDate(item: DateItem, published: YMD | undefined): ResolvedDate | undefined {
  if (item.name) return { value: NAME_VALUE, yearInferred: false };
  if (item.hijri) return resolveHijri(item);
  if (item.yearOnly) return item.year === undefined ? undefined : { value: String(item.year), yearInferred: false };
  if (item.weekday) return published ? resolveWeekday(item.weekday, published) : undefined;
  if (item.dayOffset) return published ? resolveDayOffset(item.dayOffset, published) : undefined;
  if (item.ordinalDay) return published ? resolveOrdinalDay(item.ordinalDay, published) : undefined;
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
  const year = item.yearOffset !== undefined ? published.year + item.yearOffset : inferMonthYear(month, published, item.direction, item.pastTense);
  return year === undefined ? undefined : { value: isoMonth(year, month), yearInferred: true };
}

/**
 * "الخميس المقبل": the first such weekday after the publication date; "الخميس الماضي": the last before it.
 * Dated by tense ("said on Thursday"), the publication day itself counts as past, and a future weekday that
 * is the publication day's ("will meet on Thursday" written on a Thursday: today or in a week?) is no date.
 */
function resolveWeekday(wd: NonNullable<DateItem["weekday"]>, published: YMD): ResolvedDate | undefined {
  const p = dayNumber(published.year, published.month, published.day);
  const today = weekday(published.year, published.month, published.day);
  const ahead = (wd.day - today + 7) % 7;
  const behind = (today - wd.day + 7) % 7;
  if (wd.weekSense) return weekReadingsAgree(wd, today) ? relativeDay(p + (wd.direction === "future" ? ahead || 7 : -(behind || 7))) : undefined;
  let offset: number;
  if (wd.direction === "future") {
    if (wd.fromTense && ahead === 0) return undefined;
    offset = ahead || 7;
  } else {
    // A decision's weekday (DateWords.decisionInfinitives) is read only as the wire's own day or the day before.
    if (wd.recent && behind > 1) return undefined;
    offset = -(wd.fromTense ? behind : behind || 7);
  }
  return relativeDay(p + offset);
}

/**
 * "next Thursday" is the nearest Thursday after the publication day to some writers and the Thursday of the
 * following week to others; "last Thursday" the same backwards. Both give one day only when the nearest one
 * falls in the following (or previous) week, whether weeks start on Sunday or on Monday: "next Thursday" said on
 * a Saturday, "last Thursday" said on a Tuesday, or either said on a Thursday (a week away both ways).
 */
function weekReadingsAgree(wd: NonNullable<DateItem["weekday"]>, today: number): boolean {
  for (const weekStart of [0, 1]) {
    const pos = (d: number) => (d - weekStart + 7) % 7;
    // The nearest one lies in another week exactly when it does not lie between today and the week's end.
    const otherWeek = wd.direction === "future" ? pos(wd.day) <= pos(today) : pos(wd.day) >= pos(today);
    if (!otherWeek) return false;
  }
  return true;
}

/** "أمس الخميس": the day before publication, which must be a Thursday. */
function resolveDayOffset(o: NonNullable<DateItem["dayOffset"]>, published: YMD): ResolvedDate | undefined {
  const n = dayNumber(published.year, published.month, published.day) + o.days;
  const d = fromDayNumber(n);
  return weekday(d.year, d.month, d.day) === o.weekday ? relativeDay(n) : undefined;
}

/**
 * "on the 7th": in the past, the last 7th on or before the publication day; in the future, the first one
 * after it (the publication day's own number in the future is today's or next month's: no date). A month
 * without that day (the 31st after April) gives no date.
 */
function resolveOrdinalDay(o: NonNullable<DateItem["ordinalDay"]>, published: YMD): ResolvedDate | undefined {
  if (o.direction === "future" && o.day === published.day) return undefined;
  let index = published.year * 12 + published.month - 1;
  if (o.direction === "past" && o.day > published.day) index--;
  if (o.direction === "future" && o.day <= published.day) index++;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (o.day > daysInMonth(month, year)) return undefined;
  return relativeDay(dayNumber(year, month, o.day));
}

function relativeDay(n: number): ResolvedDate {
  const d = fromDayNumber(n);
  return { value: isoDay(d.year, d.month, d.day), yearInferred: true, relative: true };
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "hijri:1446-12-15", "hijri:--12-15", "hijri:1446-12", "hijri:--12", "hijri:1446": never converted. */
function resolveHijri(item: DateItem): ResolvedDate | undefined {
  const year = item.year !== undefined ? String(item.year).padStart(4, "0") : "-";
  if (item.yearOnly) return item.year === undefined ? undefined : { value: `hijri:${year}`, yearInferred: false };
  if (item.month === undefined) return undefined;
  // Hijri months have 29 or 30 days.
  if (item.day !== undefined && item.day > 30) return undefined;
  const day = item.day !== undefined ? `-${pad2(item.day)}` : "";
  return { value: `hijri:${year}-${pad2(item.month)}${day}`, yearInferred: false };
}
